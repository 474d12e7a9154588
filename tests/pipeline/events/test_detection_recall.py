"""Constructions through which German news reports an event that no codebook predicate
carries on its own: a demand reported with a deontic modal, a proposal answered by another
act, an attack whose attackers are unnamed, a verb the lemmatizer gave another lemma.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc

RICE = {"text": "Der Iran müsse die Anreicherung beenden", "speaker": "Rice", "actors": ["USA"]}

# (name, tokens, mentions, quote, expected events)
CASES = [
    (
        "a deontic modal in reported speech is the speaker's demand on its subject",
        "Der/der/DET/2/det Iran/Iran/PROPN/6/nsubj müsse/müssen/AUX/6/aux "
        "die/der/DET/5/det Anreicherung/Anreicherung/NOUN/6/obj beenden/beenden/VERB/0/root "
        ",/,/PUNCT/8/punct so/so/ADV/9/advmod Rice/Rice/PROPN/6/parataxis ././PUNCT/6/punct",
        {"Iran": ["IRN"], "Rice": ["USA"]},
        RICE,
        {("REQUEST", ("USA",), ("IRN",), "asserted")},
    ),
    (
        "what a reported demand asks for is its content, not an event",
        "Russland/Russland/PROPN/6/nsubj muss/müssen/AUX/6/aux seine/sein/DET/4/det:poss "
        "Truppen/Truppe/NOUN/6/obj sofort/sofort/ADV/6/advmod abziehen/abziehen/VERB/0/root "
        ",/,/PUNCT/8/punct sagte/sagen/VERB/6/parataxis Scholz/Scholz/PROPN/8/nsubj "
        "././PUNCT/6/punct",
        {"Russland": ["RUS"], "Scholz": ["scholz"]},
        {
            "text": "Russland muss seine Truppen sofort abziehen",
            "speaker": "Scholz",
            "actors": ["scholz"],
        },
        {("REQUEST", ("DEU",), ("RUS",), "asserted")},
    ),
    (
        "a negated modal lifts the obligation: no demand",
        "Der/der/DET/2/det Iran/Iran/PROPN/7/nsubj müsse/müssen/AUX/7/aux "
        "nicht/nicht/PART/7/advmod "
        "die/der/DET/6/det Anreicherung/Anreicherung/NOUN/7/obj beenden/beenden/VERB/0/root "
        ",/,/PUNCT/9/punct so/so/ADV/10/advmod Rice/Rice/PROPN/7/parataxis ././PUNCT/7/punct",
        {"Iran": ["IRN"], "Rice": ["USA"]},
        {**RICE, "text": "Der Iran müsse nicht die Anreicherung beenden"},
        set(),
    ),
    (
        "sollen with a perfect infinitive reports hearsay, not a demand",
        "Der/der/DET/2/det Iran/Iran/PROPN/6/nsubj soll/sollen/AUX/6/aux "
        "die/der/DET/5/det Information/Information/NOUN/6/obj erhalten/erhalten/VERB/0/root "
        "haben/haben/AUX/6/aux ,/,/PUNCT/9/punct so/so/ADV/10/advmod Rice/Rice/PROPN/6/parataxis "
        "././PUNCT/6/punct",
        {"Iran": ["IRN"], "Rice": ["USA"]},
        {**RICE, "text": "Der Iran soll die Information erhalten haben"},
        set(),
    ),
    (
        "the subject of a passive under a modal is no addressee",
        "Die/der/DET/2/det Ukraine/Ukraine/PROPN/4/nsubj:pass muss/müssen/AUX/4/aux "
        "gehört/hören/VERB/0/root werden/werden/AUX/4/aux:pass ,/,/PUNCT/8/punct "
        "so/so/ADV/8/advmod Rice/Rice/PROPN/4/parataxis ././PUNCT/4/punct",
        {"Ukraine": ["UKR"], "Rice": ["USA"]},
        {"text": "Die Ukraine muss gehört werden", "speaker": "Rice", "actors": ["USA"]},
        set(),
    ),
    (
        "the speaker's own side under a modal is no addressee",
        "Wir/wir/PRON/5/nsubj müssen/müssen/AUX/5/aux den/der/DET/4/det Iran/Iran/PROPN/5/obj "
        "überzeugen/überzeugen/VERB/0/root ,/,/PUNCT/8/punct sagte/sagen/VERB/5/parataxis "
        "Rice/Rice/PROPN/7/nsubj ././PUNCT/5/punct",
        {"Rice": ["USA"], "Iran": ["IRN"]},
        {"text": "Wir müssen den Iran überzeugen", "speaker": "Rice", "actors": ["USA"]},
        set(),
    ),
    (
        "a demand with its own author that another act rejects is reported too",
        "Eine/ein/DET/2/det Forderung/Forderung/NOUN/5/obj der/der/DET/4/det/Case=Gen "
        "EU/EU/PROPN/2/nmod/Case=Gen lehnte/lehnen/VERB/0/root Israel/Israel/PROPN/5/nsubj "
        "ab/ab/ADP/5/compound:prt ././PUNCT/5/punct",
        {"EU": ["EU"], "Israel": ["ISR"]},
        None,
        {("REJECT", ("ISR",), ("EU",), "asserted"), ("REQUEST", ("EU",), ("ISR",), "asserted")},
    ),
    (
        "a criticism with its own author that is rejected in the passive is reported too",
        "Die/der/DET/2/det Kritik/Kritik/NOUN/8/nsubj:pass der/der/DET/4/det/Case=Gen "
        "EU/EU/PROPN/2/nmod/Case=Gen an/an/ADP/6/case Israel/Israel/PROPN/2/nmod "
        "wurde/werden/AUX/8/aux:pass zurückgewiesen/zurückweisen/VERB/0/root ././PUNCT/8/punct",
        {"EU": ["EU"], "Israel": ["ISR"]},
        None,
        {("ACCUSE", ("EU",), ("ISR",), "asserted")},
    ),
    (
        "one's own side's statement answered at home is not coded a second time",
        "Die/der/DET/2/det Opposition/Opposition/NOUN/3/nsubj bezweifelte/bezweifeln/VERB/0/root "
        "das/der/DET/5/det Dementi/Dementi/NOUN/3/obj der/der/DET/7/det/Case=Gen "
        "Regierung/Regierung/NOUN/5/nmod/Case=Gen ././PUNCT/3/punct",
        {"Opposition": ["DEU/OPP"], "Regierung": ["scholz"]},
        None,
        {("ACCUSE", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "with a verb of coming, the aus-phrase is the source of the criticism",
        "Aus/aus/ADP/2/case Berlin/Berlin/PROPN/3/obl kam/kommen/VERB/0/root "
        "Kritik/Kritik/NOUN/3/nsubj an/an/ADP/6/case Israel/Israel/PROPN/4/nmod ././PUNCT/3/punct",
        {"Berlin": ["DEU"], "Israel": ["ISR"]},
        None,
        {("ACCUSE", ("DEU",), ("ISR",), "asserted")},
    ),
    (
        "a demand without an author of its own is only the content of the rejection",
        "Eine/ein/DET/2/det Waffenruhe/Waffenruhe/NOUN/3/obj lehnte/lehnen/VERB/0/root "
        "Israel/Israel/PROPN/3/nsubj ab/ab/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Israel": ["ISR"]},
        None,
        set(),
    ),
    (
        "a diplomat summoned in the passive is summoned by the government of the place",
        "Der/der/DET/2/det Botschafter/Botschafter/NOUN/7/nsubj:pass "
        "Russlands/Russland/PROPN/2/nmod/Case=Gen wurde/werden/AUX/7/aux:pass "
        "in/in/ADP/6/case Berlin/Berlin/PROPN/7/obl einbestellt/einbestellen/VERB/0/root "
        "././PUNCT/7/punct",
        {"Russlands": ["RUS"]},
        None,
        {("ACCUSE", ("DEU",), ("RUS",), "asserted")},
    ),
    (
        "a conviction in the agentless passive is by a court of the place",
        "Nawalny/Nawalny/PROPN/8/nsubj:pass wurde/werden/AUX/8/aux:pass in/in/ADP/4/case "
        "Moskau/Moskau/PROPN/8/obl zu/zu/ADP/7/case fünf/fünf/NUM/7/nummod "
        "Jahren/Jahr/NOUN/8/obl verurteilt/verurteilen/VERB/0/root ././PUNCT/8/punct",
        {"Nawalny": ["putin"]},
        None,
        {("SANCTION", ("RUS",), ("RUS",), "asserted")},
    ),
    (
        "pressure exerted on someone is a demand on him",
        "Die/der/DET/2/det USA/USA/PROPN/3/nsubj übten/üben/VERB/0/root Druck/Druck/NOUN/3/obj "
        "auf/auf/ADP/6/case China/China/PROPN/3/obl aus/aus/ADP/3/compound:prt ././PUNCT/3/punct",
        {"USA": ["USA"], "China": ["CHN"]},
        None,
        {("REQUEST", ("USA",), ("CHN",), "asserted")},
    ),
    (
        "tear gas used against someone is crowd control",
        "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj setzte/setzen/VERB/0/root "
        "Tränengas/Tränengas/NOUN/3/obj gegen/gegen/ADP/6/case "
        "Demonstranten/Demonstrant/NOUN/3/obl ein/ein/ADP/3/compound:prt ././PUNCT/3/punct",
        {"Polizei": ["DEU/COP"], "Demonstranten": ["DEU/CVL"]},
        None,
        {("ASSAULT", ("DEU",), ("DEU",), "asserted")},
    ),
    (
        "setting something on fire is an attack",
        "Anhänger/Anhänger/NOUN/3/nsubj Russlands/Russland/PROPN/1/nmod/Case=Gen "
        "setzten/setzen/VERB/0/root das/der/DET/5/det Büro/Büro/NOUN/3/obj in/in/ADP/7/case "
        "Brand/Brand/NOUN/3/obl ././PUNCT/3/punct",
        {"Russlands": ["RUS"]},
        None,
        {("ASSAULT", ("RUS",), (), "asserted")},
    ),
    (
        "money put at someone's disposal is aid",
        "Deutschland/Deutschland/PROPN/2/nsubj stellte/stellen/VERB/0/root "
        "Polen/Polen/PROPN/2/iobj/Case=Dat Geld/Geld/NOUN/2/obj zur/zu/ADP/6/case "
        "Verfügung/Verfügung/NOUN/2/obl ././PUNCT/2/punct",
        {"Deutschland": ["DEU"], "Polen": ["POL"]},
        None,
        {("AID", ("DEU",), ("POL",), "asserted")},
    ),
    (
        "stopping cooperation with someone reduces relations",
        "Der/der/DET/2/det Iran/Iran/PROPN/8/nsubj hat/haben/AUX/8/aux "
        "die/der/DET/5/det Zusammenarbeit/Zusammenarbeit/NOUN/8/obj mit/mit/ADP/7/case "
        "Israel/Israel/PROPN/5/nmod eingestellt/einstellen/VERB/0/root ././PUNCT/8/punct",
        {"Iran": ["IRN"], "Israel": ["ISR"]},
        None,
        {("SANCTION", ("IRN",), ("ISR",), "asserted")},
    ),
    (
        "declaring diplomats personae non gratae expels them",
        "Polen/Polen/PROPN/2/nsubj erklärte/erklären/VERB/0/root zwei/zwei/NUM/4/nummod "
        "Diplomaten/Diplomat/NOUN/2/obj Russlands/Russland/PROPN/4/nmod/Case=Gen "
        "zu/zu/ADP/8/case unerwünschten/unerwünscht/ADJ/8/amod Personen/Person/NOUN/2/obl "
        "././PUNCT/2/punct",
        {"Polen": ["POL"], "Russlands": ["RUS"]},
        None,
        {("SANCTION", ("POL",), ("RUS",), "asserted")},
    ),
    (
        "closing one's embassy in a state withdraws from it",
        "Die/der/DET/2/det USA/USA/PROPN/3/nsubj schlossen/schließen/VERB/0/root "
        "ihre/ihr/DET/5/det:poss Botschaft/Botschaft/NOUN/3/obj in/in/ADP/7/case "
        "Russland/Russland/PROPN/5/nmod ././PUNCT/3/punct",
        {"USA": ["USA"], "Russland": ["RUS"]},
        None,
        {("SANCTION", ("USA",), ("RUS",), "asserted")},
    ),
    (
        "going into someone's demand concedes it",
        "Russland/Russland/PROPN/2/nsubj ging/gehen/VERB/0/root auf/auf/ADP/5/case "
        "die/der/DET/5/det Forderung/Forderung/NOUN/2/obl der/der/DET/7/det/Case=Gen "
        "Ukraine/Ukraine/PROPN/5/nmod/Case=Gen ein/ein/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Russland": ["RUS"], "Ukraine": ["UKR"]},
        None,
        {("CONCEDE", ("RUS",), ("UKR",), "asserted")},
    ),
    (
        "speaking out against someone's plan rejects it",
        "Polen/Polen/PROPN/2/nsubj sprach/sprechen/VERB/0/root sich/sich/PRON/2/obj "
        "gegen/gegen/ADP/6/case den/der/DET/6/det Plan/Plan/NOUN/2/obl "
        "Russlands/Russland/PROPN/6/nmod/Case=Gen aus/aus/ADP/2/compound:prt ././PUNCT/2/punct",
        {"Polen": ["POL"], "Russlands": ["RUS"]},
        None,
        {("REJECT", ("POL",), ("RUS",), "asserted")},
    ),
    (
        "an infinitive is its own lemma when the lemmatizer gave another verb",
        "Russland/Russland/PROPN/2/nsubj versuchte/versuchen/VERB/0/root ,/,/PUNCT/7/punct "
        "die/der/DET/5/det Ukraine/Ukraine/PROPN/7/obj zu/zu/PART/7/mark "
        "drängen/dringen/VERB/2/xcomp ././PUNCT/2/punct",
        {"Russland": ["RUS"], "Ukraine": ["UKR"]},
        None,
        {("REQUEST", ("RUS",), ("UKR",), "asserted")},
    ),
]


@pytest.mark.parametrize(
    ("spec", "mentions", "quote", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_codes_events_no_single_predicate_carries(vocab, spec, mentions, quote, expected):
    assert coded(make_doc(vocab, spec, mentions, quote)) == expected


# "Bei einem Anschlag in Bagdad wurden 18 Menschen getötet ." with and without the place
KILLED = (
    "Bei/bei/ADP/3/case einem/ein/DET/3/det Anschlag/Anschlag/NOUN/9/obl {place}"
    "wurden/werden/AUX/9/aux:pass 18/18/NUM/8/nummod Menschen/Mensch/NOUN/9/nsubj:pass "
    "getötet/töten/VERB/0/root ././PUNCT/9/punct"
)
IN_BAGHDAD = "in/in/ADP/5/case Bagdad/Bagdad/PROPN/3/nmod "


@pytest.mark.parametrize(
    ("place", "home", "expected"),
    [
        # … and the victims no phrase gives a state of are that state's people
        (IN_BAGHDAD, None, {("ASSAULT", ("IRQ",), ("IRQ",), "asserted")}),
        # without a place the attackers are not the home state's: an attack may be abroad
        ("", "DEU", set()),
    ],
    ids=["unnamed attackers take the state where they strike", "no place, no attacker"],
)
def test_an_agentless_killing_is_coded_with_the_state_where_it_happened(
    vocab, place, home, expected
):
    from lagebild.pipeline.actors.home import HomeState

    spec = KILLED.format(place=place)
    if not place:  # renumber the heads of the sentence without the two place tokens
        spec = spec.replace("/9/", "/7/").replace("/8/nummod", "/6/nummod")
    doc = make_doc(vocab, spec, {})
    doc._.home_state = HomeState(home, "dateline (3)") if home else None
    assert coded(doc) == expected


EXPELLED = (
    "Der/der/DET/2/det Botschafter/Botschafter/NOUN/4/nsubj:pass "
    "Russlands/Russland/PROPN/2/nmod/Case=Gen ausgewiesen/ausweisen/VERB/0/root "
    "wurde/werden/AUX/4/aux:pass ././PUNCT/4/punct"
)


def test_a_diplomat_expelled_without_a_place_is_not_expelled_by_his_own_state(vocab):
    from lagebild.pipeline.actors.home import HomeState

    doc = make_doc(vocab, EXPELLED, {"Russlands": ["RUS"]})
    doc._.home_state = HomeState("RUS", "dateline (3)")  # a story about Russia
    assert coded(doc) == set()


def test_an_event_nouns_author_in_a_foreign_capital_is_no_visitor(vocab):
    doc = make_doc(
        vocab,
        "Die/der/DET/2/det Forderung/Forderung/NOUN/5/nsubj der/der/DET/4/det/Case=Gen "
        "USA/USA/PROPN/2/nmod/Case=Gen stieß/stoßen/VERB/0/root in/in/ADP/7/case "
        "Moskau/Moskau/PROPN/5/obl auf/auf/ADP/9/case Ablehnung/Ablehnung/NOUN/5/obl "
        "././PUNCT/5/punct",
        {"USA": ["USA"]},
    )
    from lagebild.pipeline.actors.home import HomeState

    doc._.home_state = HomeState("USA", "dateline (3)")  # so that the demand is coded
    assert {event[0] for event in coded(doc)} == {"REQUEST"}


# "Die Partei wurde verboten ." in a story about Iran: only a state bans, censors, seizes
BANNED = (
    "Die/der/DET/2/det Partei/Partei/NOUN/4/nsubj:pass wurde/werden/AUX/4/aux:pass "
    "verboten/verbieten/VERB/0/root ././PUNCT/4/punct"
)


def test_an_agentless_ban_is_the_home_states(vocab):
    from lagebild.pipeline.actors.home import HomeState

    doc = make_doc(vocab, BANNED, {})
    doc._.home_state = HomeState("IRN", "dateline (3)")
    assert {(e[0], e[1]) for e in coded(doc)} == {("COERCE", ("IRN",))}


MEMBER_REJECTS = (
    "Auch/auch/ADV/3/advmod China/China/PROPN/3/nsubj lehnt/ablehnen/VERB/0/root "
    "die/der/DET/5/det Reform/Reform/NOUN/3/obj ab/ab/ADP/3/compound:prt ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        # in a story datelined at the EU's seat, what a state rejects is the EU's doing ...
        ("EU", "EU"),
        # ... elsewhere the home state's
        (None, "BEL"),
    ],
)
def test_a_statement_in_a_story_at_a_bodys_seat_addresses_the_body(vocab, body, addressee):
    from lagebild.pipeline.actors.home import HomeState

    doc = make_doc(vocab, MEMBER_REJECTS, {"China": ["CHN"]})
    doc._.home_state = HomeState("BEL", "dateline (3)", body=body)
    assert ("REJECT", ("CHN",), (addressee,)) in {(t, a, r) for t, a, r, *_ in coded(doc)}
