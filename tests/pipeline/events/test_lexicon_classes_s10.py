"""Event nouns of word classes the codebook lacked, session 10 round 2 (issue 13 point 1,
branch ``evlex10``): a revolt or mutiny is a riot, a wave of arrests is arrests,
*Beschlagnahme* is *Beschlagnahmung*, a *Militärübung* a manoeuvre, an *Anklageerhebung*
a charge; killing with knives or stones, sieges and evacuation by air are the acts of their
neighbours — with the senses they must not take.

Hand-parsed sentences (see ``test_coder.make_doc``): the lexical entry is the point.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

# (name, tokens, mentions, expected events)
CASES = [
    (
        "a revolt of soldiers is a riot",
        "In/in/ADP/2/case Brazzaville/Brazzaville/PROPN/3/obl begann/beginnen/VERB/0/root "
        "eine/ein/DET/5/det Revolte/Revolte/NOUN/3/nsubj der/der/DET/7/det "
        "Soldaten/Soldat/NOUN/5/nmod/Case=Gen ././PUNCT/3/punct",
        {"Soldaten": ["USA/MIL"]},
        {("PROTEST", ("USA",), ("USA",), "asserted")},
    ),
    (
        "a mutiny of soldiers is a riot",
        "Die/der/DET/2/det Meuterei/Meuterei/NOUN/6/nsubj:pass der/der/DET/4/det "
        "Soldaten/Soldat/NOUN/2/nmod/Case=Gen wurde/werden/AUX/6/aux:pass "
        "beendet/beenden/VERB/0/root ././PUNCT/6/punct",
        {"Soldaten": ["USA/MIL"]},
        {("PROTEST", ("USA",), ("USA",), "asserted")},
    ),
    (
        "a country in uproar is no riot",
        "Das/der/DET/2/det Land/Land/NOUN/5/nsubj ist/sein/AUX/5/cop in/in/ADP/5/case "
        "Aufruhr/Aufruhr/NOUN/0/root ././PUNCT/5/punct",
        {"Land": ["DEU"]},
        set(),
    ),
    (
        "a wave of arrests is arrests",
        "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj begann/beginnen/VERB/0/root "
        "eine/ein/DET/5/det Verhaftungswelle/Verhaftungswelle/NOUN/3/obj "
        "gegen/gegen/ADP/7/case Oppositionelle/Oppositionelle/NOUN/5/nmod ././PUNCT/3/punct",
        {"Regierung": ["IRN"]},
        {("COERCE", ("IRN",), (), "asserted")},
    ),
    (
        "Beschlagnahme is the act of seizing, as Beschlagnahmung",
        "Nach/nach/ADP/3/case der/der/DET/3/det Beschlagnahme/Beschlagnahme/NOUN/9/obl "
        "der/der/DET/5/det Zeitung/Zeitung/NOUN/3/nmod/Case=Gen durch/durch/ADP/8/case "
        "die/der/DET/8/det Behörden/Behörde/NOUN/3/nmod schwieg/schweigen/VERB/0/root "
        "Hu_Jia/Hu_Jia/PROPN/9/nsubj ././PUNCT/9/punct",
        {"Behörden": ["IRN"], "Hu Jia": ["hu"]},
        {("COERCE", ("IRN",), (), "asserted")},
    ),
    (
        "a military exercise is a manoeuvre",
        "Russland/Russland/PROPN/2/nsubj begann/beginnen/VERB/0/root eine/ein/DET/4/det "
        "Militärübung/Militärübung/NOUN/2/obj ././PUNCT/2/punct",
        {"Russland": ["RUS"]},
        {("MOBILIZE", ("RUS",), (), "asserted")},
    ),
    (
        "a bare exercise is practice, no manoeuvre",
        "Die/der/DET/2/det Übung/Übung/NOUN/5/nsubj der/der/DET/4/det "
        "Feuerwehr/Feuerwehr/NOUN/2/nmod/Case=Gen fand/finden/VERB/0/root "
        "statt/statt/ADP/5/compound:prt ././PUNCT/5/punct",
        {"Feuerwehr": ["DEU"]},
        set(),
    ),
    (
        "the raising of charges is a charge",
        "Die/der/DET/2/det Staatsanwaltschaft/Staatsanwaltschaft/NOUN/3/nsubj "
        "kündigte/ankündigen/VERB/0/root die/der/DET/5/det "
        "Anklageerhebung/Anklageerhebung/NOUN/3/obj gegen/gegen/ADP/7/case "
        "Hu_Jia/Hu_Jia/PROPN/5/nmod an/an/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Staatsanwaltschaft": ["CHN/JUD"], "Hu Jia": ["hu"]},
        {("ACCUSE", ("CHN",), ("CHN",), "future")},
    ),
    (
        "stabbing people to death is an assault with edged weapons",
        "US-Soldaten/US-Soldat/NOUN/2/nsubj erstachen/erstechen/VERB/0/root "
        "zwei/zwei/NUM/4/nummod Zivilisten/Zivilist/NOUN/2/obj ././PUNCT/2/punct",
        {"US-Soldaten": ["USA/MIL"], "Zivilisten": ["IRQ/CVL"]},
        {("ASSAULT", ("USA",), ("IRQ",), "asserted")},
    ),
    (
        "stoning people is an assault with stones",
        "Zivilisten/Zivilist/NOUN/3/nsubj:pass wurden/werden/AUX/3/aux:pass "
        "gesteinigt/steinigen/VERB/0/root von/von/ADP/5/case "
        "US-Soldaten/US-Soldat/NOUN/3/obl:agent ././PUNCT/3/punct",
        {"US-Soldaten": ["USA/MIL"], "Zivilisten": ["IRQ/CVL"]},
        {("ASSAULT", ("USA",), ("IRQ",), "asserted")},
    ),
    (
        "besieging a city restricts it",
        "US-Soldaten/US-Soldat/NOUN/2/nsubj belagerten/belagern/VERB/0/root "
        "Bagdad/Bagdad/PROPN/2/obj ././PUNCT/2/punct",
        {"US-Soldaten": ["USA/MIL"], "Bagdad": ["IRQ"]},
        {("COERCE", ("USA",), ("IRQ",), "asserted")},
    ),
    (
        "encircling a city restricts it",
        "US-Soldaten/US-Soldat/NOUN/4/nsubj haben/haben/AUX/4/aux Bagdad/Bagdad/PROPN/4/obj "
        "eingekesselt/einkesseln/VERB/0/root ././PUNCT/4/punct",
        {"US-Soldaten": ["USA/MIL"], "Bagdad": ["IRQ"]},
        {("COERCE", ("USA",), ("IRQ",), "asserted")},
    ),
    (
        "flying people out of danger is an evacuation",
        "Die/der/DET/2/det Bundeswehr/Bundeswehr/PROPN/3/nsubj flog/ausfliegen/VERB/0/root "
        "Zivilisten/Zivilist/NOUN/3/obj aus/aus/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Bundeswehr": ["DEU"], "Zivilisten": ["IRQ/CVL"]},
        {("AID", ("DEU",), ("IRQ",), "asserted")},
    ),
    (
        "strangling people is a killing",
        "Zivilisten/Zivilist/NOUN/3/nsubj:pass wurden/werden/AUX/3/aux:pass "
        "stranguliert/strangulieren/VERB/0/root von/von/ADP/5/case "
        "US-Soldaten/US-Soldat/NOUN/3/obl:agent ././PUNCT/3/punct",
        {"US-Soldaten": ["USA/MIL"], "Zivilisten": ["IRQ/CVL"]},
        {("ASSAULT", ("USA",), ("IRQ",), "asserted")},
    ),
    (
        "mutilating people is an assault",
        "US-Soldaten/US-Soldat/NOUN/4/nsubj haben/haben/AUX/4/aux "
        "Zivilisten/Zivilist/NOUN/4/obj verstümmelt/verstümmeln/VERB/0/root ././PUNCT/4/punct",
        {"US-Soldaten": ["USA/MIL"], "Zivilisten": ["IRQ/CVL"]},
        {("ASSAULT", ("USA",), ("IRQ",), "asserted")},
    ),
]


@pytest.mark.parametrize(("name", "spec", "mentions", "expected"), CASES, ids=[c[0] for c in CASES])
def test_lexicon_class_s10(vocab, name, spec, mentions, expected):
    doc = make_doc(vocab, spec, mentions)
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("compound", "expected"),
    [
        ("Verhaftungswelle", ("COERCE", "arrest")),
        ("Festnahmewelle", ("COERCE", "arrest")),
        ("Anschlagsserie", ("ASSAULT", None)),
        ("Streikwelle", ("PROTEST", "strike")),
        ("Rücktrittswelle", ("RETREAT", "resign")),
        # the modifier names no coded act: weather, economy, crime, a name
        ("Hitzewelle", None),
        ("Insolvenzwelle", None),
        ("Mordserie", None),
        ("Fernsehserie", None),
        ("Westerwelle", None),
        # the modifier itself, not its own compound head ("Einbruch" is no "Bruch")
        ("Einbruchserie", None),
    ],
)
def test_collective_compound_is_several_events_of_its_modifier(compound, expected):
    from lagebild.codebook.loader import load_codebook

    entries = load_codebook().nouns(compound.lower())
    assert ((entries[0].type, entries[0].mode) if entries else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Mob hat in Nigeria zwei Christen gelyncht.", {("ASSAULT", "NGA", "NGA")}),
        ("In Somalia wurde eine Frau von Islamisten gesteinigt.", {("ASSAULT", "SOM", "SOM")}),
        # "erschlagen" of being overwhelmed names no act
        ("Der Minister fühlte sich von der Bürokratie erschlagen.", set()),
        # the noun of a siege, with its agent
        (
            "Nach der Belagerung durch syrische Truppen ergab sich die Stadt Homs.",
            {("COERCE", "SYR", "SYR")},
        ),
    ],
)
def test_word_classes_full_pipeline(nlp, text, expected):
    from tests.pipeline.events.test_coder import analysed

    assert analysed(nlp, text, "2010-05-01") == expected
