"""Recipients of judgements and statements (session 21, issues 13, 14), through the full
pipeline; probe sentences of my own wording."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "London (dpa) - Nach der Hinrichtung eines britischen Staatsbürgers in Saudi-Arabien "
            "hat die britische Regierung den saudischen Botschafter einbestellt. Auch der "
            "UN-Menschenrechtskommissar verurteilte die Hinrichtung.",
            ("ACCUSE", ("UN",), ("SAU",), "asserted"),
        ),
        (
            "Wien (dpa) - Nach der Festnahme eines österreichischen Journalisten im Iran hat Wien "
            "den iranischen Botschafter einbestellt. Auch die EU kritisierte die Festnahme.",
            ("ACCUSE", ("EU",), ("IRN",), "asserted"),
        ),
        (
            "Ottawa (dpa) - Nach der Tötung eines kanadischen Aktivisten in Indien hat Kanada "
            "einen indischen Diplomaten ausgewiesen. Die britische Regierung verurteilte die "
            "Tötung.",
            ("ACCUSE", ("GBR",), ("IND",), "asserted"),
        ),
        (
            "Paris (dpa) - Nach der Hinrichtung einer Französin im Iran hat Frankreich seinen "
            "Botschafter abberufen. Auch Deutschland verurteilte die Hinrichtung.",
            ("ACCUSE", ("DEU",), ("IRN",), "asserted"),
        ),
    ],
)
def test_foreign_judgement_of_a_told_act_goes_to_its_doer_not_the_story_state(
    nlp, text, expected
) -> None:
    # the story's state (the victim's, by the dateline) is only a default addressee: the
    # definite act noun names the act told before, and its doer is the one judged
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Straßburg (dpa) - Das Europaparlament forderte die EU-Kommission auf, ein Verfahren "
            "gegen Polen einzuleiten.",
            ("REQUEST", ("EU",), ("EU",), "asserted"),
        ),
        (
            "Brüssel (dpa) - Die EU-Kommission warf dem Europäischen Rat vor, die Asylreform zu "
            "blockieren.",
            ("ACCUSE", ("EU",), ("EU",), "asserted"),
        ),
        (
            "Brüssel (dpa) - Das EU-Parlament kritisierte die Kommission scharf.",
            ("ACCUSE", ("EU",), ("EU",), "asserted"),
        ),
    ],
)
def test_an_organ_of_a_body_of_states_addresses_another_organ(nlp, text, expected) -> None:
    # the Parliament, the Commission and the Council are all the EU to the linker, but each is
    # a party of its own: one asking or blaming another is an event, not the EU addressing itself
    assert expected in coded(nlp, text)


def test_a_body_named_by_itself_stays_one_party(nlp) -> None:
    # "Die Europäische Kommission kritisierte Ungarn": the organ's target is the state named
    assert ("ACCUSE", ("EU",), ("HUN",), "asserted") in coded(
        nlp, "Brüssel (dpa) - Die Europäische Kommission kritisierte Ungarn scharf."
    )
