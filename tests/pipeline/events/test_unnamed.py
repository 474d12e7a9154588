"""Acts whose agent the sentence does not name: the unnamed attacker is the state where the
act happens, the victims are the state their phrase names, else people of that state.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``); the
article's home state is set by hand, as ``lagebild_actors`` would.
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors.home import HomeState
from tests.pipeline.events.test_coder import analysed, coded, make_doc

# "In Bagdad wurden zwei Helfer entführt ." with {aux} for the auxiliary and {verb} the
# participle
PASSIVE = (
    "In/in/ADP/2/case Bagdad/Bagdad/PROPN/6/obl {aux}/{aux_lemma}/AUX/6/aux:pass "
    "zwei/zwei/NUM/5/nummod Helfer/Helfer/NOUN/6/nsubj:pass {verb}/{verb_lemma}/VERB/0/root "
    "././PUNCT/6/punct"
)

# (name, tokens, mentions, home state, expected events)
CASES = [
    (
        "an agentless werden-passive of violence: the state of the place attacks its people",
        PASSIVE.format(aux="wurden", aux_lemma="werden", verb="entführt", verb_lemma="entführen"),
        {},
        None,
        {("ASSAULT", ("IRQ",), ("IRQ",), "asserted")},
    ),
    (
        "a sein-passive tells a state, not an act",
        PASSIVE.format(aux="waren", aux_lemma="sein", verb="entführt", verb_lemma="entführen"),
        {},
        None,
        set(),
    ),
    (
        "injured people say nothing of an attacker: accidents and disasters injure too",
        PASSIVE.format(
            aux="wurden", aux_lemma="werden", verb="verletzt", verb_lemma="verletzen"
        ).replace("Helfer/Helfer", "Menschen/Mensch"),
        {},
        None,
        set(),
    ),
    (
        "victims with a nationality are that state's",
        "In/in/ADP/2/case Bagdad/Bagdad/PROPN/7/obl wurden/werden/AUX/7/aux:pass "
        "drei/drei/NUM/6/nummod französische/französisch/ADJ/6/amod "
        "Journalisten/Journalist/NOUN/7/nsubj:pass entführt/entführen/VERB/0/root "
        "././PUNCT/7/punct",
        {"französische": ["FRA"]},
        None,
        {("ASSAULT", ("IRQ",), ("FRA",), "asserted")},
    ),
    (
        "without a place in the clause the home state does not attack (the attack may be abroad)",
        "Zwei/zwei/NUM/2/nummod Helfer/Helfer/NOUN/4/nsubj:pass wurden/werden/AUX/4/aux:pass "
        "entführt/entführen/VERB/0/root ././PUNCT/4/punct",
        {},
        "DEU",
        set(),
    ),
    (
        "an attack noun that tells the act happened (bei) takes the state of its place",
        "Bei/bei/ADP/3/case einem/ein/DET/3/det Anschlag/Anschlag/NOUN/8/obl "
        "in/in/ADP/5/case Bagdad/Bagdad/PROPN/3/nmod starben/sterben/VERB/0/root "
        "zwei/zwei/NUM/8/nummod Menschen/Mensch/NOUN/6/nsubj ././PUNCT/6/punct",
        {},
        None,
        {("ASSAULT", ("IRQ",), ("IRQ",), "asserted")},
    ),
    (
        "an attack feared is no attack, whatever its place",
        "Man/man/PRON/2/nsubj fürchtet/fürchten/VERB/0/root einen/ein/DET/4/det "
        "Anschlag/Anschlag/NOUN/2/obj in/in/ADP/6/case Bagdad/Bagdad/PROPN/4/nmod "
        "././PUNCT/2/punct",
        {},
        None,
        set(),
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "home", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_codes_acts_whose_agent_the_sentence_does_not_name(vocab, spec, mentions, home, expected):
    doc = make_doc(vocab, spec, mentions)
    doc._.home_state = HomeState(home, "dateline (3)") if home else None
    assert coded(doc) == expected


def test_a_named_agent_is_no_unnamed_one(vocab):
    # "In Bagdad wurden zwei Helfer von der Polizei festgehalten": the police act, not rebels
    doc = make_doc(
        vocab,
        "In/in/ADP/2/case Bagdad/Bagdad/PROPN/6/obl wurden/werden/AUX/6/aux:pass "
        "zwei/zwei/NUM/5/nummod Helfer/Helfer/NOUN/6/nsubj:pass entführt/entführen/VERB/0/root "
        "von/von/ADP/9/case der/der/DET/9/det Polizei/Polizei/NOUN/6/obl:agent ././PUNCT/6/punct",
        {"Polizei": ["DEU/COP"]},
    )
    assert coded(doc) == {("ASSAULT", ("DEU",), ("IRQ",), "asserted")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town the knowledge base does not know: the place resolver's gazetteer does
        ("In Pforzheim wurde am Montag ein Geschäftsmann entführt.", {("ASSAULT", "DEU", "DEU")}),
        ("Am Montag wurde ein Geschäftsmann entführt.", set()),
    ],
)
def test_pipeline_places_unnamed_kidnappers_where_the_clause_says(nlp, text, expected):
    assert analysed(nlp, text, "2011-02-14") == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # "Israel griff Ziele in Gaza an . In Gaza wurden zwei Helfer entführt ."
        (
            "Israel/Israel/PROPN/2/nsubj griff/greifen/VERB/0/root Ziele/Ziel/NOUN/2/obj "
            "in/in/ADP/5/case Gaza/Gaza/PROPN/2/obl an/an/ADP/2/compound:prt ././PUNCT/2/punct",
            {("ASSAULT", ("ISR",), ("PSE",), "asserted")},
        ),
        # "Israel schwieg .": no attack told before, so the place's state acts
        (
            "Israel/Israel/PROPN/2/nsubj schwieg/schweigen/VERB/0/root ././PUNCT/2/punct",
            {("ASSAULT", ("PSE",), ("PSE",), "asserted")},
        ),
    ],
    ids=["an attack told before names the attacker", "without one the place's state acts"],
)
def test_an_agentless_attack_continues_the_attack_told_before(vocab, first, expected):
    # "In Gaza wurden zwei Helfer entführt .", its heads after the first sentence's tokens
    n = len(first.split())
    then = (
        f"In/in/ADP/{n + 2}/case Gaza/Gaza/PROPN/{n + 6}/obl wurden/werden/AUX/{n + 6}/aux:pass "
        f"zwei/zwei/NUM/{n + 5}/nummod Helfer/Helfer/NOUN/{n + 6}/nsubj:pass "
        f"entführt/entführen/VERB/0/root ././PUNCT/{n + 6}/punct"
    )
    doc = make_doc(vocab, f"{first} {then}", {"Israel": ["ISR"], "Gaza": ["PSE"]})
    assert coded(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Montag explodierte in Riad eine Autobombe. Vier saudische Polizisten wurden "
            "getötet.",
            {("ASSAULT", "SAU", "SAU")},
        ),
        # the victims' state is not where the story is: who attacked them, the text leaves open
        # (the bomb going off in Rome is an attack by unnamed attackers in Italy)
        (
            "Am Montag explodierte in Rom eine Autobombe. Vier saudische Polizisten wurden "
            "getötet.",
            {("ASSAULT", "ITA", "ITA")},
        ),
        ("Vier saudische Polizisten wurden getötet.", set()),
    ],
)
def test_pipeline_places_an_attack_on_locals_where_the_story_is(nlp, text, expected):
    assert analysed(nlp, text, "2004-12-06") == expected
