"""Statement events whose other party is told outside their sentence (session 20, issues 13,
14), through the full pipeline."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Angaben Kiews haben russische Truppen das Dorf beschossen. Moskau bestreitet, "
            "an dem Angriff beteiligt zu sein.",
            ("REJECT", ("RUS",), ("UKR",), "asserted"),
        ),
        (
            "Die USA werfen China Cyberangriffe vor. Peking bestritt, dass staatliche Stellen "
            "beteiligt gewesen seien.",
            ("REJECT", ("CHN",), ("USA",), "asserted"),
        ),
        (
            "Die Ukraine hatte Belarus beschuldigt, russische Raketen abgefeuert zu haben. Minsk "
            "dementierte umgehend.",
            ("REJECT", ("BLR",), ("UKR",), "asserted"),
        ),
        (
            "Laut der griechischen Regierung drangen türkische Kampfjets in den Luftraum ein. "
            "Die Türkei leugnete, die Grenze verletzt zu haben.",
            ("REJECT", ("TUR",), ("GRC",), "asserted"),
        ),
    ],
)
def test_denial_without_a_claim_noun_answers_the_claimant_told_before(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_denial_with_no_claimant_told_before_is_no_event(nlp) -> None:
    assert not coded(nlp, "Der Minister bestritt, von dem Vorgang gewusst zu haben.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die US-Regierung warf Peking vor, Hackerangriffe auf Behörden gesteuert zu haben. "
            "Die betroffenen Behörden arbeiten seit Wochen an neuen Systemen. Die Kosten gehen "
            "in die Millionen. China wies die Anschuldigungen als haltlos zurück.",
            ("REJECT", ("CHN",), ("USA",), "asserted"),
        ),
        (
            "Polen beschuldigte Belarus, Migranten an die Grenze zu bringen. Tausende Menschen "
            "harren im Wald aus. Hilfsorganisationen berichten von Erfrierungen. Minsk wies die "
            "Vorwürfe zurück.",
            ("REJECT", ("BLR",), ("POL",), "asserted"),
        ),
    ],
)
def test_rejected_accusations_told_further_back_answer_the_first_accuser(
    nlp, text, expected
) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Libreville (dpa) - In Gabun haben Offiziere die Macht übernommen und Präsident Bongo "
            "unter Hausarrest gestellt. Die französische Regierung verlangte, das Ergebnis der "
            "Wahl zu respektieren.",
            ("REQUEST", ("FRA",), ("GAB",), "asserted"),
        ),
        (
            "Minsk (dpa) - In Belarus sind erneut Oppositionelle festgenommen worden. Die "
            "Bundesregierung forderte, die Gefangenen umgehend freizulassen.",
            ("REQUEST", ("DEU",), ("BLR",), "asserted"),
        ),
        (
            "Caracas (dpa) - In Venezuela hat die Wahlbehörde Präsident Maduro zum Sieger "
            "erklärt. Die spanische Regierung verlangte, die Stimmzettel offenzulegen.",
            ("REQUEST", ("ESP",), ("VEN",), "asserted"),
        ),
    ],
)
def test_foreign_demand_of_an_act_with_no_doer_is_addressed_to_the_story_state(
    nlp, text, expected
) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call for a state of affairs names no doer: a public call, no addressee
        (
            "Kathmandu (dpa) - In Nepal sind bei Protesten gegen die Regierung mehrere Menschen "
            "getötet worden. Die Vereinten Nationen riefen zur Zurückhaltung auf.",
            ("REQUEST", ("UN",), (), "asserted"),
        ),
        # the story's state is the victim of the act whose end is demanded
        (
            "Kiew (dpa) - Russland hat die Ukraine erneut mit Raketen angegriffen. Die EU "
            "verlangte, die Angriffe auf die Ukraine sofort einzustellen.",
            ("REQUEST", ("EU",), (), "asserted"),
        ),
    ],
)
def test_public_call_or_demand_for_the_victim_takes_no_story_addressee(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kabul (dpa) - In Afghanistan warten Tausende Lastwagen an der Grenze. Pakistan sagte "
            "zu, die Grenzübergänge wieder zu öffnen.",
            ("AGREE", ("PAK",), ("AFG",), "asserted"),
        ),
        (
            "Bagdad (dpa) - Bei einem Luftangriff im Nordirak sind mehrere Zivilisten getötet "
            "worden. Die Türkei bot eine gemeinsame Untersuchung an.",
            ("AGREE", ("TUR",), ("IRQ",), "asserted"),
        ),
        (
            "Beirut (dpa) - Der Libanon steckt in einer schweren Wirtschaftskrise. Frankreich "
            "versprach, ein Hilfsprogramm aufzulegen.",
            ("AGREE", ("FRA",), ("LBN",), "asserted"),
        ),
    ],
)
def test_foreign_promise_with_no_addressee_is_made_to_the_story_state(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_home_actor_promise_with_no_addressee_stays_no_event(nlp) -> None:
    text = "Berlin (dpa) - Die Bundesregierung sagte zu, die Renten im kommenden Jahr zu erhöhen."
    assert not any(t == "AGREE" for t, *_ in coded(nlp, text))
