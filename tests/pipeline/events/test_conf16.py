"""Conflictual events the coder missed (session 16, branch conf16): threats told as what an
act will draw after it, "der" read as a pronoun before a state's name, and lexical gaps of
the material conflict types. Full-pipeline sentences (the model's parse is the point)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_constructions import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the payer of a deed is threatened (wire-08)
        (
            "Netanjahu sagte, der Iran habe einen großen Fehler gemacht und werde dafür bezahlen.",
            ("THREATEN", ("ISR",), ("IRN",)),
        ),
        # an act that will not stay unanswered threatens its doer
        (
            "Die Beschlagnahme russischer Vermögenswerte durch die EU werde nicht ohne Antwort "
            "bleiben, sagte Kremlsprecher Dmitri Peskow.",
            ("THREATEN", ("RUS",), ("EU",)),
        ),
        (
            "Präsidentenberater Podoljak warnte, jede Provokation Russlands werde eine "
            "sofortige militärische Antwort nach sich ziehen.",
            ("THREATEN", ("UKR",), ("RUS",)),
        ),
        # … or whoever struck the speaker's side before
        (
            "Russland hat die Ukraine angegriffen. Selenskyj sagte, der Angriff werde nicht "
            "ohne Antwort bleiben.",
            ("THREATEN", ("UKR",), ("RUS",)),
        ),
    ],
)
def test_foretold_answer_is_a_threat(nlp, text: str, expected: tuple) -> None:
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a sum paid is a cost, a modal "kann nicht ohne Folgen bleiben" a demand
        "Der Finanzminister sagte, Deutschland werde 30 Milliarden Euro dafür bezahlen.",
        "Der Minister sagte, das könne nicht ohne Folgen für Russland bleiben.",
    ],
)
def test_cost_or_demand_is_no_threat(nlp, text: str) -> None:
    assert not any(e[0] == "THREATEN" for e in events(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte, der Iran habe Israel angegriffen.", ("ASSAULT", ("IRN",), ("ISR",))),
        ("Netanjahu sagte, der Iran werde dafür bezahlen.", ("THREATEN", ("ISR",), ("IRN",))),
    ],
)
def test_article_before_name_is_no_pronoun(nlp, text: str, expected: tuple) -> None:
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chargé d'affaires is a diplomat, expelled and recalled like one
        ("Moskau hat den deutschen Geschäftsträger ausgewiesen.", ("SANCTION", ("RUS",), ("DEU",))),
        (
            "Der Irak rief seinen Geschäftsträger aus Ankara zurück.",
            ("SANCTION", ("IRQ",), ("TUR",)),
        ),
        # downing an aircraft is force on the side that flies it
        (
            "Die russische Luftabwehr hat über Belgorod eine ukrainische Drohne abgeschossen.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        ("Die Türkei schoss ein russisches Kampfflugzeug ab.", ("ASSAULT", ("TUR",), ("RUS",))),
        # action against people who protest or report is repression (s14a-08)
        (
            "Die kenianische Polizei ging auch gegen Journalisten vor.",
            ("COERCE", ("KEN",), ("KEN",)),
        ),
        # an instrument of force hung on the place before it (wire-19)
        (
            "Sicherheitskräfte gingen in Caracas und anderen Städten mit Tränengas gegen "
            "Demonstranten vor, wie Augenzeugen berichteten.",
            ("ASSAULT", ("VEN",), ("VEN",)),
        ),
        # blocking a package of aid is a veto (wire-17)
        (
            "Ungarn hat ein neues Hilfspaket für die Ukraine blockiert.",
            ("REJECT", ("HUN",), ("UKR",)),
        ),
    ],
)
def test_material_conflict_lexicon(nlp, text: str, expected: tuple) -> None:
    assert expected in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a policy against a thing, a hunt, a launch
        "Die iranische Regierung will gegen Korruption vorgehen.",
        "Der Landrat erlaubte, in Niedersachsen Wölfe abzuschießen.",
    ],
)
def test_no_conflict_without_a_target_of_force(nlp, text: str) -> None:
    assert not {e[0] for e in events(nlp, text)} & {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act left as the only choice threatens the one who would force it (s15-03)
        (
            "Sollten die USA die Zölle einführen, bleibe Brüssel keine andere Wahl, als "
            "seinerseits Abgaben auf US-Waren zu verhängen, erklärte Handelskommissarin Malmström.",
            {("THREATEN", ("EU",), ("USA",))},
        ),
        # … or the target named in the act (wikinews-21450)
        (
            "Dem Iran bleibe nach der Resolution keine andere Möglichkeit als die "
            "Urananreicherung wieder aufzunehmen und die Zusammenarbeit mit der IAEA "
            "aufzukündigen, sagte Laridschani.",
            {("THREATEN", ("IRN",), ("IAEA",))},
        ),
    ],
)
def test_no_other_choice_is_a_threat(nlp, text: str, expected: set) -> None:
    assert events(nlp, text) == expected


def test_no_other_choice_threatens_instead_of_acting(nlp) -> None:
    found = events(
        nlp,
        "Sollte Russland die Ukraine angreifen, habe die EU keine andere Wahl, als Sanktionen "
        "gegen Moskau zu verhängen.",
    )
    assert ("THREATEN", ("EU",), ("RUS",)) in found
    assert not any(e[0] == "SANCTION" for e in found)


def test_no_other_choice_of_a_policy_is_no_event(nlp) -> None:
    text = "Die Regierung habe keine andere Wahl, als die Steuern zu erhöhen, sagte Scholz."
    assert not events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # announcing action against someone warns of coercion (s14b-11)
        (
            "Der iranische Präsident kündigte ein hartes Vorgehen gegen die Demonstranten an.",
            {("THREATEN", ("IRN",), ("IRN",))},
        ),
        # a common approach is no threat
        ("Die EU-Staaten kündigten ein gemeinsames Vorgehen in der Migrationspolitik an.", set()),
    ],
)
def test_announced_action_against(nlp, text: str, expected: set) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's envoys summoned (wire-21)
        (
            "Auch in London wurden die Vertreter Moskaus einbestellt.",
            {("ACCUSE", ("GBR",), ("RUS",))},
        ),
        # a protest note handed to the state it is against
        ("Griechenland übergab der Türkei eine Protestnote.", {("ACCUSE", ("GRC",), ("TUR",))}),
        # one sent to a third party names no target (s14b-05)
        ("Griechenland schickte Protestschreiben an die Vereinten Nationen.", set()),
    ],
)
def test_diplomatic_protest(nlp, text: str, expected: set) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capturing is arresting
        (
            "Nach Angaben des afghanischen Polizeichefs wurden 14 flüchtige Häftlinge gefangen "
            "genommen.",
            ("COERCE", ("AFG",), ("AFG",)),
        ),
        # a court's order of detention is the arrest, no demand
        (
            "Ein serbisches Gericht ordnete noch am Donnerstag 30 Tage Untersuchungshaft für die "
            "kosovarischen Beamten an.",
            ("COERCE", ("SRB",), ("XKX",)),
        ),
    ],
)
def test_detention(nlp, text: str, expected: tuple) -> None:
    found = events(nlp, text)
    assert expected in found
    assert not any(e[0] == "REQUEST" for e in found)


def test_leaving_a_body_is_a_withdrawal(nlp) -> None:
    found = events(nlp, "Russland hat seinen Austritt aus dem Europarat erklärt.")
    assert ("SANCTION", ("RUS",), ("COE",)) in found
