"""The second act of a sentence (session 25, issue 13): a finite verb coordinated with the
first shares its subject, also when the model hung it on a word of the first clause that is
no verb (a pronoun object, a separable particle, a predicative adjective), when its finite
auxiliary or modal opens the conjunct right after "und" ("und will … verhängen", "und hatte
… ausgesetzt"), and when the second participle of a perfect was labelled an adverbial clause
or its object the first participle's conjunct; a subject at the head of the sentence that the
model labelled a clause (before a relative clause) is the main verb's subject. Probe sentences
of our own; the negative ones keep a demand's coordinated content as content, a conjunct's own
subject as its own, and one act told twice as one event."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import (
    repair_conjuncts_opened_by_auxiliary,
    repair_coordinated_participles,
    repair_nominal_clause_labels,
    repair_verbs_conjoined_to_nouns,
)
from tests.german.test_grammar import parse, token
from tests.pipeline.events.test_types_s15 import coded, types

# the model's parses, reproduced by hand: "Der Kreml bestreitet das und hält …" with the second
# verb a conjunct of the pronoun object
VERB_ON_PRONOUN = """
Der DET ART 2 det Case=Nom
Kreml NOUN NN 3 nsubj Case=Nom
bestreitet VERB VVFIN 0 root Mood=Ind|VerbForm=Fin bestreiten
das DET PDS 3 nsubj Case=Nom
und CCONJ KON 6 cc
hält VERB VVFIN 4 conj Mood=Ind|VerbForm=Fin vorhalten
den DET ART 8 det Case=Dat
USA PROPN NE 6 obj Case=Dat
vor ADP PTKVZ 6 compound:prt
. PUNCT $. 3 punct
"""
# "… wies die Kritik zurück und beorderte …" with the second verb a conjunct of the particle
VERB_ON_PARTICLE = """
Brasilien PROPN NE 2 nsubj Case=Nom
wies VERB VVFIN 0 root Mood=Ind|VerbForm=Fin zurückweisen
die DET ART 4 det Case=Acc
Kritik NOUN NN 2 obj Case=Acc
zurück ADV PTKVZ 2 compound:prt
und CCONJ KON 7 cc
beorderte VERB VVFIN 5 conj Mood=Ind|VerbForm=Fin zurückbeordern
den DET ART 9 det Case=Acc
Botschafter NOUN NN 7 obj Case=Acc
zurück ADV PTKVZ 7 compound:prt
. PUNCT $. 2 punct
"""
# "Die Termine wurden eingehalten, die Monteure waren freundlich und haben nicht gemurrt": the
# predicate with its copula heads its clause (UD and the model hang the second verb on it)
VERB_ON_COPULA_PREDICATE = """
Die DET ART 2 det Case=Nom
Termine NOUN NN 4 nsubj:pass Case=Nom
wurden AUX VAFIN 4 aux:pass Mood=Ind|VerbForm=Fin werden
eingehalten VERB VVPP 0 root VerbForm=Part einhalten
, PUNCT $, 9 punct
die DET ART 7 det Case=Nom
Monteure NOUN NN 9 nsubj Case=Nom
waren AUX VAFIN 9 cop Mood=Ind|VerbForm=Fin sein
freundlich ADJ ADJD 4 xcomp _
und CCONJ KON 14 cc
haben AUX VAFIN 14 aux Mood=Ind|VerbForm=Fin haben
auch ADV ADV 14 advmod
nicht PART PTKNEG 14 advmod
gemurrt VERB VVFIN 9 conj Mood=Ind|VerbForm=Fin murren
. PUNCT $. 4 punct
"""
# "Die EU kritisierte die Wahl und will Sanktionen verhängen" with the infinitive as xcomp
MODAL_CONJUNCT_AS_XCOMP = """
Die DET ART 2 det Case=Nom
EU PROPN NE 3 nsubj Case=Nom
kritisierte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin kritisieren
die DET ART 5 det Case=Acc
Wahl NOUN NN 3 obj Case=Acc
und CCONJ KON 7 cc
will AUX VMFIN 9 aux Mood=Ind|VerbForm=Fin wollen
Sanktionen NOUN NN 9 obj Case=Acc
verhängen VERB VVINF 3 xcomp VerbForm=Inf verhängen
. PUNCT $. 3 punct
"""
# the same with a zu-infinitive complement: "… und versprach, Sanktionen zu verhängen" keeps it
ZU_COMPLEMENT = """
Die DET ART 2 det Case=Nom
EU PROPN NE 3 nsubj Case=Nom
drohte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin drohen
, PUNCT $, 6 punct
Sanktionen NOUN NN 6 obj Case=Acc
zu PART PTKZU 7 mark
verhängen VERB VVINF 3 xcomp VerbForm=Inf verhängen
. PUNCT $. 3 punct
"""
# "Blinken , der eintraf , rief …" with the subject labelled ccomp
SUBJECT_AS_CCOMP = """
Blinken PROPN NE 6 ccomp Case=Nom
, PUNCT $, 4 punct
der PRON PRELS 4 nsubj Case=Nom
eintraf VERB VVFIN 1 acl:relcl Mood=Ind|VerbForm=Fin eintreffen
, PUNCT $, 1 punct
rief VERB VVFIN 0 root Mood=Ind|VerbForm=Fin aufrufen
Israel PROPN NE 6 obj Case=Acc
auf ADP PTKVZ 6 compound:prt
. PUNCT $. 6 punct
"""


# "Peking hat die Wahl kritisiert und Washington vor Einmischung gewarnt" with the name a
# conjunct of the first participle
NOUN_CONJOINED_TO_PARTICIPLE = """
Peking PROPN NE 4 nsubj Case=Nom
hat AUX VAFIN 4 aux Mood=Ind|VerbForm=Fin haben
Taiwan PROPN NE 4 obj Case=Acc
kritisiert VERB VVPP 0 root VerbForm=Part kritisieren
und CCONJ KON 6 cc
Washington PROPN NE 4 conj Case=Acc
vor ADP APPR 8 case
Einmischung NOUN NN 9 obl Case=Dat
gewarnt VERB VVPP 4 conj VerbForm=Part warnen
. PUNCT $. 4 punct
"""
# "… hat die Festnahme verurteilt, und seine Freilassung gefordert" with the second
# participle an adverbial clause of the first
PARTICIPLE_CONJUNCT_AS_ADVCL = """
Berlin PROPN NE 3 nsubj Case=Nom
hat AUX VAFIN 3 aux Mood=Ind|VerbForm=Fin haben
verurteilt VERB VVPP 0 root VerbForm=Part verurteilen
die DET ART 5 det Case=Acc
Festnahme NOUN NN 3 obj Case=Acc
, PUNCT $, 9 punct
und CCONJ KON 9 cc
Freilassung NOUN NN 9 nsubj:pass Case=Nom
gefordert VERB VVPP 3 advcl VerbForm=Part fordern
. PUNCT $. 3 punct
"""
# a participle phrase opening with its own word is an adverbial clause: "…, gestützt auf …"
PARTICIPLE_ADVERBIAL = """
Berlin PROPN NE 3 nsubj Case=Nom
hat AUX VAFIN 3 aux Mood=Ind|VerbForm=Fin haben
verurteilt VERB VVPP 0 root VerbForm=Part verurteilen
die DET ART 5 det Case=Acc
Festnahme NOUN NN 3 obj Case=Acc
, PUNCT $, 9 punct
gestützt VERB VVPP 3 advcl VerbForm=Part stützen
auf ADP APPR 9 case
Berichte NOUN NN 7 obl Case=Acc
. PUNCT $. 3 punct
"""


def test_a_noun_conjoined_to_a_participle_is_the_next_participles_object() -> None:
    doc = parse(NOUN_CONJOINED_TO_PARTICIPLE)
    assert [t.text for t in repair_coordinated_participles(doc)] == ["Washington"]
    assert (token(doc, "Washington").head.text, token(doc, "Washington").dep_) == (
        "gewarnt",
        "obj",
    )


def test_a_participle_clause_opened_by_und_is_a_conjunct() -> None:
    doc = parse(PARTICIPLE_CONJUNCT_AS_ADVCL)
    assert [t.text for t in repair_coordinated_participles(doc)] == ["gefordert"]
    assert token(doc, "gefordert").dep_ == "conj"


def test_a_participle_phrase_without_coordinator_stays_adverbial() -> None:
    doc = parse(PARTICIPLE_ADVERBIAL)
    assert repair_coordinated_participles(doc) == []
    assert token(doc, "gestützt").dep_ == "advcl"


@pytest.mark.parametrize(
    ("rows", "verb", "clause_verb"),
    [(VERB_ON_PRONOUN, "hält", "bestreitet"), (VERB_ON_PARTICLE, "beorderte", "wies")],
    ids=["pronoun", "particle"],
)
def test_a_finite_verb_hung_on_a_word_is_the_clause_verbs_conjunct(rows, verb, clause_verb) -> None:
    doc = parse(rows)
    assert [t.text for t in repair_verbs_conjoined_to_nouns(doc)] == [verb]
    assert token(doc, verb).head.text == clause_verb


def test_a_verb_coordinated_with_a_copula_clause_stays_on_its_predicate() -> None:
    doc = parse(VERB_ON_COPULA_PREDICATE)
    assert repair_verbs_conjoined_to_nouns(doc) == []
    assert token(doc, "gemurrt").head.text == "freundlich"


def test_an_infinitive_whose_modal_opens_the_conjunct_is_a_conjunct() -> None:
    doc = parse(MODAL_CONJUNCT_AS_XCOMP)
    assert [t.text for t in repair_conjuncts_opened_by_auxiliary(doc)] == ["verhängen"]
    assert token(doc, "verhängen").dep_ == "conj"


def test_a_zu_infinitive_stays_a_complement() -> None:
    doc = parse(ZU_COMPLEMENT)
    assert repair_conjuncts_opened_by_auxiliary(doc) == []
    assert token(doc, "verhängen").dep_ == "xcomp"


def test_a_noun_labelled_clause_at_the_head_of_the_sentence_is_the_subject() -> None:
    doc = parse(SUBJECT_AS_CCOMP)
    assert [t.text for t in repair_nominal_clause_labels(doc)] == ["Blinken"]
    assert token(doc, "Blinken").dep_ == "nsubj"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Kreml bestreitet das und hält den USA seinerseits vor, gegen das Abkommen "
            "zu verstoßen.",
            ("ACCUSE", ("RUS",), ("USA",)),
        ),
        (
            "Das Außenministerium in Brasília wies die Kritik zurück und beorderte seinerseits "
            "den brasilianischen Botschafter aus Caracas zurück.",
            ("SANCTION", ("BRA",), ("VEN",)),
        ),
        (
            "Erdogan machte den Prediger Gülen für den Putschversuch verantwortlich und "
            "forderte Washington auf, ihn auszuliefern.",
            ("REQUEST", ("TUR",), ("USA",)),
        ),
        (
            "Die Regierung in Peking machte die USA für die Spannungen verantwortlich und "
            "drohte Washington mit Gegenmaßnahmen.",
            ("THREATEN", ("CHN",), ("USA",)),
        ),
    ],
    ids=["pronoun-object", "particle", "predicative-aufforderung", "predicative-drohung"],
)
def test_finite_verb_hung_on_a_word_of_the_first_clause_is_its_conjunct(
    nlp, text, expected
) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung in Peking hat die Wahl in Taiwan kritisiert und Washington vor "
            "Einmischung gewarnt.",
            ("ACCUSE", ("CHN",), ("USA",)),
        ),
        (
            "Die Bundesregierung hat die Festnahme des Journalisten in Moskau verurteilt, und "
            "seine sofortige Freilassung gefordert.",
            ("REQUEST", ("DEU",), ("RUS",)),
        ),
    ],
    ids=["noun-conjunct-gewarnt", "advcl-gefordert"],
)
def test_second_participle_of_a_perfect_is_an_act_of_its_own(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die EU kritisierte die Wahl in Belarus und will neue Sanktionen gegen Minsk "
            "verhängen.",
            ("SANCTION", ("EU",), ("BLR",)),
        ),
        (
            "Die USA begrüßten die Waffenruhe und wollen Israel weitere Hilfe leisten.",
            ("AGREE", ("USA",), ("ISR",)),
        ),
    ],
    ids=["will-verhaengen", "wollen-leisten"],
)
def test_conjunct_opened_by_its_modal_shares_the_subject(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US-Außenminister Antony Blinken, der am Montag in Kairo eintraf, rief beide Seiten "
            "zur Zurückhaltung auf.",
            {"CONSULT", "REQUEST"},
        ),
        (
            "Der russische Außenminister Sergej Lawrow, der am Dienstag in Ankara eintraf, lobte "
            "die Vermittlung der Türkei.",
            {"CONSULT", "SUPPORT"},
        ),
    ],
    ids=["blinken-rief", "lawrow-lobte"],
)
def test_subject_before_a_relative_clause_acts_in_the_main_clause(nlp, text, expected) -> None:
    assert expected <= types(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Bundesregierung forderte, dass Russland seine Truppen abzieht und die "
            "Gefangenen freilässt.",
            {"REQUEST"},
        ),
        (
            "Die EU forderte Russland auf, die Truppen abzuziehen und die Gefangenen freizulassen.",
            {"REQUEST"},
        ),
        (
            "Die Regierung kritisierte die Wahl und die Opposition will neue Proteste "
            "organisieren.",
            set(),
        ),
        ("Die Demonstranten forderten den Rücktritt der Regierung und Neuwahlen.", set()),
        ("Der Minister zeigte sich besorgt und bleibt skeptisch.", set()),
        ("Die Lage sei ernst, sagte der Minister.", set()),
    ],
    ids=["dass-content", "zu-content", "own-subject", "noun-conjuncts", "no-act", "said"],
)
def test_no_second_act_where_there_is_none(nlp, text, expected) -> None:
    assert types(nlp, text) == expected


@pytest.mark.model
def test_one_act_told_twice_is_one_event(nlp) -> None:
    found = coded(nlp, "Die Nato verurteilte den Angriff und verurteilte ihn erneut am Dienstag.")
    assert [t for t, _, _ in found] == ["ACCUSE"]
