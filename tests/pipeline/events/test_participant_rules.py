"""Who fills an event's actor and recipient (session 9): rules of German and of the guideline
about the phrases that name the participants.

Sentences are hand-parsed as the model parses them (see ``test_coder.make_doc``); mentions,
their kinds and the article's home state are set by hand, as ``lagebild_actors`` would.
"""

from __future__ import annotations

import pytest

from lagebild.analysis import Actor
from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.actors.home import HomeState
from lagebild.pipeline.events.detector import propose
from tests.pipeline.events.test_coder import coded, make_doc

THREAT = (
    "Israel/Israel/PROPN/2/nsubj drohte/drohen/VERB/0/root mit/mit/ADP/4/case "
    "Angriffen/Angriff/NOUN/2/obl ,/,/PUNCT/10/punct wenn/wenn/SCONJ/10/mark "
    "die/der/DET/8/det Hamas/Hamas/PROPN/10/nsubj nicht/nicht/PART/10/advmod "
    "aufhöre/aufhören/VERB/2/advcl ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("home", "expected"),
    [
        # in a story about Israel the threat is still aimed at the condition's subject,
        # not at a default addressee at home (the opposition)
        ("ISR", {("THREATEN", ("ISR",), ("PSE",), "asserted")}),
        (None, {("THREATEN", ("ISR",), ("PSE",), "asserted")}),
    ],
    ids=["story-about-the-threatening-state", "no-home-state"],
)
def test_a_conditional_threat_is_aimed_at_the_condition_before_any_default_addressee(
    vocab, home, expected
):
    doc = make_doc(vocab, THREAT, {"Israel": ["ISR"], "Hamas": ["PSE"]})
    doc._.home_state = HomeState(home, "dateline (3)") if home else None
    assert coded(doc) == expected


MEMBERS = (
    "Die/der/DET/2/det {members} China/China/PROPN/2/appos und/und/CCONJ/5/cc "
    "Indonesien/Indonesien/PROPN/3/conj lehnten/lehnen/VERB/0/root den/der/DET/8/det "
    "Vorschlag/Vorschlag/NOUN/6/obj Frankreichs/Frankreich/PROPN/8/nmod/Case=Gen "
    "ab/ab/ADP/6/compound:prt ././PUNCT/6/punct"
)
MEMBER_ACTORS = {
    "MMR": Actor(name="Myanmar", kind="state", code="MMR", sector="GOV"),
    "CHN": Actor(name="China", kind="state", code="CHN", sector="GOV"),
    "IDN": Actor(name="Indonesien", kind="state", code="IDN", sector="GOV"),
    "FRA": Actor(name="Frankreich", kind="state", code="FRA", sector="GOV"),
    "idn-person": Actor(name="Indonesien", kind="person", code="IDN", in_kb=False),
}


@pytest.mark.parametrize(
    ("members", "appositive", "expected"),
    [
        # a plural description named by the states in apposition: those states act
        (
            "Sicherheitsratsmitglieder/Sicherheitsratsmitglied/NOUN/6/nsubj/Number=Plur",
            "IDN",
            {("REJECT", ("CHN", "IDN"), ("FRA",), "asserted")},
        ),
        # a singular description is renamed, not listed: the linker's reading stands
        (
            "Ratsmitglied/Ratsmitglied/NOUN/6/nsubj/Number=Sing",
            "IDN",
            {("REJECT", ("MMR",), ("FRA",), "asserted")},
        ),
        # a person's name in apposition is linked less surely than the description
        (
            "Sicherheitsratsmitglieder/Sicherheitsratsmitglied/NOUN/6/nsubj/Number=Plur",
            "idn-person",
            {("REJECT", ("MMR",), ("FRA",), "asserted")},
        ),
    ],
    ids=["plural-description-with-states", "singular-description", "person-in-apposition"],
)
def test_states_in_apposition_name_the_members_of_a_plural_description(
    vocab, members, appositive, expected
):
    spec = MEMBERS.format(members=members)
    surface = members.split("/")[0]
    mentions = {f"Die {surface}": ["MMR"], "China": ["CHN"], "Indonesien": ["IDN"],
                "Frankreichs": ["FRA"]}  # fmt: skip
    doc = make_doc(vocab, spec, {k: ["RUS"] for k in mentions})
    for mention in doc._.mentions:  # the linker's kinds and ids, set by hand
        mention.actors = mentions[mention.text]
        if mention.text.startswith("Die "):
            mention.kind = "role"
        if mention.text == "Indonesien":
            mention.actors = [appositive]
    doc._.actors = MEMBER_ACTORS
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        # invited to talks with someone: the invitation is directed at him
        (
            "Die/der/DET/2/det EU/EU/PROPN/8/nsubj hat/haben/AUX/8/aux zu/zu/ADP/5/case "
            "Gesprächen/Gespräch/NOUN/8/obl mit/mit/ADP/7/case Iran/Iran/PROPN/5/nmod "
            "geladen/laden/VERB/0/root ././PUNCT/8/punct",
            {("AGREE", ("EU",), ("IRN",), "asserted")},
        ),
        # invited to a meeting of a body, without a partner: the body is invited
        (
            "Frankreich/Frankreich/PROPN/2/nsubj lud/laden/VERB/0/root zu/zu/ADP/5/case "
            "einem/ein/DET/5/det Gipfel/Gipfel/NOUN/2/obl der/der/DET/7/det/Case=Gen "
            "EU/EU/PROPN/5/nmod/Case=Gen ././PUNCT/2/punct",
            {("AGREE", ("FRA",), ("EU",), "asserted")},
        ),
        # the invitee named as the object comes first
        (
            "Frankreich/Frankreich/PROPN/2/nsubj lud/laden/VERB/0/root Israel/Israel/PROPN/2/obj "
            "zu/zu/ADP/5/case Gesprächen/Gespräch/NOUN/2/obl mit/mit/ADP/7/case "
            "Iran/Iran/PROPN/5/nmod ././PUNCT/2/punct",
            {("AGREE", ("FRA",), ("ISR",), "asserted")},
        ),
    ],
    ids=["talks-with-a-partner", "meeting-of-a-body", "named-invitee"],
)
def test_an_invitation_to_a_meeting_is_directed_at_its_partner(vocab, tokens, expected):
    names = {"EU": ["EU"], "Iran": ["IRN"], "Frankreich": ["FRA"], "Israel": ["ISR"]}
    doc = make_doc(vocab, tokens, {k: v for k, v in names.items() if k in tokens})
    assert coded(doc) == expected


ABDUCTION = (
    "Die/der/DET/2/det Entführung/Entführung/NOUN/0/root "
    "deutscher/deutsch/ADJ/4/amod/Case={case}|Number=Plur "
    "Journalisten/Journalist/NOUN/2/nmod/Case=Nom|Number=Plur durch/durch/ADP/6/case "
    "Russland/Russland/PROPN/2/nmod ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # a bare plural shows its genitive only on the adjective: the patient of the act
        ("Gen", {("ASSAULT", ("RUS",), ("DEU",), "asserted")}),
        ("Nom", {("ASSAULT", ("RUS",), (), "asserted")}),
    ],
    ids=["genitive-adjective", "no-genitive"],
)
def test_a_bare_plural_is_genitive_by_its_adjective(vocab, case, expected):
    doc = make_doc(vocab, ABDUCTION.format(case=case), {"deutscher": ["DEU"], "Russland": ["RUS"]})
    assert coded(doc) == expected


ACCOUNT_DENIED = (
    "{prep}/{prep_lemma}/ADP/3/case ukrainischen/ukrainisch/ADJ/3/amod {noun} "
    "seien/sein/AUX/6/aux:pass Soldaten/Soldat/NOUN/6/nsubj:pass "
    "beschossen/beschießen/VERB/0/root ././PUNCT/6/punct "
    "Dieser/dieser/DET/9/det/PronType=Dem Darstellung/Darstellung/NOUN/10/iobj/Case=Dat "
    "widersprach/widersprechen/VERB/0/root Russland/Russland/PROPN/10/nsubj ././PUNCT/10/punct"
)


@pytest.mark.parametrize(
    ("prep", "noun", "expected"),
    [
        # "nach … Angaben" cites whose account it is: rejecting "this account" answers them
        ("Nach", "Angaben/Angabe/NOUN/6/obl", {("REJECT", ("RUS",), ("UKR",), "asserted")}),
        ("Laut", "Angaben/Angabe/NOUN/6/obl", {("REJECT", ("RUS",), ("UKR",), "asserted")}),
        # "nach" with any other noun is temporal or directional: no account is cited
        ("Nach", "Kämpfen/Kampf/NOUN/6/obl", {("REJECT", ("RUS",), ("RUS",), "asserted")}),
    ],
    ids=["nach-account", "laut-account", "nach-other-noun"],
)
def test_a_rejected_account_is_answered_to_the_source_it_was_cited_from(
    vocab, prep, noun, expected
):
    spec = ACCOUNT_DENIED.format(prep=prep, prep_lemma=prep.lower(), noun=noun)
    doc = make_doc(vocab, spec, {"ukrainischen": ["UKR"], "Russland": ["RUS"]})
    doc._.home_state = HomeState("RUS", "dateline (3)")  # else the other side at home
    assert coded(doc) == expected


REPORTED_ATTACK = {
    # the reporter is the root, the act is told in its dass-clause
    "reporting-root": (
        "Die/der/DET/2/det Zeitung/Zeitung/NOUN/3/nsubj berichtete/berichten/VERB/0/root "
        ",/,/PUNCT/8/punct dass/dass/SCONJ/8/mark Russland/Russland/PROPN/8/nsubj "
        "Kiew/Kiew/PROPN/8/obj angegriffen/angreifen/VERB/3/ccomp habe/haben/AUX/8/aux "
        "././PUNCT/3/punct"
    ),
    # the act is the root, the report a parenthetical after it
    "act-root": (
        "Russland/Russland/PROPN/2/nsubj griff/greifen/VERB/0/root Kiew/Kiew/PROPN/2/obj "
        "an/an/ADP/2/compound:prt ,/,/PUNCT/6/punct berichtete/berichten/VERB/2/parataxis "
        "die/der/DET/8/det Zeitung/Zeitung/NOUN/6/nsubj ././PUNCT/2/punct"
    ),
}


@pytest.mark.parametrize("name", list(REPORTED_ATTACK))
def test_who_reports_an_act_is_not_the_actor_the_detector_proposes(vocab, name):
    doc = make_doc(
        vocab, REPORTED_ATTACK[name],
        {"Zeitung": ["DEU/MED"], "Russland": ["RUS"], "Kiew": ["UKR"]},
    )  # fmt: skip
    event = propose(doc, next(iter(doc.sents)), "ASSAULT", 0.8, load_codebook())
    assert event is not None
    assert ({p.code for p in event.actor}, {p.code for p in event.recipient}) == (
        {"RUS"},
        {"UKR"},
    )


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        # official German names a passive's agent with "seitens" as with "von"
        (
            "Der/der/DET/2/det Vorschlag/Vorschlag/NOUN/8/nsubj:pass "
            "Russlands/Russland/PROPN/2/nmod/Case=Gen wurde/werden/AUX/8/aux:pass "
            "seitens/seitens/ADP/7/case der/der/DET/7/det EU/EU/PROPN/8/obl "
            "abgelehnt/ablehnen/VERB/0/root ././PUNCT/8/punct",
            {("REJECT", ("EU",), ("RUS",), "asserted")},
        ),
        # … and the author of an event noun
        (
            "Kritik/Kritik/NOUN/0/root seitens/seitens/ADP/4/case der/der/DET/4/det "
            "EU/EU/PROPN/1/nmod an/an/ADP/6/case Israel/Israel/PROPN/1/nmod ././PUNCT/1/punct",
            {("ACCUSE", ("EU",), ("ISR",), "asserted")},
        ),
    ],
    ids=["passive-agent", "noun-author"],
)
def test_seitens_names_the_agent(vocab, tokens, expected):
    names = {"Russlands": ["RUS"], "EU": ["EU"], "Israel": ["ISR"]}
    doc = make_doc(vocab, tokens, {k: v for k, v in names.items() if k in tokens})
    assert coded(doc) == expected


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [
        # a relative pronoun takes no attribute: the dative the parser hung under it is no
        # name of the subject (the antecedent is unresolved here, so nothing is coded)
        ("der/der/PRON/6/nsubj/Case=Nom|PronType=Dem,Rel", set()),
        # a partitive pronoun is named by its group
        (
            "einer/einer/PRON/6/nsubj/Case=Nom|PronType=Ind",
            {("ACCUSE", ("ISR",), ("EU",), "asserted")},
        ),
    ],
    ids=["relative-pronoun", "partitive-pronoun"],
)
def test_a_personal_or_relative_pronoun_is_not_named_by_a_phrase_under_it(vocab, pronoun, expected):
    tokens = (
        f"{pronoun} der/der/DET/3/det Israelis/Israeli/NOUN/1/nmod/Case=Gen "
        "der/der/DET/5/det EU/EU/PROPN/6/iobj/Case=Dat vorwarf/vorwerfen/VERB/0/root "
        "zu/zu/PART/8/mark lügen/lügen/VERB/6/xcomp ././PUNCT/6/punct"
    )
    doc = make_doc(vocab, tokens, {"Israelis": ["ISR"], "EU": ["EU"]})
    assert coded(doc) == expected


TOLD_ARREST = (
    "Nach/nach/ADP/2/case Angaben/Angabe/NOUN/7/obl der/der/DET/4/det "
    "Polizei/Polizei/NOUN/2/nmod/Case=Gen wurden/werden/AUX/7/aux:pass "
    "{subject} festgenommen/festnehmen/VERB/0/root ././PUNCT/7/punct"
)


@pytest.mark.parametrize(
    ("subject", "event_type", "expected"),
    [
        # an agentless passive arrest told by a source: the source did not arrest anyone
        ("Demonstranten/Demonstrant/NOUN/7/nsubj:pass", "COERCE", None),
        # a verbal act told by a source stays the speaker's (what the source said)
        ("Demonstranten/Demonstrant/NOUN/7/nsubj:pass", "ACCUSE", {"DEU"}),
    ],
    ids=["material-act-not-the-sources", "verbal-act-the-speakers"],
)
def test_who_tells_of_a_material_act_is_not_its_actor_in_a_proposal(
    vocab, subject, event_type, expected
):
    doc = make_doc(
        vocab, TOLD_ARREST.format(subject=subject),
        {"Polizei": ["DEU/COP"], "Demonstranten": ["DEU/CVL"]},
        quote={"text": "wurden Demonstranten festgenommen", "speaker": "Polizei",
               "actors": ["DEU/COP"]},
    )  # fmt: skip
    event = propose(doc, next(iter(doc.sents)), event_type, 0.8, load_codebook())
    actor = {p.code for p in event.actor} if event is not None else None
    assert actor == expected


@pytest.mark.parametrize(
    ("spec", "event_type", "expected"),
    [
        # attacks and coercion are acts on a target: a proposal needs one
        (
            "Russland/Russland/PROPN/2/nsubj griff/greifen/VERB/0/root Kiew/Kiew/PROPN/2/obj "
            "an/an/ADP/2/compound:prt ././PUNCT/2/punct",
            "ASSAULT",
            ({"RUS"}, {"UKR"}),
        ),
        # the predicate without a target is not the attack ("Russland schwieg")
        (
            "Russland/Russland/PROPN/2/nsubj schwieg/schweigen/VERB/0/root ././PUNCT/2/punct",
            "ASSAULT",
            None,
        ),
        (
            "Russland/Russland/PROPN/2/nsubj schwieg/schweigen/VERB/0/root ././PUNCT/2/punct",
            "COERCE",
            None,
        ),
        # a meeting may have none
        (
            "Russland/Russland/PROPN/2/nsubj tagte/tagen/VERB/0/root ././PUNCT/2/punct",
            "CONSULT",
            ({"RUS"}, set()),
        ),
    ],
    ids=["attack-with-target", "attack-without-target", "coercion-without-target", "meeting"],
)
def test_a_proposed_attack_or_coercion_needs_a_target(vocab, spec, event_type, expected):
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Kiew": ["UKR"]})
    event = propose(doc, next(iter(doc.sents)), event_type, 0.8, load_codebook())
    found = ({p.code for p in event.actor}, {p.code for p in event.recipient}) if event else None
    assert found == expected


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        # a prepositional attribute of the subject does not act ("Der Streit mit den USA")
        ("mit/mit/ADP/5/case den/der/DET/5/det USA/USA/PROPN/2/nmod", None),
        # a genitive names whose the subject is ("Die Regierung der USA")
        (
            "der/der/DET/4/det USA/USA/PROPN/2/nmod/Case=Gen erneut/erneut/ADV/6/advmod",
            ({"USA"}, {"RUS"}),
        ),
    ],
    ids=["prepositional-attribute", "genitive"],
)
def test_a_proposal_takes_its_actor_from_the_subjects_name_not_its_attributes(
    vocab, attribute, expected
):
    spec = (
        f"Die/der/DET/2/det Regierung/Regierung/NOUN/6/nsubj {attribute} "
        "kritisierte/kritisieren/VERB/0/root Russland/Russland/PROPN/6/obj ././PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {"USA": ["USA"], "Russland": ["RUS"]})
    event = propose(doc, next(iter(doc.sents)), "ACCUSE", 0.8, load_codebook())
    found = ({p.code for p in event.actor}, {p.code for p in event.recipient}) if event else None
    assert found == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # the state named by a war compound is not the target of criticising the war: it is
        # a condemned act whose perpetrators the sentence does not name
        ("Irakkrieg/Irakkrieg", {("ACCUSE", ("DEU",), (), "asserted")}),
        ("Gaza-Offensive/Gaza-Offensive", {("ACCUSE", ("DEU",), (), "asserted")}),
        # the state itself is
        ("Irak/Irak", {("ACCUSE", ("DEU",), ("IRQ",), "asserted")}),
    ],
    ids=["war-compound", "offensive-compound", "state"],
)
def test_a_compound_naming_a_war_by_its_place_is_not_the_recipient(vocab, word, expected):
    form, lemma = word.split("/")
    spec = (
        f"Deutschland/Deutschland/PROPN/2/nsubj kritisierte/kritisieren/VERB/0/root "
        f"den/der/DET/4/det {form}/{lemma}/NOUN/2/obj ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Deutschland": ["DEU"], form: ["IRQ"]})
    assert coded(doc) == expected
