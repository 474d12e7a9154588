"""Recall on fresh Wikinews text, session 10 (issue 13 point 1, branch ``evrecall10``):
constructions the coder missed on the blind-coded articles of
``training/events-coded/events-coded-s10.jsonl``, one sentence each, with the senses they
must not take.

Hand-parsed sentences (see ``test_coder.make_doc``): the lexical entry is the point.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "troops landing are deployed",
        "Die/der/DET/2/det US-Soldaten/US-Soldat/NOUN/4/nsubj sind/sein/AUX/4/aux "
        "gelandet/landen/VERB/0/root ././PUNCT/4/punct",
        {"US-Soldaten": ["USA/MIL"]},
        {("MOBILIZE", ("USA",), (), "asserted")},
    ),
    (
        "troops arriving in a country are deployed, not visiting",
        "Die/der/DET/2/det Bundeswehr/Bundeswehr/PROPN/6/nsubj ist/sein/AUX/6/aux "
        "in/in/ADP/5/case Polen/Polen/PROPN/6/obl eingetroffen/eintreffen/VERB/0/root "
        "././PUNCT/6/punct",
        {"Bundeswehr": ["DEU"], "Polen": ["POL"]},
        {("MOBILIZE", ("DEU",), (), "asserted")},
    ),
    (
        "a minister arriving in a foreign capital still visits it",
        "Scholz/Scholz/PROPN/2/nsubj traf/treffen/VERB/0/root in/in/ADP/4/case "
        "Polen/Polen/PROPN/2/obl ein/ein/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Scholz": ["scholz"], "Polen": ["POL"]},
        {("CONSULT", ("DEU",), ("POL",), "asserted")},
    ),
    (
        "the police arriving at a scene is no deployment",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj traf/treffen/VERB/0/root "
        "am/an/ADP/5/case Tatort/Tatort/NOUN/3/obl ein/ein/ADP/3/compound:prt "
        "././PUNCT/3/punct",
        {"Polizei": ["DEU/COP"]},
        set(),
    ),
    (
        "declaring satisfaction with another's statement supports it",
        "Frankreich/Frankreich/PROPN/2/nsubj erklärte/erklären/VERB/0/root "
        "seine/sein/DET/4/det:poss Zufriedenheit/Zufriedenheit/NOUN/2/obj "
        "über/über/ADP/7/case die/der/DET/7/det Äußerungen/Äußerung/NOUN/4/nmod "
        "Polens/Polen/PROPN/7/nmod/Case=Gen ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Polens": ["POL"]},
        {("SUPPORT", ("FRA",), ("POL",), "asserted")},
    ),
    (
        "being pleased about another's decision supports it",
        "Frankreich/Frankreich/PROPN/2/nsubj zeigte/zeigen/VERB/0/root "
        "sich/sich/PRON/2/obj erfreut/erfreut/ADJ/2/xcomp über/über/ADP/7/case "
        "die/der/DET/7/det Entscheidung/Entscheidung/NOUN/4/obl "
        "Polens/Polen/PROPN/7/nmod/Case=Gen ././PUNCT/2/punct",
        {"Frankreich": ["FRA"], "Polens": ["POL"]},
        {("SUPPORT", ("FRA",), ("POL",), "asserted")},
    ),
    (
        "a meeting named as the occasion of a statement took place",
        "Bei/bei/ADP/3/case einem/ein/DET/3/det Treffen/Treffen/NOUN/6/obl "
        "der/der/DET/5/det/Case=Gen Oppositionsführer/Oppositionsführer/NOUN/3/nmod/"
        "Case=Gen|Gender=Masc|Number=Sing sagte/sagen/VERB/0/root "
        "Merkel/Merkel/PROPN/6/nsubj ././PUNCT/6/punct",
        {"Oppositionsführer": ["DEU/OPP"], "Merkel": ["merkel"]},
        {("CONSULT", ("DEU",), (), "asserted")},
    ),
    (
        "a meeting named as a topic did not take place",
        "Merkel/Merkel/PROPN/2/nsubj sprach/sprechen/VERB/0/root über/über/ADP/5/case "
        "ein/ein/DET/5/det Treffen/Treffen/NOUN/2/obl "
        "der/der/DET/7/det/Case=Gen Oppositionsführer/Oppositionsführer/NOUN/5/nmod/"
        "Case=Gen|Gender=Masc|Number=Sing ././PUNCT/2/punct",
        {"Oppositionsführer": ["DEU/OPP"], "Merkel": ["merkel"]},
        set(),
    ),
    (
        "a meeting of one person is no meeting",
        "Bei/bei/ADP/3/case einem/ein/DET/3/det Treffen/Treffen/NOUN/6/obl "
        "des/der/DET/5/det/Case=Gen Kanzlers/Kanzler/NOUN/3/nmod/"
        "Case=Gen|Gender=Masc|Number=Sing sagte/sagen/VERB/0/root "
        "Merkel/Merkel/PROPN/6/nsubj ././PUNCT/6/punct",
        {"Kanzlers": ["scholz"], "Merkel": ["merkel"]},
        set(),
    ),
    (
        "publishing a report on abuses in a country alleges them against it",
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj veröffentlichte/veröffentlichen/VERB/0/root "
        "einen/ein/DET/5/det Bericht/Bericht/NOUN/3/obj über/über/ADP/7/case "
        "Folter/Folter/NOUN/5/nmod in/in/ADP/9/case China/China/PROPN/7/nmod ././PUNCT/3/punct",
        {"EU": ["EU"], "China": ["CHN"]},
        {("ACCUSE", ("EU",), ("CHN",), "asserted")},
    ),
    (
        "publishing a report on the situation in a country is no accusation",
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj veröffentlichte/veröffentlichen/VERB/0/root "
        "einen/ein/DET/5/det Bericht/Bericht/NOUN/3/obj über/über/ADP/8/case die/der/DET/8/det "
        "Lage/Lage/NOUN/5/nmod in/in/ADP/10/case China/China/PROPN/8/nmod ././PUNCT/3/punct",
        {"EU": ["EU"], "China": ["CHN"]},
        set(),
    ),
    (
        "an official setting out for a country on an errand visits it",
        "Scholz/Scholz/PROPN/2/nsubj brach/brechen/VERB/0/root zu/zu/ADP/5/case "
        "einer/ein/DET/5/det Mission/Mission/NOUN/2/obl nach/nach/ADP/7/case "
        "Polen/Polen/PROPN/5/nmod auf/auf/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Scholz": ["scholz"], "Polen": ["POL"]},
        {("CONSULT", ("DEU",), ("POL",), "asserted")},
    ),
    (
        "breaking a door open is no journey",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj brach/brechen/VERB/0/root "
        "die/der/DET/5/det Tür/Tür/NOUN/3/obj auf/auf/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Polizei": ["DEU/COP"]},
        set(),
    ),
    (
        "being pleased with a result of no one is no event",
        "Frankreich/Frankreich/PROPN/2/nsubj zeigte/zeigen/VERB/0/root "
        "sich/sich/PRON/2/obj zufrieden/zufrieden/ADJ/2/advmod mit/mit/ADP/7/case "
        "dem/der/DET/7/det Ergebnis/Ergebnis/NOUN/2/obl ././PUNCT/2/punct",
        {"Frankreich": ["FRA"]},
        set(),
    ),
]


@pytest.mark.parametrize(("name", "spec", "mentions", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fresh_text_s10_construction(vocab, name, spec, mentions, expected):
    doc = make_doc(vocab, spec, mentions)
    assert coded(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative pronoun of an intransitive verb is its subject, not an object
        (
            "Ein australisches Vorauskommando, das am Donnerstag landete, sicherte den Flughafen.",
            {("MOBILIZE", "AUS", "")},
        ),
        ("Die Bundeswehr ist mit 200 Soldaten in Mali eingetroffen.", {("MOBILIZE", "DEU", "")}),
        # a meeting as the occasion of a statement, through a chain of bei-phrases
        (
            "Bei ihrem Auftritt in Brüssel bei einem Treffen der Nato-Außenminister sagte Rice, "
            "die USA hielten sich an die Konvention.",
            {("CONSULT", "NATO", "")},
        ),
    ],
)
def test_fresh_text_s10_full_pipeline(nlp, text, expected):
    from tests.pipeline.events.test_coder import analysed

    assert analysed(nlp, text, "2006-05-27") == expected
