"""Wire set s14a, session 14 (branch ``wire14a``): causes found in unseen agency copy from
Africa, Asia and Latin America, fixed as facts of German or of news convention.

``model`` tests run the sentence through the full pipeline.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import assert_codes, coded, make_doc

DATE = "2024-01-15"
FIN = "VerbForm=Fin"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # "die Freilassung" refers back to the release told in the lead
        (
            "Managua (KNA) - Nicaraguas Regierung hat den Bischof Rolando Álvarez freigelassen. "
            "Die Deutsche Bischofskonferenz begrüßte die Freilassung.",
            {("SUPPORT", "DEU", "NIC")},
            set(),
        ),
        # "den Schritt" names whatever the lead reports
        (
            "Managua (KNA) - Nicaraguas Regierung hat den Bischof Rolando Álvarez freigelassen. "
            "Die Bundesregierung begrüßte den Schritt.",
            {("SUPPORT", "DEU", "NIC")},
            set(),
        ),
        # with nothing told before there is no one to support
        (
            "Die Deutsche Bischofskonferenz begrüßte die Freilassung.",
            set(),
            {("SUPPORT", "DEU", "")},
        ),
    ],
)
def test_welcoming_an_act_told_before_supports_its_actor(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, DATE, expected, excluded)


@pytest.mark.parametrize(
    ("lemma", "event_type"),
    [("Beschuß", "ASSAULT"), ("Ausschluß", "SANCTION")],
)
def test_old_spelling_of_the_lemma_finds_the_noun(lemma: str, event_type: str) -> None:
    # the lemmatizer writes "ß" after a short vowel, as before 1996 ("Beschuss" -> "Beschuß")
    from lagebild.codebook.loader import load_codebook

    assert event_type in {p.type for p in load_codebook().nouns(lemma)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # "die Beschlüsse" has the lemma "Beschluß": still a decision told before
        (
            "Berlin (dpa) - Die Nato hat auf ihrem Gipfel neue Hilfen für die Ukraine "
            "beschlossen. Bundeskanzler Olaf Scholz begrüßte die Beschlüsse.",
            {("SUPPORT", "DEU", "NATO")},
            set(),
        ),
    ],
)
def test_welcoming_decisions_in_the_old_spelling(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, DATE, expected, excluded)


@pytest.mark.parametrize(
    ("word", "masculine"),
    [("botschafterin", "botschafter"), ("diplomatinnen", "diplomat"),
     ("journalistin", "journalist"), ("berlin", None), ("termin", None)],
)  # fmt: skip
def test_feminine_person_noun_has_its_masculine(word: str, masculine: str | None) -> None:
    from lagebild.german.words import masculine_of_feminine

    assert masculine_of_feminine(word) == masculine


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # a word list in the masculine finds the feminine person noun
        (
            "Die Bundesregierung hat die Botschafterin des Tschad ausgewiesen.",
            {("SANCTION", "DEU", "TCD")},
            set(),
        ),
        # two sides moving troops to a border do not cooperate; a joint exercise does
        (
            "Indien und China haben Tausende Soldaten an die Grenze verlegt.",
            {("MOBILIZE", "CHN,IND", "")},
            {("COOPERATE", "CHN,IND", "")},
        ),
        (
            "Russland und Belarus hielten ein gemeinsames Manöver ab.",
            {("COOPERATE", "BLR,RUS", "")},
            set(),
        ),
        # suspending an agreement with another party reduces relations with it
        (
            "Seoul (AFP) - Südkorea hat ein Abkommen mit Nordkorea vollständig ausgesetzt.",
            {("SANCTION", "KOR", "PRK")},
            set(),
        ),
    ],
)
def test_expulsions_deployments_and_suspensions(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, DATE, expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # the demander's own act if the demand is not met
        (
            "Peking (dpa) - Die chinesische Küstenwache stellte den Vorfall anders dar. Manila "
            "müsse seine Provokationen sofort einstellen, sonst werde China alle notwendigen "
            "Maßnahmen ergreifen, sagte ein Sprecher in Peking.",
            {("THREATEN", "CHN", "PHL")},
            set(),
        ),
        (
            "China forderte Manila auf, das Schiff abzuziehen. Andernfalls werde China alle "
            "notwendigen Maßnahmen ergreifen.",
            {("THREATEN", "CHN", "PHL")},
            set(),
        ),
        # a danger is no threat of the demander
        (
            "Die EU forderte Russland auf, die Truppen abzuziehen, sonst drohe eine Katastrophe.",
            {("REQUEST", "EU", "RUS")},
            {("THREATEN", "EU", "RUS")},
        ),
    ],
)
def test_consequence_of_a_demand_not_met_is_a_threat(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, DATE, expected, excluded)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # a ministry's protest is a formal one: disapproval, no street protest
        (
            "Manila (AFP) - Das philippinische Außenministerium kündigte einen offiziellen "
            "diplomatischen Protest gegen China an.",
            {("ACCUSE", "PHL", "CHN")},
            {("PROTEST", "PHL", "CHN"), ("PROTEST", "PHL", "PHL")},
        ),
        (
            "Berlin (dpa) - Tausende Menschen beteiligten sich am Samstag an einem Protest "
            "gegen die Regierung.",
            {("PROTEST", "DEU", "DEU")},
            set(),
        ),
    ],
)
def test_protest_of_a_state_actor_is_disapproval(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, DATE, expected, excluded)


# "Die Regierung dankte der EU für ihre Vermittlung" with "der EU" labelled a genitive
# attribute of the verb, as the model labels it
THANKS_DER_AS_NMOD = (
    "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj "
    f"dankte/danken/VERB/0/root/{FIN} der/der/DET/5/det/Case=Gen "
    "EU/EU/PROPN/3/nmod/Number=Sing für/für/ADP/8/case ihre/ihr/DET/8/det:poss "
    "Vermittlung/Vermittlung/NOUN/3/obl ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(THANKS_DER_AS_NMOD, {("SUPPORT", ("FRA",), ("EU",), "asserted")})],
)
def test_der_phrase_hung_on_the_verb_as_genitive_is_the_dative(vocab, spec, expected) -> None:
    doc = make_doc(vocab, spec, {"Regierung": ["FRA"], "EU": ["EU"]})
    assert {e for e in coded(doc) if e[0] == "SUPPORT"} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "excluded"),
    [
        # taking people to safety is a rescue; "sich in Sicherheit bringen" is fleeing
        (
            "Griechische Soldaten brachten Hunderte türkische Zivilisten in Sicherheit.",
            {("AID", "GRC", "TUR")},
            set(),
        ),
        ("Die türkischen Bewohner brachten sich in Sicherheit.", set(), {("AID", "TUR", "TUR")}),
    ],
)
def test_bringing_people_to_safety_is_aid(nlp, text, expected, excluded) -> None:
    assert_codes(nlp, text, DATE, expected, excluded)
