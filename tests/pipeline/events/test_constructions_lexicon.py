"""Construction classes of German that report an act without a plain event verb: the
support-verb construction (Funktionsverbgefüge) with its arguments on the verb, evaluative
statements ("sich kritisch äußern", "als Ungerechtigkeit bezeichnen"), the PP-verb
"vorgehen gegen" with its manner, accepting a decision, and the "un-" antonym that must not
read as its base word.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import quality_nouns
from lagebild.pipeline.events.matching import stem_matches
from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "a support verb carries the event noun's gegen-phrase",
        "Russland/Russland/PROPN/6/nsubj hat/haben/AUX/6/aux gegen/gegen/ADP/4/case "
        "Polen/Polen/PROPN/6/obl Drohungen/Drohung/NOUN/6/obj "
        "ausgesprochen/aussprechen/VERB/0/root ././PUNCT/6/punct",
        {"Russland": ["RUS"], "Polen": ["POL"]},
        {("THREATEN", ("RUS",), ("POL",), "asserted")},
    ),
    (
        "a verb that supports no event noun lends it no argument",
        "Russland/Russland/PROPN/2/nsubj kennt/kennen/VERB/0/root gegen/gegen/ADP/4/case "
        "Polen/Polen/PROPN/2/obl keine/kein/DET/6/det Drohungen/Drohung/NOUN/2/obj "
        "././PUNCT/2/punct",
        {"Russland": ["RUS"], "Polen": ["POL"]},
        set(),
    ),
    (
        "sich kritisch äußern gegenüber someone disapproves of him",
        "Frankreich/Frankreich/PROPN/2/nsubj äußerte/äußern/VERB/0/root sich/sich/PRON/2/obj "
        "kritisch/kritisch/ADJ/2/advmod gegenüber/gegenüber/ADP/6/case "
        "Deutschland/Deutschland/PROPN/2/obl ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Deutschland": ["DEU"]},
        {("ACCUSE", ("FRA",), ("DEU",), "asserted")},
    ),
    (
        "sich positiv äußern über someone supports him",
        "Frankreich/Frankreich/PROPN/2/nsubj äußerte/äußern/VERB/0/root sich/sich/PRON/2/obj "
        "positiv/positiv/ADJ/2/advmod über/über/ADP/6/case Polen/Polen/PROPN/2/obl "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Polen": ["POL"]},
        {("SUPPORT", ("FRA",), ("POL",), "asserted")},
    ),
    (
        "sich äußern without a judgement is a statement, no event",
        "Frankreich/Frankreich/PROPN/2/nsubj äußerte/äußern/VERB/0/root sich/sich/PRON/2/obj "
        "ausführlich/ausführlich/ADJ/2/advmod über/über/ADP/6/case Polen/Polen/PROPN/2/obl "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Polen": ["POL"]},
        set(),
    ),
    (
        "calling an act an injustice (quality noun of a condemning adjective) condemns it",
        "Frankreich/Frankreich/PROPN/2/nsubj bezeichnete/bezeichnen/VERB/0/root "
        "die/der/DET/4/det Wahl/Wahl/NOUN/2/obj in/in/ADP/6/case Iran/Iran/PROPN/4/nmod "
        "als/als/CCONJ/8/cc Ungerechtigkeit/Ungerechtigkeit/NOUN/4/conj ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "an un- antonym is no praise: 'als unwürdig bezeichnen' does not support",
        "Frankreich/Frankreich/PROPN/2/nsubj bezeichnete/bezeichnen/VERB/0/root "
        "Iran/Iran/PROPN/2/obj als/als/CCONJ/5/cc unwürdig/unwürdig/ADJ/2/conj "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "vorgehen gegen with force in its manner is an assault",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj ging/gehen/VERB/0/root "
        "gewaltsam/gewaltsam/ADJ/3/advmod gegen/gegen/ADP/7/case die/der/DET/7/det "
        "Demonstranten/Demonstrant/NOUN/3/obl vor/vor/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Polizei": ["DEU/COP"], "Demonstranten": ["DEU/CVL"]},
        {("ASSAULT", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        # session 16: action against protesters without a manner of force is repression
        # short of violence (s14a-08 gold COERCE); against a thing it stays no event
        "vorgehen gegen protesters with no manner is coercion",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj ging/gehen/VERB/0/root "
        "gegen/gegen/ADP/6/case die/der/DET/6/det Demonstranten/Demonstrant/NOUN/3/obl "
        "vor/vor/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Polizei": ["DEU/COP"], "Demonstranten": ["DEU/CVL"]},
        {("COERCE", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "gerichtlich vorgehen gegen is to sue",
        "Frankreich/Frankreich/PROPN/6/nsubj will/wollen/AUX/6/aux "
        "gerichtlich/gerichtlich/ADJ/6/advmod gegen/gegen/ADP/5/case Iran/Iran/PROPN/6/obl "
        "vorgehen/vorgehen/VERB/0/root ././PUNCT/6/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        {("ACCUSE", ("FRA",), ("IRN",), "future")},
    ),
    (
        "Strafanzeige stellen gegen someone accuses him",
        "Frankreich/Frankreich/PROPN/2/nsubj stellte/stellen/VERB/0/root eine/ein/DET/4/det "
        "Strafanzeige/Strafanzeige/NOUN/2/obj gegen/gegen/ADP/6/case Iran/Iran/PROPN/4/nmod "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "accepting another's decision endorses it",
        "Frankreich/Frankreich/PROPN/2/nsubj akzeptiert/akzeptieren/VERB/0/root "
        "den/der/DET/4/det Beschluss/Beschluss/NOUN/2/obj der/der/DET/6/det/Case=Gen "
        "EU/EU/PROPN/4/nmod/Case=Gen ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "EU": ["EU"]},
        {("SUPPORT", ("FRA",), ("EU",), "asserted")},
    ),
    (
        "not accepting another's decision rejects it",
        "Frankreich/Frankreich/PROPN/2/nsubj akzeptiert/akzeptieren/VERB/0/root "
        "den/der/DET/4/det Beschluss/Beschluss/NOUN/2/obj der/der/DET/6/det/Case=Gen "
        "EU/EU/PROPN/4/nmod/Case=Gen nicht/nicht/PART/2/advmod ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "EU": ["EU"]},
        {("REJECT", ("FRA",), ("EU",), "asserted")},
    ),
    (
        "auf Kritik stoßen bei someone: he criticises the subject",
        "Der/der/DET/2/det Plan/Plan/NOUN/3/nsubj stieß/stoßen/VERB/0/root bei/bei/ADP/5/case "
        "Frankreich/Frankreich/PROPN/3/obl auf/auf/ADP/7/case Kritik/Kritik/NOUN/3/obl "
        "././PUNCT/3/punct",
        {"Frankreich": ["FRA"], "Plan": ["IRN"]},
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "auf Ablehnung treffen bei someone: he rejects the subject",
        "Der/der/DET/2/det Plan/Plan/NOUN/3/nsubj traf/treffen/VERB/0/root bei/bei/ADP/5/case "
        "Frankreich/Frankreich/PROPN/3/obl auf/auf/ADP/7/case Ablehnung/Ablehnung/NOUN/3/obl "
        "././PUNCT/3/punct",
        {"Frankreich": ["FRA"], "Plan": ["IRN"]},
        {("REJECT", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "auf Widerstand stoßen may be armed resistance: no verbal rejection",
        "Die/der/DET/2/det Truppen/Truppe/NOUN/3/nsubj stießen/stoßen/VERB/0/root "
        "bei/bei/ADP/5/case Frankreich/Frankreich/PROPN/3/obl auf/auf/ADP/7/case "
        "Widerstand/Widerstand/NOUN/3/obl ././PUNCT/3/punct",
        {"Frankreich": ["FRA"], "Truppen": ["IRN"]},
        set(),
    ),
    (
        "driving protesters away is coercion by the police",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj vertrieb/vertreiben/VERB/0/root "
        "die/der/DET/5/det Demonstranten/Demonstrant/NOUN/3/obj ././PUNCT/3/punct",
        {"Polizei": ["DEU/COP"], "Demonstranten": ["DEU/CVL"]},
        {("COERCE", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "sich einig sein mit someone is agreement, though the lemmatizer says 'einigen'",
        "Frankreich/Frankreich/PROPN/4/nsubj war/sein/AUX/4/cop sich/sich/PRON/4/obj "
        "einig/einigen/ADJ/0/root mit/mit/ADP/6/case Polen/Polen/PROPN/4/obl ././PUNCT/4/punct",
        {"Frankreich": ["FRA"], "Polen": ["POL"]},
        {("AGREE", ("FRA",), ("POL",), "asserted")},
    ),
]

# PP-verbs reviewed from plover_pp_verbs.generated.yaml: (verb, particle, preposition, type)
PP_VERBS = [
    ("distanzierte", "distanzieren", None, "von", "REJECT"),
    ("verwahrte", "verwahren", None, "gegen", "REJECT"),
    ("setzte", "setzen", "hinweg", "über", "REJECT"),
    ("beharrte", "beharren", None, "auf", "REQUEST"),
]


@pytest.mark.parametrize(("form", "lemma", "particle", "prep", "expected"), PP_VERBS)
def test_a_reviewed_pp_verb_codes_its_prepositional_object_as_recipient(
    vocab, form, lemma, particle, prep, expected
):
    reflexive = expected == "REJECT"
    tokens = ["Frankreich/Frankreich/PROPN/2/nsubj", f"{form}/{lemma}/VERB/0/root"]
    if reflexive:
        tokens.append("sich/sich/PRON/2/obj")
    n = len(tokens)
    tokens += [f"{prep}/{prep}/ADP/{n + 2}/case", "Iran/Iran/PROPN/2/obl"]
    if particle:
        tokens.append(f"{particle}/{particle}/ADP/2/compound:prt")
    tokens.append("././PUNCT/2/punct")
    doc = make_doc(vocab, " ".join(tokens), {"Frankreich": ["FRA"], "Iran": ["IRN"]})
    assert {(e[0], e[1], e[2]) for e in coded(doc)} == {(expected, ("FRA",), ("IRN",))}


@pytest.mark.parametrize(
    ("spec", "mentions", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_codes_the_construction(vocab, spec, mentions, expected):
    assert coded(make_doc(vocab, spec, mentions)) == expected


@pytest.mark.parametrize(
    ("word", "stem", "matches"),
    [
        ("unzuverlässig", "zuverlässig", False),
        ("unruhe", "ruhe", False),
        ("zuverlässig", "zuverlässig", True),
        ("unterstützung", "stützung", True),  # "unter" is no antonym prefix
        ("waffenruhe", "ruhe", False),  # short stems only whole (unchanged)
        ("friedensabkommen", "abkommen", True),
    ],
)
def test_an_un_antonym_does_not_match_its_base_word(word, stem, matches):
    assert stem_matches(word, stem) is matches


@pytest.mark.parametrize(
    ("adjective", "noun"),
    [
        ("ungerecht", "ungerechtigkeit"),
        ("frech", "frechheit"),
        ("dreist", "dreistigkeit"),
        ("unerträglich", "unerträglichkeit"),
    ],  # fmt: skip
)
def test_quality_nouns_include_the_real_derivation(adjective, noun):
    assert noun in quality_nouns(adjective)
