"""The grammar under the event rules (session 14): German constructions the small model
mis-parses, on hand-built parses that reproduce the model's labels."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from lagebild.pipeline.events.arguments import datives, objects, subjects
from lagebild.pipeline.events.participants import earlier_act
from lagebild.pipeline.events.repair import (
    has_cycle,
    repair_antecedents_in_relative_clauses,
    repair_causative_objects,
)
from tests.german.test_grammar import parse, token

# "Der Iran soll Russland Drohnen geliefert haben ." as the model parses it: the modal with a
# perfect infinitive read as a passive, subject and object both labelled nsubj:pass
MODAL_PERFECT_TWO_PASSIVE_SUBJECTS = """
Der DET ART 2 det Case=Nom
Iran PROPN NE 6 nsubj:pass Case=Nom
soll AUX VMFIN 6 aux Mood=Ind|VerbForm=Fin sollen
Russland PROPN NE 5 det Case=Gen
Drohnen NOUN NN 6 nsubj:pass Case=Gen
geliefert VERB VVPP 0 root VerbForm=Part liefern
haben AUX VAFIN 6 aux:pass Mood=Ind|Tense=Pres haben
. PUNCT $. 6 punct
"""
# "Soldaten sollen drei Palästinenser getötet haben ." ("haben" labelled aux:pass)
MODAL_PERFECT_AS_PASSIVE = """
Soldaten NOUN NN 5 nsubj:pass Case=Nom
sollen AUX VMFIN 5 aux Mood=Ind|VerbForm=Fin sollen
drei NUM CARD 4 nummod _
Palästinenser NOUN NN 5 obj Case=Acc
getötet VERB VVPP 0 root VerbForm=Part töten
haben AUX VAFIN 5 aux:pass Mood=Ind|Tense=Pres haben
. PUNCT $. 5 punct
"""


@pytest.mark.parametrize(
    ("table", "verb", "subject", "obj"),
    [
        (MODAL_PERFECT_TWO_PASSIVE_SUBJECTS, "geliefert", ["Iran"], ["Drohnen"]),
        (MODAL_PERFECT_AS_PASSIVE, "getötet", ["Soldaten"], ["Palästinenser"]),
    ],
    ids=["two-passive-subjects", "haben-as-aux-pass"],
)
def test_a_modal_with_a_perfect_infinitive_is_active(
    table: str, verb: str, subject: list[str], obj: list[str]
) -> None:
    """ "soll … geliefert haben": "haben" never makes a passive, and of two phrases labelled
    passive subject the one before the finite modal is the subject."""
    word = token(parse(table), verb)
    assert [t.text for t in subjects(word)] == subject
    assert [t.text for t in objects(word)] == obj


# "Die Huthis , die weite Teile kontrollieren , drohten mit Vergeltung ." as the model parses
# it: the relative pronoun read as the article of the object, the antecedent as the relative
# verb's subject, the relative clause as a csubj of the main verb
RELATIVE_CLAUSE_AS_CSUBJ = """
Die DET ART 2 det Case=Nom
Huthis NOUN NN 7 nsubj Case=Nom
, PUNCT $, 7 punct
die DET ART 6 det Case=Acc
weite ADJ ADJA 6 amod Case=Acc
Teile NOUN NN 7 obj Case=Acc
kontrollieren VERB VVFIN 9 csubj Mood=Ind|VerbForm=Fin
, PUNCT $, 7 punct
drohten VERB VVFIN 0 root Mood=Ind|VerbForm=Fin drohen
mit ADP APPR 11 case _
Vergeltung NOUN NN 9 obl Case=Dat
. PUNCT $. 9 punct
"""
# "Stephan Weil , dessen Land Anteile hält , sprach ." (a genitive relative pronoun)
GENITIVE_RELATIVE = """
Stephan PROPN NE 2 flat _
Weil PROPN NE 7 nsubj Case=Nom
, PUNCT $, 8 punct
dessen PRON PRELAT 5 det Case=Gen|PronType=Rel
Land NOUN NN 7 nsubj Case=Nom
Anteile NOUN NN 7 obj Case=Acc
hält VERB VVFIN 9 advcl Mood=Ind|VerbForm=Fin halten
, PUNCT $, 7 punct
sprach VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sprechen
. PUNCT $. 9 punct
"""
# "Er sagte der Zeitung , die Lage sei ernst , und ging ." is no relative clause: its finite
# verb is not last (and the noun before the comma is no subject inside it)
REPORTED_MAIN_CLAUSE = """
Er PRON PPER 2 nsubj Case=Nom
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
der DET ART 4 det Case=Dat
Zeitung NOUN NN 2 iobj Case=Dat
, PUNCT $, 8 punct
die DET ART 7 det Case=Nom
Lage NOUN NN 8 nsubj Case=Nom
sei AUX VAFIN 9 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 2 ccomp _
, PUNCT $, 11 punct
und CCONJ KON 11 cc _
ging VERB VVFIN 2 conj Mood=Ind|VerbForm=Fin gehen
. PUNCT $. 2 punct
"""
# "… die Grenze zu Indonesien , das die Mission ablehnt , wurde geschlossen": the noun before
# the comma is inside a prepositional phrase, so it is no subject of the main verb
ANTECEDENT_IN_PP = """
die DET ART 2 det Case=Nom
Grenze NOUN NN 10 nsubj:pass Case=Nom
zu ADP APPR 4 case _
Indonesien PROPN NE 8 obj Case=Dat
, PUNCT $, 8 punct
das PRON PRELS 8 nsubj Case=Nom|PronType=Rel
Mission NOUN NN 8 obj Case=Acc
ablehnt VERB VVFIN 2 acl Mood=Ind|VerbForm=Fin ablehnen
, PUNCT $, 8 punct
wurde AUX VAFIN 11 aux:pass Mood=Ind|VerbForm=Fin werden
geschlossen VERB VVPP 0 root VerbForm=Part schließen
. PUNCT $. 11 punct
""".replace("Grenze NOUN NN 10 nsubj:pass", "Grenze NOUN NN 11 nsubj:pass")


@pytest.mark.parametrize(
    ("table", "main", "subject"),
    [
        (RELATIVE_CLAUSE_AS_CSUBJ, "drohten", "Huthis"),
        (GENITIVE_RELATIVE, "sprach", "Weil"),
    ],
    ids=["die-read-as-article", "dessen"],
)
def test_the_antecedent_of_a_relative_clause_is_the_main_verbs_subject(
    table: str, main: str, subject: str
) -> None:
    """ "Die Huthis, die weite Teile des Jemens kontrollieren, drohten …": the relative
    clause never holds its antecedent, so the main verb has its subject back."""
    doc = parse(table)
    assert [t.text for t in repair_antecedents_in_relative_clauses(doc)] == [subject]
    assert [t.text for t in subjects(token(doc, main))] == [subject]


# "Toledo , der Peru regierte , wird beschuldigt ." with the main clause hung inside the
# relative one: re-hanging "Toledo" on "beschuldigt" would make a cycle (s14a-14 looped)
MAIN_CLAUSE_UNDER_RELATIVE = """
Toledo PROPN NE 5 nsubj Case=Nom
, PUNCT $, 5 punct
der DET ART 4 det Case=Acc
Peru PROPN NE 5 obj Case=Acc
regierte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin regieren
, PUNCT $, 8 punct
wird AUX VAFIN 8 aux:pass Mood=Ind|VerbForm=Fin werden
beschuldigt VERB VVPP 5 conj VerbForm=Part beschuldigen
. PUNCT $. 5 punct
"""


@pytest.mark.parametrize(
    "table",
    [REPORTED_MAIN_CLAUSE, ANTECEDENT_IN_PP, MAIN_CLAUSE_UNDER_RELATIVE],
    ids=["verb-second", "inside-pp", "main-clause-inside"],
)
def test_no_relative_clause_repair_without_one(table: str) -> None:
    doc = parse(table)
    before = [(t.head.i, t.dep_) for t in doc]
    assert repair_antecedents_in_relative_clauses(doc) == []
    assert [(t.head.i, t.dep_) for t in doc] == before


# "Der Präsident ließ den Botschafter einbestellen ." as the model parses it: the object of the
# infinitive hung on "lassen"
CAUSATIVE = """
Der DET ART 2 det Case=Nom
Präsident NOUN NN 3 nsubj Case=Nom
ließ VERB VVFIN 0 root Mood=Ind|VerbForm=Fin lassen
den DET ART 5 det Case=Acc
Botschafter NOUN NN 3 obj Case=Acc
einbestellen VERB VVINF 3 xcomp VerbForm=Inf einbestellen
. PUNCT $. 3 punct
"""
# "Die Polizei ließ den Mann den Journalisten festnehmen ." has a causee beside the object:
# two accusatives, nothing moved
CAUSATIVE_WITH_CAUSEE = CAUSATIVE.replace(
    "einbestellen VERB VVINF 3 xcomp VerbForm=Inf einbestellen",
    "den DET ART 7 det Case=Acc\nJournalisten NOUN NN 3 obj Case=Acc\n"
    "festnehmen VERB VVINF 3 xcomp VerbForm=Inf festnehmen",
).replace(". PUNCT $. 3 punct", ". PUNCT $. 3 punct")


@pytest.mark.parametrize(
    ("table", "verb", "moved"),
    [(CAUSATIVE, "einbestellen", ["Botschafter"]), (CAUSATIVE_WITH_CAUSEE, "festnehmen", [])],
    ids=["one-accusative", "causee-and-object"],
)
def test_the_accusative_under_lassen_is_the_infinitives_object(
    table: str, verb: str, moved: list[str]
) -> None:
    """ "ließ den Botschafter einbestellen": the one accusative is what is summoned."""
    doc = parse(table)
    assert [t.text for t in repair_causative_objects(doc)] == moved
    if moved:
        assert [t.text for t in objects(token(doc, verb))] == moved


# "China soll Russland Waffen geliefert haben ." as the model parses it: the dative name
# labelled a second passive subject
MODAL_PERFECT_DATIVE_NAME = """
China PROPN NE 5 nsubj:pass Case=Nom
soll AUX VMFIN 5 aux Mood=Ind|VerbForm=Fin sollen
Russland PROPN NE 5 nsubj:pass Case=Gen
Waffen NOUN NN 5 obj Case=Nom
geliefert VERB VVPP 0 root VerbForm=Part liefern
haben AUX VAFIN 5 aux Mood=Ind|Tense=Pres haben
. PUNCT $. 5 punct
"""


def test_a_bare_name_before_the_object_of_a_perfect_is_the_dative() -> None:
    """ "soll Russland Waffen geliefert haben": the name between the finite modal and the
    object is the dative (to whom), not a second subject."""
    verb = token(parse(MODAL_PERFECT_DATIVE_NAME), "geliefert")
    assert [t.text for t in subjects(verb)] == ["China"]
    assert [t.text for t in datives(verb)] == ["Russland"]


# "Nach Angriffen im Roten Meer haben die USA Stellungen im Jemen bombardiert ."
EARLIER_ACT_WITH_PLACE = """
Nach ADP APPR 2 case _
Angriffen NOUN NN 10 obl Case=Dat
im ADP APPRART 5 case _
Roten ADJ ADJA 5 amod _
Meer NOUN NN 2 nmod Case=Dat
haben AUX VAFIN 10 aux Mood=Ind|VerbForm=Fin haben
die DET ART 8 det _
USA PROPN NE 10 nsubj Case=Nom
Stellungen NOUN NN 10 obj Case=Acc
bombardiert VERB VVPP 0 root VerbForm=Part bombardieren
. PUNCT $. 10 punct
"""
# "Nach einem Angriff auf einen Konvoi ereignete sich …": no place of its own
EARLIER_ACT_WITHOUT_PLACE = """
Nach ADP APPR 3 case _
einem DET ART 3 det _
Angriff NOUN NN 8 obl Case=Dat
auf ADP APPR 6 case _
einen DET ART 6 det _
Konvoi NOUN NN 3 nmod Case=Acc
, PUNCT $, 8 punct
ereignete VERB VVFIN 0 root Mood=Ind|VerbForm=Fin ereignen
. PUNCT $. 8 punct
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [(EARLIER_ACT_WITH_PLACE, True), (EARLIER_ACT_WITHOUT_PLACE, False)],
    ids=["im-Roten-Meer", "no-place"],
)
def test_an_earlier_act_with_its_own_place_is_not_at_the_clauses_place(
    table: str, expected: bool
) -> None:
    """ "Nach Angriffen im Roten Meer … im Jemen bombardiert": the attacks were not in Yemen."""
    doc = parse(table)
    assert earlier_act(token(doc, "Angriffen" if expected else "Angriff")) is expected


def test_a_tree_with_a_word_its_own_ancestor_has_a_cycle() -> None:
    doc = parse(RELATIVE_CLAUSE_AS_CSUBJ)
    assert not has_cycle(doc)
    doc[1].head = doc[5]  # Huthis under Teile,
    doc[5].head = doc[1]  # Teile under Huthis
    assert has_cycle(doc)


def test_a_repair_that_would_make_a_cycle_leaves_the_models_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lagebild.codebook.loader import load_codebook
    from lagebild.pipeline.events import coder

    def make_cycle(doc: Doc) -> list[Token]:
        doc[1].head, doc[5].head = doc[5], doc[1]
        return []

    # the coder runs the repairs of its tuple: one that makes a cycle is put in first
    monkeypatch.setattr(coder, "PARSE_REPAIRS", ((make_cycle, False), *coder.PARSE_REPAIRS))
    doc = parse(RELATIVE_CLAUSE_AS_CSUBJ)
    before = [(t.head.i, t.dep_) for t in doc]
    coder.find_events(doc, load_codebook())  # ends
    assert [(t.head.i, t.dep_) for t in doc] == before
