"""Recall on fresh Wikinews text (issue 13 point 1, branch ``evrecall3``): idioms and
constructions of German news that the coder missed on unseen articles, one sentence each.

Hand-parsed sentences (see ``test_coder.make_doc``): the lexical entry is the point.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "beating on someone with the separable einschlagen is an assault",
        "Polizisten/Polizist/NOUN/2/nsubj schlugen/schlagen/VERB/0/root "
        "auf/auf/ADP/4/case Demonstranten/Demonstrant/NOUN/2/obl "
        "ein/ein/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polizisten": ["DEU/COP"], "Demonstranten": ["DEU/CVL"]},
        {("ASSAULT", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "taking a path with einschlagen is no assault",
        "Deutschland/Deutschland/PROPN/2/nsubj schlug/schlagen/VERB/0/root "
        "einen/ein/DET/5/det neuen/neu/ADJ/5/amod Weg/Weg/NOUN/2/obj "
        "ein/ein/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Deutschland": ["DEU"]},
        set(),
    ),
    (
        "a shell that strikes a place is no beating",
        "Die/der/DET/2/det Rakete/Rakete/NOUN/3/nsubj schlug/schlagen/VERB/0/root "
        "auf/auf/ADP/6/case dem/der/DET/6/det Gelände/Gelände/NOUN/3/obl "
        "Israels/Israel/PROPN/6/nmod/Case=Gen ein/ein/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Israels": ["ISR"]},
        set(),
    ),
    (
        "throwing in the towel is a resignation",
        "Scholz/Scholz/PROPN/2/nsubj warf/werfen/VERB/0/root das/der/DET/4/det "
        "Handtuch/Handtuch/NOUN/2/obj ././PUNCT/2/punct",
        {"Scholz": ["scholz"]},
        {("RETREAT", ("DEU",), (), "asserted")},
    ),
    (
        "clearing one's post is a resignation",
        "Merkel/Merkel/PROPN/2/nsubj räumte/räumen/VERB/0/root ihren/ihr/DET/4/det "
        "Posten/Posten/NOUN/2/obj ././PUNCT/2/punct",
        {"Merkel": ["merkel"]},
        {("RETREAT", ("DEU",), (), "asserted")},
    ),
    (
        "defending another's policy endorses its author",
        "Russland/Russland/PROPN/2/nsubj verteidigte/verteidigen/VERB/0/root "
        "die/der/DET/4/det Politik/Politik/NOUN/2/obj Chinas/China/PROPN/4/nmod/Case=Gen "
        "././PUNCT/2/punct",
        {"Russland": ["RUS"], "Chinas": ["CHN"]},
        {("SUPPORT", ("RUS",), ("CHN",), "asserted")},
    ),
    (
        "defending a town is no endorsement",
        "Die/der/DET/2/det Ukraine/Ukraine/PROPN/3/nsubj verteidigte/verteidigen/VERB/0/root "
        "die/der/DET/5/det Stadt/Stadt/NOUN/3/obj gegen/gegen/ADP/7/case "
        "Russland/Russland/PROPN/3/obl ././PUNCT/3/punct",
        {"Ukraine": ["UKR"], "Russland": ["RUS"]},
        set(),
    ),
    (
        "speaking of interference by another accuses it",
        "China/China/PROPN/2/nsubj sprach/sprechen/VERB/0/root von/von/ADP/5/case "
        "einer/ein/DET/5/det Einmischung/Einmischung/NOUN/2/obl "
        "der/der/DET/7/det/Case=Gen USA/USA/PROPN/5/nmod/Case=Gen ././PUNCT/2/punct",
        {"China": ["CHN"], "USA": ["USA"]},
        {("ACCUSE", ("CHN",), ("USA",), "asserted")},
    ),
    (
        "speaking of a breakthrough is no accusation",
        "China/China/PROPN/2/nsubj sprach/sprechen/VERB/0/root von/von/ADP/5/case "
        "einem/ein/DET/5/det Durchbruch/Durchbruch/NOUN/2/obl mit/mit/ADP/7/case "
        "den/der/DET/8/det USA/USA/PROPN/5/nmod ././PUNCT/2/punct",
        {"China": ["CHN"], "USA": ["USA"]},
        set(),
    ),
    (
        "a release from prison without a named actor is the state of the place",
        "Die/der/DET/2/det Häftlinge/Häftling/NOUN/9/nsubj:pass wurden/werden/AUX/9/aux:pass "
        "in/in/ADP/5/case Teheran/Teheran/PROPN/9/obl aus/aus/ADP/8/case der/der/DET/8/det "
        "Haft/Haft/NOUN/9/obl entlassen/entlassen/VERB/0/root ././PUNCT/9/punct",
        {"Teheran": ["IRN"]},
        {("RETREAT", ("IRN",), (), "asserted")},
    ),
]


@pytest.mark.parametrize(("name", "spec", "mentions", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fresh_text_idiom(vocab, name, spec, mentions, expected):
    doc = make_doc(vocab, spec, mentions)
    assert coded(doc) == expected
