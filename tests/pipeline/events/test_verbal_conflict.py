"""ACCUSE, REJECT and THREATEN (issue 13, branch ``evverbal``): the constructions of German
that carry a threat, an accusation or a rejection beyond the plain verb.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors.home import HomeState
from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, home state, expected events)
CASES = [
    (
        "an announced attack (zu-infinitive parsed as ccomp) is the announcer's threat",
        "Frankreich/Frankreich/PROPN/2/nsubj kündigte/kündigen/VERB/0/root "
        "an/an/ADP/2/compound:prt ,/,/PUNCT/8/punct militärisch/militärisch/ADV/8/advmod "
        "gegen/gegen/ADP/7/case Iran/Iran/PROPN/8/obl vorzugehen/vorgehen/VERB/2/ccomp "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        None,
        {("THREATEN", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "an announced attack on no coded target is a threat addressed at home, as a speech act",
        "Die/der/DET/2/det Opposition/Opposition/NOUN/3/nsubj kündigte/kündigen/VERB/0/root "
        "an/an/ADP/3/compound:prt ,/,/PUNCT/8/punct die/der/DET/7/det "
        "Parade/Parade/NOUN/8/obj anzugreifen/angreifen/VERB/3/xcomp ././PUNCT/3/punct",
        {"Opposition": ["DEU/OPP"]},
        "DEU",
        {("THREATEN", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "an announced attack with no target and no home story is no event",
        "Die/der/DET/2/det Opposition/Opposition/NOUN/3/nsubj kündigte/kündigen/VERB/0/root "
        "an/an/ADP/3/compound:prt ,/,/PUNCT/8/punct die/der/DET/7/det "
        "Parade/Parade/NOUN/8/obj anzugreifen/angreifen/VERB/3/xcomp ././PUNCT/3/punct",
        {"Opposition": ["DEU/OPP"]},
        None,
        set(),
    ),
    (
        "announced seizure of land has no default addressee at home",
        "Die/der/DET/2/det Opposition/Opposition/NOUN/3/nsubj kündigte/kündigen/VERB/0/root "
        "an/an/ADP/3/compound:prt ,/,/PUNCT/8/punct einige/einige/DET/7/det "
        "Gebiete/Gebiet/NOUN/8/obj einzunehmen/einnehmen/VERB/3/xcomp ././PUNCT/3/punct",
        {"Opposition": ["DEU/OPP"]},
        "DEU",
        set(),
    ),
    (
        "the durch-phrase of a criticism noun is its author",
        "Die/der/DET/2/det Kritik/Kritik/NOUN/8/nsubj an/an/ADP/4/case Iran/Iran/PROPN/2/nmod "
        "durch/durch/ADP/6/case Frankreich/Frankreich/PROPN/2/nmod war/sein/AUX/8/cop "
        "scharf/scharf/ADJ/0/root ././PUNCT/8/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        None,
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "the durch-phrase of a threat noun is who threatens",
        "Die/der/DET/2/det Drohungen/Drohung/NOUN/8/nsubj gegen/gegen/ADP/4/case "
        "Polen/Polen/PROPN/2/nmod durch/durch/ADP/6/case Russland/Russland/PROPN/2/nmod "
        "waren/sein/AUX/8/cop scharf/scharf/ADJ/0/root ././PUNCT/8/punct",
        {"Russland": ["RUS"], "Polen": ["POL"]},
        None,
        {("THREATEN", ("RUS",), ("POL",), "asserted")},
    ),
    (
        "applying for a warrant against someone is a legal accusation, not a request",
        "Frankreich/Frankreich/PROPN/2/nsubj beantragte/beantragen/VERB/0/root "
        "einen/ein/DET/4/det Haftbefehl/Haftbefehl/NOUN/2/obj gegen/gegen/ADP/6/case "
        "Iran/Iran/PROPN/4/nmod ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Iran": ["IRN"]},
        None,
        {("ACCUSE", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "voting against another's proposal rejects it",
        "Frankreich/Frankreich/PROPN/2/nsubj stimmte/stimmen/VERB/0/root gegen/gegen/ADP/5/case "
        "den/der/DET/5/det Plan/Plan/NOUN/2/obl Irans/Iran/PROPN/5/nmod/Case=Gen "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Irans": ["IRN"]},
        None,
        {("REJECT", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "voting for a proposal rejects nothing",
        "Frankreich/Frankreich/PROPN/2/nsubj stimmte/stimmen/VERB/0/root für/für/ADP/5/case "
        "den/der/DET/5/det Plan/Plan/NOUN/2/obl Irans/Iran/PROPN/5/nmod/Case=Gen "
        "././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Irans": ["IRN"]},
        None,
        # it backs the plan's author (session 13: "stimmen für" is SUPPORT)
        {("SUPPORT", ("FRA",), ("IRN",), "asserted")},
    ),
    (
        "the votes against came from several states: their rejection",
        "Die/der/DET/3/det zwei/zwei/NUM/3/nummod Gegenstimmen/Gegenstimme/NOUN/4/nsubj "
        "kamen/kommen/VERB/0/root von/von/ADP/6/case Frankreich_und_Polen/Frankreich/PROPN/4/obl "
        "././PUNCT/4/punct",
        {"Frankreich und Polen": ["FRA", "POL"]},
        None,
        {("REJECT", ("FRA", "POL"), (), "asserted")},
    ),
    (
        "a fronted accusative event noun parsed as a second subject is the support verb's object",
        "Drohungen/Drohung/NOUN/6/nsubj/Case=Acc hat/haben/AUX/6/aux "
        "Russland/Russland/PROPN/6/nsubj gegen/gegen/ADP/5/case Polen/Polen/PROPN/6/obl "
        "ausgesprochen/aussprechen/VERB/0/root ././PUNCT/6/punct",
        {"Russland": ["RUS"], "Polen": ["POL"]},
        None,
        {("THREATEN", ("RUS",), ("POL",), "asserted")},
    ),
    (
        "a nominative event noun beside another subject stays the subject (no support)",
        "Drohungen/Drohung/NOUN/6/nsubj/Case=Nom hat/haben/AUX/6/aux "
        "Russland/Russland/PROPN/6/nsubj gegen/gegen/ADP/5/case Polen/Polen/PROPN/6/obl "
        "ausgesprochen/aussprechen/VERB/0/root ././PUNCT/6/punct",
        {"Russland": ["RUS"], "Polen": ["POL"]},
        None,
        set(),
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "home", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_codes_the_verbal_conflict_construction(vocab, spec, mentions, home, expected):
    doc = make_doc(vocab, spec, mentions)
    doc._.home_state = HomeState(home, "dateline (3)") if home else None
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("auxiliary", "lemma", "threat"),
    [("würde", "werden", True), ("könnte", "können", False), ("dürfte", "dürfen", False)],
)
def test_only_what_one_would_do_is_a_threat_not_what_one_could_do(vocab, auxiliary, lemma, threat):
    """ "Die EU würde Sanktionen verhängen" commits to an act; "könnte / dürfte" only states
    a possibility (speculation by the writer as often as not), which stays hypothetical."""
    doc = make_doc(
        vocab,
        f"Die/der/DET/2/det EU/EU/PROPN/7/nsubj {auxiliary}/{lemma}/AUX/7/aux "
        "Sanktionen/Sanktion/NOUN/7/obj gegen/gegen/ADP/6/case Iran/Iran/PROPN/4/nmod "
        "verhängen/verhängen/VERB/0/root ././PUNCT/7/punct",
        {"EU": ["EU"], "Iran": ["IRN"]},
    )
    events = coded(doc)
    assert (("THREATEN", ("EU",), ("IRN",), "asserted") in events) is threat
    if not threat:
        assert ("SANCTION", ("EU",), ("IRN",), "hypothetical") in events


PLANS = [
    (
        "a plan told in the perfect is a past plot: no attack, no threat",
        "Russland/Russland/PROPN/3/nsubj soll/sollen/AUX/3/aux geplant/planen/VERB/0/root "
        "haben/haben/AUX/3/aux ,/,/PUNCT/7/punct Polen/Polen/PROPN/7/obj "
        "anzugreifen/angreifen/VERB/3/xcomp ././PUNCT/3/punct",
        set(),
    ),
    (
        "a present plan declared is a threat",
        "Russland/Russland/PROPN/2/nsubj plant/planen/VERB/0/root ,/,/PUNCT/5/punct "
        "Polen/Polen/PROPN/5/obj anzugreifen/angreifen/VERB/2/xcomp ././PUNCT/2/punct",
        {("THREATEN", ("RUS",), ("POL",), "asserted")},
    ),
    (
        "an announcement in the perfect is still a threat",
        "Russland/Russland/PROPN/3/nsubj hat/haben/AUX/3/aux "
        "angekündigt/ankündigen/VERB/0/root ,/,/PUNCT/6/punct Polen/Polen/PROPN/6/obj "
        "anzugreifen/angreifen/VERB/3/xcomp ././PUNCT/3/punct",
        {("THREATEN", ("RUS",), ("POL",), "asserted")},
    ),
    (
        "a past intention (wollte) is a plot, not a threat",
        "Russland/Russland/PROPN/3/nsubj wollte/wollen/AUX/3/aux/Mood=Ind|Tense=Past "
        "angreifen/angreifen/VERB/0/root Polen/Polen/PROPN/3/obj ././PUNCT/3/punct",
        set(),
    ),
    (
        "a present intention (will) is a threat",
        "Russland/Russland/PROPN/3/nsubj will/wollen/AUX/3/aux/Mood=Ind|Tense=Pres "
        "angreifen/angreifen/VERB/0/root Polen/Polen/PROPN/3/obj ././PUNCT/3/punct",
        {("THREATEN", ("RUS",), ("POL",), "asserted")},
    ),
]


@pytest.mark.parametrize(("spec", "expected"), [c[1:] for c in PLANS], ids=[c[0] for c in PLANS])
def test_a_plan_told_as_past_is_a_plot_and_an_announced_attack_a_threat(vocab, spec, expected):
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Polen": ["POL"]})
    assert coded(doc) == expected
