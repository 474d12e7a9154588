"""The German grammar layer on small hand-built parses (UD labels, STTS tags)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Doc, Token

from lagebild.german.marks import QUOTE_MARK, closes
from lagebild.german.pronouns import is_reflexive_pronoun, is_relative, is_relative_pronoun
from lagebild.german.verbs import (
    has_pluperfect_auxiliary,
    infinitive_guesses,
    is_finite,
    is_konjunktiv,
    is_konjunktiv1,
    is_mutual,
    is_participle_form,
    is_passive,
    is_reflexive_verb,
    may_be_konjunktiv1,
    particle,
    particle_among,
    perfect_infinitive,
    strong_infinitives,
    verb_keys,
)
from lagebild.german.words import plain_preposition

VOCAB = spacy.blank("de").vocab


def parse(rows: str) -> Doc:
    """One sentence, a row per token: word UPOS STTS head(1-based, 0 = root) deprel
    [morph|_ [lemma]]."""
    words, pos, tags, heads, deps, morphs, lemmas = ([] for _ in range(7))
    for n, line in enumerate(rows.strip().splitlines()):
        word, upos, tag, head, dep, *rest = line.split()
        words.append(word)
        pos.append(upos)
        tags.append(tag)
        heads.append(int(head) - 1 if int(head) else n)
        deps.append("ROOT" if dep == "root" else dep)
        morphs.append(rest[0] if rest and rest[0] != "_" else "")
        lemmas.append(rest[1] if len(rest) > 1 else word.lower())
    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(
        VOCAB, words=words, spaces=spaces, pos=pos, tags=tags, heads=heads, deps=deps,
        morphs=morphs, lemmas=lemmas, sent_starts=[i == 0 for i in range(len(words))],
    )  # fmt: skip


def token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


# "Ihm wird Betrug vorgeworfen ."
PASSIVE = """
Ihm PRON PPER 4 iobj Case=Dat
wird AUX VAFIN 4 aux:pass Mood=Ind|VerbForm=Fin werden
Betrug NOUN NN 4 nsubj:pass Case=Nom
vorgeworfen VERB VVPP 0 root VerbForm=Part vorwerfen
. PUNCT $. 4 punct
"""
# the parser called the passive auxiliary plain "aux"
PASSIVE_PLAIN_AUX = PASSIVE.replace("aux:pass", "aux")
# "Der Minister ist angeklagt ." (Zustandspassiv)
STATE_PASSIVE = """
Der DET ART 2 det Case=Nom
Minister NOUN NN 4 nsubj Case=Nom
ist AUX VAFIN 4 cop Mood=Ind|VerbForm=Fin sein
angeklagt VERB VVPP 0 root VerbForm=Part anklagen
. PUNCT $. 4 punct
"""
# "Der Minister ist zurückgetreten ." (perfect with sein, active)
SEIN_PERFECT = """
Der DET ART 2 det Case=Nom
Minister NOUN NN 4 nsubj Case=Nom
ist AUX VAFIN 4 aux Mood=Ind|VerbForm=Fin sein
zurückgetreten VERB VVPP 0 root VerbForm=Part zurücktreten
. PUNCT $. 4 punct
"""
# "China hat den Vorschlag abgelehnt ." (perfect with haben, active)
HABEN_PERFECT = """
China PROPN NE 5 nsubj Case=Nom
hat AUX VAFIN 5 aux Mood=Ind|VerbForm=Fin haben
den DET ART 4 det Case=Acc
Vorschlag NOUN NN 5 obj Case=Acc
abgelehnt VERB VVPP 0 root VerbForm=Part ablehnen
. PUNCT $. 5 punct
"""
# the parser calls the perfect's "haben" aux:pass at times
HABEN_AS_AUX_PASS = HABEN_PERFECT.replace("hat AUX VAFIN 5 aux ", "hat AUX VAFIN 5 aux:pass ")
# "Soldaten sollen drei Palästinenser getötet haben ." as the model parses it: a modal and the
# perfect infinitive read as a passive ("haben" aux:pass, tagged finite; subject nsubj:pass)
PERFECT_INFINITIVE = """
Soldaten NOUN NN 5 nsubj:pass Case=Nom
sollen AUX VMFIN 5 aux Mood=Ind|VerbForm=Fin sollen
drei NUM CARD 4 nummod _
Palästinenser NOUN NN 5 obl Case=Gen
getötet VERB VVPP 0 root VerbForm=Part töten
haben AUX VAFIN 5 aux:pass Mood=Ind|Tense=Pres haben
. PUNCT $. 5 punct
"""
# "Soldaten sollen drei Palästinenser getötet worden sein ." is not it: a passive modal
# perfect would have "werden"; "sollen … getötet werden" has no perfect auxiliary
MODAL_PASSIVE = PERFECT_INFINITIVE.replace(
    "haben AUX VAFIN 5 aux:pass Mood=Ind|Tense=Pres haben", "werden AUX VAINF 5 aux:pass _ werden"
)
# "Die Parteien einigten sich auf einen Text ."
REFLEXIVE = """
Die DET ART 2 det Case=Nom
Parteien NOUN NN 3 nsubj Case=Nom
einigten VERB VVFIN 0 root Mood=Ind|VerbForm=Fin einigen
sich PRON PRF 3 obj Case=Acc|Reflex=Yes
auf ADP APPR 6 case _
einen DET ART 6 det Case=Acc
Text NOUN NN 3 obl Case=Acc
. PUNCT $. 3 punct
"""
# "Nun haben sich die Parteien geeinigt ." with the pronoun hung on the auxiliary
REFLEXIVE_ON_AUXILIARY = """
Nun ADV ADV 6 advmod _
haben AUX VAFIN 6 aux Mood=Ind|VerbForm=Fin haben
sich PRON PRF 2 obj Case=Acc|Reflex=Yes
die DET ART 5 det Case=Nom
Parteien NOUN NN 6 nsubj Case=Nom
geeinigt VERB VVPP 0 root VerbForm=Part einigen
. PUNCT $. 6 punct
"""
# "Russland forderte die USA auf , …" with the particle hung on the verb
PARTICLE = """
Russland PROPN NE 2 nsubj Case=Nom
forderte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin fordern
die DET ART 4 det Case=Acc
USA PROPN NE 2 obj Case=Acc
auf ADP PTKVZ 2 compound:prt _
, PUNCT $, 2 punct
"""
# the parser took the clause-final particle for a preposition of something else
PARTICLE_MISSED = PARTICLE.replace("auf ADP PTKVZ 2 compound:prt", "auf ADP APPR 4 case")


@pytest.mark.parametrize(
    ("table", "expected"),
    [(PERFECT_INFINITIVE, "haben"), (MODAL_PASSIVE, None), (HABEN_PERFECT, None)],
    ids=["soll-getötet-haben", "soll-getötet-werden", "hat-abgelehnt"],
)
def test_haben_next_to_a_modal_is_the_perfect_infinitive(table: str, expected: str | None) -> None:
    verb = next(t for t in parse(table) if t.dep_ == "ROOT")
    found = perfect_infinitive(verb)
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(
    ("table", "verb", "expected"),
    [
        (PASSIVE, "vorgeworfen", True),
        (PASSIVE_PLAIN_AUX, "vorgeworfen", True),
        (STATE_PASSIVE, "angeklagt", True),
        (SEIN_PERFECT, "zurückgetreten", False),
        (HABEN_PERFECT, "abgelehnt", False),
        (HABEN_AS_AUX_PASS, "abgelehnt", False),
        (REFLEXIVE, "einigten", False),
        (PERFECT_INFINITIVE, "getötet", False),
        (MODAL_PASSIVE, "getötet", True),
    ],
)
def test_passive_is_told_from_the_perfect(table: str, verb: str, expected: bool) -> None:
    assert is_passive(token(parse(table), verb)) is expected


@pytest.mark.parametrize(
    ("table", "verb", "expected"),
    [
        (REFLEXIVE, "einigten", True),
        (REFLEXIVE_ON_AUXILIARY, "geeinigt", True),
        (PARTICLE, "forderte", False),
        (PASSIVE, "vorgeworfen", False),
    ],
)
def test_reflexive_verbs_have_a_reflexive_object(table: str, verb: str, expected: bool) -> None:
    assert is_reflexive_verb(token(parse(table), verb)) is expected


@pytest.mark.parametrize(
    ("table", "expected"), [(PARTICLE, "auf"), (PARTICLE_MISSED, "auf"), (REFLEXIVE, "")]
)
def test_separable_particle_is_found_also_when_the_parse_misses_it(
    table: str, expected: str
) -> None:
    doc = parse(table)
    assert particle(doc[1] if expected else token(doc, "einigten")) == expected


# "gab der Leiter , Andreas Huber , bekannt ." with "bekannt" as an adjective on its own
APPOSITION = """
gab VERB VVFIN 0 root Mood=Ind|VerbForm=Fin geben
der DET ART 3 det Case=Nom
Leiter NOUN NN 1 nsubj Case=Nom
, PUNCT $, 6 punct
Andreas PROPN NE 3 appos _
Huber PROPN NE 5 flat _
, PUNCT $, 5 punct
bekannt ADJ ADJD 1 advmod _
. PUNCT $. 1 punct
"""
# "will bekannt geben": the particle written apart before the infinitive
BEFORE_INFINITIVE = """
Er PRON PPER 2 nsubj Case=Nom
will AUX VMFIN 0 root Mood=Ind|VerbForm=Fin wollen
bekannt ADJ ADJD 4 advmod _
geben VERB VVINF 2 xcomp VerbForm=Inf geben
. PUNCT $. 2 punct
"""


@pytest.mark.parametrize(
    ("table", "verb", "particles", "reach", "expected"),
    [
        (APPOSITION, "gab", {"bekannt"}, 24, "bekannt"),  # past the apposition
        (APPOSITION, "gab", {"bekannt"}, 5, ""),  # out of reach
        (APPOSITION, "gab", {"mit"}, 24, ""),  # not a particle of the lexicon
        (BEFORE_INFINITIVE, "geben", {"bekannt"}, 24, "bekannt"),
        (PARTICLE, "forderte", set(), 24, "auf"),  # the parse's own particle, always
    ],
    ids=["apposition", "reach", "not-in-lexicon", "before-infinitive", "parsed"],
)
def test_a_lexicons_particle_is_found_at_the_clause_end(
    table: str, verb: str, particles: set[str], reach: int, expected: str
) -> None:
    assert particle_among(token(parse(table), verb), frozenset(particles), reach) == expected


def test_verb_keys_join_the_particle_to_the_infinitive() -> None:
    doc = parse(PARTICLE)
    assert verb_keys(doc[1])[0] == "auffordern"


@pytest.mark.parametrize(
    ("form", "strong", "expected"),
    [
        ("gewiesen", {"gewiesen": "weisen"}, ["weisen"]),
        ("zurückgewiesen", {"gewiesen": "weisen"}, ["zurückweisen"]),
        ("forderten", {}, []),
    ],
)
def test_strong_forms_are_read_also_behind_a_particle(
    form: str, strong: dict[str, str], expected: list[str]
) -> None:
    assert strong_infinitives(form, strong) == expected


@pytest.mark.parametrize(
    ("form", "infinitive"),
    [("forderten", "fordern"), ("gefordert", "fordern"), ("eingekauft", "einkaufen")],
)
def test_weak_infinitives_are_guessed_from_the_form(form: str, infinitive: str) -> None:
    assert infinitive in infinitive_guesses(form)


@pytest.mark.parametrize(
    ("word", "tag", "morph", "expected"),
    [
        ("sagte", "VVFIN", "Mood=Ind|VerbForm=Fin", True),
        ("feste", "ADJA", "Mood=Ind", False),  # an attributive adjective the parser took
        ("sagen", "VVINF", "VerbForm=Inf", False),
    ],
)
def test_finite_verbs(word: str, tag: str, morph: str, expected: bool) -> None:
    doc = Doc(VOCAB, words=[word], pos=["VERB"], tags=[tag], morphs=[morph])
    assert is_finite(doc[0]) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("vorgeworfen", True), ("eingekauft", True), ("sagen", False)]
)
def test_participles_by_form_when_the_tagger_slips(word: str, expected: bool) -> None:
    doc = Doc(VOCAB, words=[word], pos=["VERB"], tags=["VVFIN"], morphs=["VerbForm=Fin"])
    assert is_participle_form(doc[0]) is expected


@dataclass
class Forms:
    konjunktiv_forms: frozenset[str] = frozenset({"sei", "habe"})
    konjunktiv2_forms: frozenset[str] = frozenset({"wäre", "hätte"})


@pytest.mark.parametrize(
    ("words", "verb", "by_ending", "k1", "k"),
    [
        (["er", "sei"], 1, False, True, True),
        (["er", "wäre"], 1, False, False, True),
        (["er", "sagte"], 1, True, False, False),  # a past form in -te
        (["ich", "habe"], 1, False, False, False),  # first person, indicative
        (["sie", "werfe"], 1, True, True, True),  # by its ending, where a report is certain
        (["sie", "werfe"], 1, False, False, False),
    ],
)
def test_konjunktiv(words: list[str], verb: int, by_ending: bool, k1: bool, k: bool) -> None:
    doc = Doc(
        VOCAB,
        words=words,
        pos=["PRON", "VERB"],
        tags=["PPER", "VVFIN"],
        morphs=["", "VerbForm=Fin"],
        lemmas=[words[0], words[1]],
    )
    assert is_konjunktiv1(doc[verb], Forms(), by_ending) is k1
    assert is_konjunktiv(doc[verb], Forms(), by_ending) is k


@pytest.mark.parametrize(
    ("word", "pos", "morph", "expected"),
    [
        ("lehne", "VERB", "", True),  # the ending of the third person singular
        ("sei", "AUX", "", True),
        ("könne", "VERB", "Mood=Sub", True),
        ("liegt", "VERB", "Mood=Sub", True),  # the model says so
        ("lehnt", "VERB", "Mood=Ind", False),
        ("Rede", "NOUN", "", False),  # not a verb
    ],
)
def test_konjunktiv1_by_the_bare_ending(word: str, pos: str, morph: str, expected: bool) -> None:
    doc = Doc(VOCAB, words=["man", word], pos=["PRON", pos], morphs=["", morph])
    assert may_be_konjunktiv1(doc[1]) is expected


@pytest.mark.parametrize(
    ("word", "tag", "morph", "relative_pronoun", "opens_clause", "reflexive"),
    [
        ("die", "PRELS", "PronType=Rel", True, True, False),
        ("wer", "PWS", "PronType=Int", False, True, False),
        ("ein", "PRELS", "", True, False, False),  # an article the tagger called PRELS
        ("sich", "PRF", "Reflex=Yes", False, False, True),
        ("uns", "PRF", "", False, False, True),
        ("ihn", "PPER", "PronType=Prs", False, False, False),
    ],
)
def test_pronoun_classes(
    word: str, tag: str, morph: str, relative_pronoun: bool, opens_clause: bool, reflexive: bool
) -> None:
    doc = Doc(VOCAB, words=[word], pos=["PRON"], tags=[tag], morphs=[morph])
    assert is_relative_pronoun(doc[0]) is relative_pronoun
    assert is_relative(doc[0]) is opens_clause
    assert is_reflexive_pronoun(doc[0]) is reflexive


@pytest.mark.parametrize(
    ("opening", "mark", "expected"),
    [("„", "“", True), ("„", "”", True), ("»", "«", True), ("«", "»", True), ("„", "«", False),
     ("‚", "‘", True), ("x", "“", False)],
)  # fmt: skip
def test_which_mark_closes_which(opening: str, mark: str, expected: bool) -> None:
    assert closes(opening, mark) is expected
    assert QUOTE_MARK.fullmatch(mark)


@pytest.mark.parametrize(
    ("word", "plain"), [("im", "in"), ("Zur", "zu"), ("beim", "bei"), ("mit", "mit")]
)
def test_contracted_prepositions_have_a_plain_form(word: str, plain: str) -> None:
    assert plain_preposition(word) == plain


# "Serbien und Kosovo warfen sich gegenseitig Provokationen vor ."
MUTUAL = """
Serbien PROPN NE 4 nsubj Case=Nom
und CCONJ KON 3 cc _
Kosovo PROPN NE 1 conj Case=Nom
warfen VERB VVFIN 0 root Mood=Ind|VerbForm=Fin werfen
sich PRON PRF 4 iobj Case=Dat|Reflex=Yes
gegenseitig ADJ ADJD 5 advmod _
Provokationen NOUN NN 4 obj Case=Acc
vor ADP PTKVZ 4 compound:prt _
. PUNCT $. 4 punct
"""


@pytest.mark.parametrize(
    ("table", "expected"), [(MUTUAL, True), (HABEN_PERFECT, False)], ids=["gegenseitig", "plain"]
)
def test_a_reciprocal_adverb_makes_the_act_mutual(table: str, expected: bool) -> None:
    verb = next(t for t in parse(table) if t.dep_ == "ROOT")
    assert is_mutual(verb) is expected


# "Die Proteste waren ausgebrochen ." with "waren" labelled as a passive auxiliary
PLUPERFECT_AS_AUX_PASS = """
Die DET ART 2 det _ der
Proteste NOUN NN 4 nsubj _ protest
waren AUX VAFIN 4 aux:pass Mood=Ind|Tense=Past sein
ausgebrochen VERB VVPP 0 root VerbForm=Part ausbrechen
. PUNCT $. 4 punct
"""
# "Die Gespräche hatten begonnen ."
PLUPERFECT = """
Die DET ART 2 det _ der
Gespräche NOUN NN 4 nsubj _ gespräch
hatten AUX VAFIN 4 aux Mood=Ind|Tense=Past haben
begonnen VERB VVPP 0 root VerbForm=Part beginnen
. PUNCT $. 4 punct
"""
# "Die Gespräche hätten begonnen ." (reported speech: a reported perfect)
REPORTED_PERFECT = """
Die DET ART 2 det _ der
Gespräche NOUN NN 4 nsubj _ gespräch
hätten AUX VAFIN 4 aux Mood=Sub|Tense=Past haben
begonnen VERB VVPP 0 root VerbForm=Part beginnen
. PUNCT $. 4 punct
"""
# "Die Gespräche haben begonnen ."
PERFECT = """
Die DET ART 2 det _ der
Gespräche NOUN NN 4 nsubj _ gespräch
haben AUX VAFIN 4 aux Mood=Ind|Tense=Pres haben
begonnen VERB VVPP 0 root VerbForm=Part beginnen
. PUNCT $. 4 punct
"""


@pytest.mark.parametrize(
    ("table", "verb", "indicative", "expected"),
    [
        (PLUPERFECT, "begonnen", False, True),
        (PLUPERFECT, "begonnen", True, True),
        (PLUPERFECT_AS_AUX_PASS, "ausgebrochen", True, True),
        (REPORTED_PERFECT, "begonnen", False, True),
        (REPORTED_PERFECT, "begonnen", True, False),
        (PERFECT, "begonnen", False, False),
    ],
)
def test_the_pluperfect_is_told_by_a_past_auxiliary_of_any_label(
    table: str, verb: str, indicative: bool, expected: bool
) -> None:
    assert has_pluperfect_auxiliary(token(parse(table), verb), indicative) is expected
