"""Constructions of the wire development set s16 (session 16): a participle coordinated with
an active perfect shares its auxiliary, so its object is no passive subject. Hand-built parses
reproduce the model's labels; the ``model`` tests run German sentences through the full
pipeline."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import (
    repair_adverbs_as_conjuncts,
    repair_objects_of_coordinated_participles,
)
from tests.german.test_grammar import parse, token
from tests.pipeline.events.test_wire_constructions import events

# "Frankreich hat den Angriff verurteilt und Russland zum Rückzug aufgefordert ." as the model
# parses it: the second participle, with no auxiliary of its own, gets a passive subject
COORDINATED_AFTER_HABEN = """
Frankreich PROPN NE 5 nsubj Case=Nom
hat AUX VAFIN 5 aux Mood=Ind|VerbForm=Fin haben
den DET ART 4 det Case=Acc
Angriff NOUN NN 5 obj Case=Acc
verurteilt VERB VVPP 0 root VerbForm=Part verurteilen
und CCONJ KON 10 cc _
Russland PROPN NE 10 nsubj:pass Case=Nom
zum ADP APPRART 9 case _
Rückzug NOUN NN 10 obl Case=Dat
aufgefordert VERB VVPP 5 conj VerbForm=Part auffordern
. PUNCT $. 5 punct _
"""
# "Er wurde festgenommen und Russland ausgeliefert ." : a passive first conjunct, left alone
COORDINATED_AFTER_WERDEN = """
Er PRON PPER 3 nsubj:pass Case=Nom
wurde AUX VAFIN 3 aux:pass Mood=Ind|VerbForm=Fin werden
festgenommen VERB VVPP 0 root VerbForm=Part festnehmen
und CCONJ KON 6 cc _
Russland PROPN NE 6 nsubj:pass Case=Nom
ausgeliefert VERB VVPP 3 conj VerbForm=Part ausliefern
. PUNCT $. 3 punct _
"""


@pytest.mark.parametrize(
    ("table", "repaired"),
    [(COORDINATED_AFTER_HABEN, ["Russland"]), (COORDINATED_AFTER_WERDEN, [])],
    ids=["after-haben-perfect", "after-passive"],
)
def test_a_participle_coordinated_with_a_haben_perfect_takes_an_object(
    table: str, repaired: list[str]
) -> None:
    doc = parse(table)
    assert [t.text for t in repair_objects_of_coordinated_participles(doc)] == repaired
    if repaired:
        assert token(doc, repaired[0]).dep_ == "obj"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Genf (AFP) - Die Weltgesundheitsorganisation hat den angekündigten Austritt der USA "
            "bedauert und Washington zum Umdenken aufgefordert.",
            ("REQUEST", ("WHO",), ("USA",)),
        ),
        (
            "Paris (dpa) - Frankreich hat den Angriff verurteilt und Russland zum Rückzug "
            "aufgefordert.",
            ("REQUEST", ("FRA",), ("RUS",)),
        ),
    ],
    ids=["who-washington", "france-russia"],
)
def test_the_second_of_two_coordinated_participles_keeps_its_act(
    nlp, text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tokio (dpa) - Japan hat die Ausfuhr wichtiger Materialien für die Chipindustrie nach "
        "Südkorea eingeschränkt.",
        "Moskau (dpa) - Russland hat die Gaslieferungen nach Deutschland gedrosselt.",
    ],
    ids=["export-restricted", "deliveries-throttled"],
)
def test_restricting_a_states_trade_is_a_sanction(nlp, text: str) -> None:
    found = events(nlp, text)
    assert any(t == "SANCTION" for t, _, _ in found)
    assert not any(t == "COERCE" for t, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Washington (dpa) - Das US-Außenministerium verurteilte jede Verletzung des Wiener "
            "Übereinkommens.",
            "US-Außenministerium",
        ),
        (
            "Kiew (dpa) - Die Ukraine warf Russland vor, das Minsker Abkommen zu brechen.",
            "Russland",
        ),
    ],
    ids=["wiener-uebereinkommen", "minsker-abkommen"],
)
def test_a_city_adjective_before_a_treaty_names_the_treaty_not_the_state(
    nlp, text: str, kept: str
) -> None:
    doc = nlp(text)
    mentions = [m.text for m in doc._.mentions]
    assert kept in mentions
    assert not any(m in ("Wiener", "Minsker") for m in mentions)
    assert not any(
        code in ("AUT", "BLR")
        for _, actor, recipient in events(nlp, text)
        for code in actor + recipient
    )


@pytest.mark.model
def test_a_city_adjective_elsewhere_still_names_its_state(nlp) -> None:
    doc = nlp("Moskau (dpa) - Die Moskauer Führung wies die Vorwürfe zurück.")
    assert "Moskauer" in " ".join(m.text for m in doc._.mentions)


@pytest.mark.model
def test_the_genitive_of_a_boycott_is_what_is_boycotted_not_its_agent(nlp) -> None:
    text = (
        "Seoul (dpa) - Händlerverbände riefen zum Boykott japanischer Waren auf, in mehreren "
        "Supermärkten wurden Bier und Zigaretten aus Japan aus den Regalen genommen."
    )
    assert not any(t == "PROTEST" and "JPN" in actor for t, actor, _ in events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phoned"),
    [
        (
            "Seoul (dpa) - Handelsminister Sung Yun-mo kündigte an, Südkorea werde die "
            "Welthandelsorganisation WTO anrufen.",
            False,
        ),
        ("Berlin (dpa) - Scholz rief Selenskyj an.", True),
    ],
    ids=["appeal-to-wto", "phone-call"],
)
def test_calling_on_a_dispute_body_is_an_appeal_not_a_phone_call(
    nlp, text: str, phoned: bool
) -> None:
    found = events(nlp, text)
    assert any(t in ("CONSULT", "AGREE") for t, _, _ in found) is phoned


# "Die EU verurteilte den Einsatz scharf ." with the adverb a conjunct holding the object
ADVERB_AS_CONJUNCT = """
Die DET ART 2 det Case=Nom
EU PROPN NE 3 nsubj Case=Nom
verurteilte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin verurteilen
den DET ART 5 det Case=Acc
Einsatz NOUN NN 6 obj Case=Acc
scharf ADJ ADJD 3 conj Degree=Pos
. PUNCT $. 3 punct _
"""


def test_a_clause_final_adverb_is_no_conjunct_and_gives_back_the_object() -> None:
    doc = parse(ADVERB_AS_CONJUNCT)
    assert [t.text for t in repair_adverbs_as_conjuncts(doc)] == ["scharf"]
    assert token(doc, "scharf").dep_ == "advmod"
    assert token(doc, "Einsatz").head == token(doc, "verurteilte")
    assert token(doc, "Einsatz").dep_ == "obj"


@pytest.mark.model
def test_the_organisation_of_american_states_is_one_name_and_condemns(nlp) -> None:
    text = (
        "La Paz (Reuters) - Soldaten der bolivianischen Armee besetzten den Platz. Die "
        "Organisation Amerikanischer Staaten verurteilte den Einsatz der Armee scharf."
    )
    doc = nlp(text)
    assert "Organisation Amerikanischer Staaten" in [m.text for m in doc._.mentions]
    assert ("ACCUSE", ("OAS",), ("BOL",)) in events(nlp, text)
