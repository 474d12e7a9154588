"""Constructions of the wire development set s15 (session 15): fronted conditions the model
hangs the main clause under, the future's "werden" labelled a passive auxiliary, reserved
measures as threats, and regretting another's decision. Hand-built parses reproduce the
model's labels; the ``model`` tests run one German sentence through the full pipeline."""

from __future__ import annotations

import pytest

from lagebild.german.verbs import is_future_of_ambiguous_form, is_passive
from lagebild.pipeline.events.arguments import preposition
from lagebild.pipeline.events.repair import (
    repair_fronted_accusative_objects,
    repair_fronted_conditions,
)
from tests.german.test_grammar import parse, token
from tests.pipeline.events.test_wire_constructions import events

# "Sollte in Schweden ein Koran verbrannt werden , werde Bagdad die Beziehungen abbrechen ." as
# the model parses it: the condition is the root, the main clause its adverbial clause, and
# "Sollte" a passive subject
CONDITION_AS_ROOT_SOLLTE = """
Sollte AUX VMFIN 6 nsubj:pass Mood=Sub|VerbForm=Fin sollen
in ADP APPR 3 case _
Schweden PROPN NE 1 obl Case=Dat
ein DET ART 5 det Case=Nom
Koran NOUN NN 6 nsubj:pass Case=Nom
verbrannt VERB VVPP 0 root VerbForm=Part verbrennen
werden AUX VAINF 6 aux:pass VerbForm=Inf
, PUNCT $, 13 punct _
werde AUX VAFIN 13 aux Mood=Sub|VerbForm=Fin werden
Bagdad PROPN NE 13 nsubj Case=Nom
die DET ART 12 det Case=Acc
Beziehungen NOUN NN 13 obj Case=Acc
abbrechen VERB VVINF 6 advcl VerbForm=Inf
. PUNCT $. 6 punct _
"""
# "Falls Russland angreift , werden die USA Sanktionen verhängen ." with "Falls" read as a
# preposition and the main clause a ccomp of the condition
CONDITION_AS_ROOT_FALLS = """
Falls ADP APPR 2 case _ falls
Russland PROPN NE 3 nsubj Case=Nom
angreift VERB VVFIN 0 root Mood=Ind|VerbForm=Fin angreifen
, PUNCT $, 9 punct _
werden AUX VAFIN 9 aux:pass Mood=Ind|VerbForm=Fin werden
die DET ART 7 det Case=Nom
USA PROPN NE 9 nsubj Case=Nom
Sanktionen NOUN NN 9 obj Case=Acc
verhängen VERB VVINF 3 ccomp VerbForm=Inf verhängen
. PUNCT $. 3 punct _
"""
# "Wenn Abgeordnete folgen , die erklärt haben , könnte es eng werden ." with the condition
# correctly under the main clause: nothing to repair
CONDITION_UNDER_MAIN = """
Wenn SCONJ KOUS 3 mark _
Abgeordnete NOUN NN 3 nsubj Case=Nom
folgen VERB VVINF 11 advcl VerbForm=Inf
, PUNCT $, 6 punct _
die PRON PRELS 6 nsubj _
erklärt VERB VVPP 2 acl:relcl VerbForm=Part erklären
haben AUX VAFIN 6 aux Mood=Ind|VerbForm=Fin haben
, PUNCT $, 11 punct _
könnte AUX VMFIN 11 aux Mood=Sub|VerbForm=Fin können
es PRON PPER 11 nsubj _
werden AUX VAINF 0 root VerbForm=Inf werden
. PUNCT $. 11 punct _
"""


@pytest.mark.parametrize(
    ("table", "main", "condition", "opener", "opener_dep"),
    [
        (CONDITION_AS_ROOT_SOLLTE, "abbrechen", "verbrannt", "Sollte", "aux"),
        (CONDITION_AS_ROOT_FALLS, "verhängen", "angreift", "Falls", "mark"),
    ],
    ids=["sollte-passive", "falls-as-preposition"],
)
def test_the_clause_after_a_fronted_condition_is_the_main_clause(
    table: str, main: str, condition: str, opener: str, opener_dep: str
) -> None:
    doc = parse(table)
    assert [t.text for t in repair_fronted_conditions(doc)] == [main]
    assert token(doc, main).dep_ == "ROOT" and token(doc, main).head == token(doc, main)
    assert token(doc, condition).head == token(doc, main)
    assert token(doc, condition).dep_ == "advcl"
    assert token(doc, opener).head == token(doc, condition)
    assert token(doc, opener).dep_ == opener_dep
    assert token(doc, ".").head == token(doc, main)


def test_a_condition_already_under_its_main_clause_is_left_alone() -> None:
    doc = parse(CONDITION_UNDER_MAIN)
    assert repair_fronted_conditions(doc) == []
    assert token(doc, "folgen").head == token(doc, "werden")
    assert token(doc, "Wenn").head == token(doc, "folgen")


# "Die USA werden Sanktionen verhängen ." with the future's "werden" labelled aux:pass
FUTURE_AS_PASSIVE = """
Die DET ART 2 det Case=Nom
USA PROPN NE 5 nsubj Case=Nom
werden AUX VAFIN 5 aux:pass Mood=Ind|VerbForm=Fin werden
Sanktionen NOUN NN 5 obj Case=Acc
verhängen VERB VVINF 0 root VerbForm=Inf verhängen
. PUNCT $. 5 punct _
"""
# "Die Sanktionen werden beschlossen ." with the strong participle tagged as infinitive
PASSIVE_PARTICIPLE_AS_INFINITIVE = """
Die DET ART 2 det Case=Nom
Sanktionen NOUN NN 4 nsubj:pass Case=Nom
werden AUX VAFIN 4 aux:pass Mood=Ind|VerbForm=Fin werden
beschlossen VERB VVINF 0 root VerbForm=Inf beschließen
. PUNCT $. 4 punct _
"""


@pytest.mark.parametrize(
    ("table", "verb", "expected"),
    [
        (FUTURE_AS_PASSIVE, "verhängen", False),
        (PASSIVE_PARTICIPLE_AS_INFINITIVE, "beschlossen", True),
    ],
    ids=["future-infinitive", "participle-tagged-infinitive"],
)
def test_werden_before_a_plain_infinitive_is_the_future_not_a_passive(
    table: str, verb: str, expected: bool
) -> None:
    assert is_passive(token(parse(table), verb)) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bagdad (dpa) - Sollte in Schweden erneut ein Koran verbrannt werden, werde der "
            "Irak die diplomatischen Beziehungen zu Schweden abbrechen.",
            ("THREATEN", ("IRQ",), ("SWE",)),
        ),
        (
            "Falls Russland die Ukraine angreift, werden die USA harte Sanktionen gegen "
            "Russland verhängen.",
            ("THREATEN", ("USA",), ("RUS",)),
        ),
        (
            "Sollte die Türkei ihre Bohrungen fortsetzen, behalte sich die EU weitere "
            "Maßnahmen vor.",
            ("THREATEN", ("EU",), ("TUR",)),
        ),
        (
            "Die Bundesregierung behält sich weitere Schritte gegen den Iran vor.",
            ("THREATEN", ("DEU",), ("IRN",)),
        ),
    ],
    ids=["sollte-passive", "falls-future", "reserved-measures-conditional", "reserved-steps"],
)
def test_conditional_and_reserved_measures_are_threats(nlp, text, expected) -> None:
    assert expected in events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "UN-Generalsekretär António Guterres bedauerte die Entscheidung der malischen "
            "Regierung.",
            ("ACCUSE", ("UN",), ("MLI",)),
            ("CONCEDE", ("UN",), ("MLI",)),
        ),
        (
            "Die Bundesregierung bedauerte den Beschluss Großbritanniens.",
            ("ACCUSE", ("DEU",), ("GBR",)),
            ("CONCEDE", ("DEU",), ("GBR",)),
        ),
    ],
    ids=["decision", "resolution"],
)
def test_regretting_anothers_decision_is_criticism(nlp, text, expected, not_expected) -> None:
    found = events(nlp, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.model
def test_regretting_ones_own_mishap_stays_a_concession(nlp) -> None:
    assert ("CONCEDE", ("NATO",), ()) in events(nlp, "Die Nato bedauert den Vorfall.")


@pytest.mark.model
def test_regretting_a_colleagues_resignation_is_no_criticism(nlp) -> None:
    text = "Bundeskanzlerin Angela Merkel bedauert die Entscheidung des Vizekanzlers zum Rücktritt."
    assert not [e for e in events(nlp, text) if e[0] == "ACCUSE"]


# "er werde sich mit den Parteichefs beraten": the form that is infinitive and participle,
# tagged a participle after "werde"
AMBIGUOUS_FORM_REFLEXIVE = """
er PRON PPER 6 nsubj Case=Nom
werde AUX VAFIN 6 aux Mood=Sub|VerbForm=Fin werden
sich PRON PRF 6 obj Case=Acc
mit ADP APPR 5 case _
Parteichefs NOUN NN 6 obl Case=Dat
beraten VERB VVPP 0 root VerbForm=Part beraten
. PUNCT $. 6 punct _
"""
# "Scholz wird mit Macron beraten" with the subject labelled a passive subject
AMBIGUOUS_FORM_PARTNER = """
Scholz PROPN NE 5 nsubj:pass Case=Nom
wird AUX VAFIN 5 aux:pass Mood=Ind|VerbForm=Fin werden
mit ADP APPR 4 case _
Macron PROPN NE 5 obl Case=Dat
beraten VERB VVPP 0 root VerbForm=Part beraten
. PUNCT $. 5 punct _
"""
# "Die Regierung wird von Experten beraten": a passive with its agent
AMBIGUOUS_FORM_PASSIVE = """
Die DET ART 2 det Case=Nom
Regierung NOUN NN 6 nsubj:pass Case=Nom
wird AUX VAFIN 6 aux:pass Mood=Ind|VerbForm=Fin werden
von ADP APPR 5 case _
Experten NOUN NN 6 obl Case=Dat
beraten VERB VVPP 0 root VerbForm=Part beraten
. PUNCT $. 6 punct _
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (AMBIGUOUS_FORM_REFLEXIVE, True),
        (AMBIGUOUS_FORM_PARTNER, True),
        (AMBIGUOUS_FORM_PASSIVE, False),
    ],
    ids=["reflexive", "partner", "von-agent"],
)
def test_a_form_both_infinitive_and_participle_after_werden_is_the_future_with_an_active_clause(
    table: str, expected: bool
) -> None:
    verb = token(parse(table), "beraten")
    assert is_future_of_ambiguous_form(verb) is expected
    assert is_passive(verb) is not expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scholz wird am Montag mit Macron beraten.", ("AGREE", ("DEU",), ("FRA",))),
        (
            "Die EU-Außenminister werden am Montag in Brüssel mit dem ukrainischen "
            "Außenminister Dmytro Kuleba beraten.",
            ("AGREE", ("EU",), ("UKR",)),
        ),
    ],
    ids=["partner", "ministers"],
)
def test_a_planned_consultation_with_the_ambiguous_form_is_agree(nlp, text, expected) -> None:
    assert expected in events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (dpa) - Der russische Botschafter wurde am Montag ins Auswärtige Amt "
            "einbestellt.",
            ("ACCUSE", ("DEU",), ("RUS",)),
        ),
        (
            "Neu-Delhi (dpa) - Der kanadische Hochkommissar sei ins Außenministerium "
            "einbestellt worden, hieß es.",
            ("ACCUSE", ("IND",), ("CAN",)),
        ),
    ],
    ids=["ambassador", "high-commissioner"],
)
def test_a_diplomat_summoned_without_a_place_is_summoned_by_the_datelines_state(
    nlp, text, expected
) -> None:
    assert expected in events(nlp, text)


@pytest.mark.model
def test_a_diplomat_is_not_summoned_by_his_own_state(nlp) -> None:
    found = events(nlp, "Moskau (dpa) - Der russische Botschafter wurde einbestellt.")
    assert ("ACCUSE", ("RUS",), ("RUS",)) not in found


# "gegen Zehntausende Demonstranten" with "gegen" hung on the quantity noun
QUANTITY_BEFORE_NOUN = """
Die DET ART 2 det Case=Nom
Polizei NOUN NN 3 nsubj Case=Nom
ging VERB VVFIN 0 root Mood=Ind|VerbForm=Fin gehen
gegen ADP APPR 5 case _
Zehntausende NOUN NN 6 nmod Case=Acc zehntausend
Demonstranten NOUN NN 3 obj Case=Acc demonstrant
vor ADP PTKVZ 3 compound:prt _
. PUNCT $. 3 punct _
"""


def test_the_preposition_on_a_quantity_noun_heads_the_counted_noun() -> None:
    doc = parse(QUANTITY_BEFORE_NOUN)
    assert preposition(token(doc, "Demonstranten")) == "gegen"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Minsk (dpa) - Die Polizei ging mit Wasserwerfern gegen Tausende Demonstranten vor.",
        "Minsk (dpa) - Die Polizei ging mit Blendgranaten, Gummigeschossen und Wasserwerfern "
        "gegen die Demonstranten vor.",
    ],
    ids=["quantity-noun", "chained-conjuncts"],
)
def test_police_going_at_people_with_riot_weapons_is_force(nlp, text) -> None:
    assert ("ASSAULT", ("BLR",), ("BLR",)) in events(nlp, text)


# "Einen Rücktritt lehnte sie ab ." as the model parses it: the fronted object as subject
FRONTED_OBJECT_AS_SUBJECT = """
Einen DET ART 2 det Case=Acc
Rücktritt NOUN NN 3 nsubj Case=Acc|Number=Sing rücktritt
lehnte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin lehnen
sie PRON PPER 3 obj Case=Acc
ab ADP PTKVZ 3 compound:prt _
. PUNCT $. 3 punct _
"""
# "Den Demonstranten drohte die Polizei ." ("den" before a plural: the dative, left alone)
FRONTED_DATIVE_PLURAL = """
Den DET ART 2 det Case=Dat
Demonstranten NOUN NN 3 nsubj Case=Dat|Number=Plur demonstrant
drohte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin drohen
die DET ART 5 det Case=Nom
Polizei NOUN NN 3 obj Case=Nom|Number=Sing polizei
. PUNCT $. 3 punct _
"""


@pytest.mark.parametrize(
    ("table", "fronted", "after", "repaired"),
    [
        (FRONTED_OBJECT_AS_SUBJECT, "Rücktritt", "sie", True),
        (FRONTED_DATIVE_PLURAL, "Demonstranten", "Polizei", False),
    ],
    ids=["einen-singular", "den-plural"],
)
def test_a_fronted_phrase_with_an_accusative_only_article_is_the_object(
    table: str, fronted: str, after: str, repaired: bool
) -> None:
    doc = parse(table)
    assert bool(repair_fronted_accusative_objects(doc)) is repaired
    assert token(doc, fronted).dep_ == ("obj" if repaired else "nsubj")
    assert token(doc, after).dep_ == ("nsubj" if repaired else "obj")
