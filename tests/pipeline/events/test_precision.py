"""Precision of the event coder: what is no political event, and who the participants are.

Sentences are hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``),
so each test shows one rule of German or of the guideline, not the model's parse.
"""

from __future__ import annotations

import pytest

from lagebild.analysis import Actor, Mention
from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.actors.home import HomeState
from lagebild.pipeline.events import find_events
from lagebild.pipeline.events.coder import existential_verb
from lagebild.pipeline.events.matching import match_predicate
from lagebild.pipeline.events.modality import factuality
from tests.pipeline.events.test_coder import make_doc


def dyads(doc) -> set[tuple]:
    """(type, actor codes, recipient codes) of every event found, modality left aside."""
    return {
        (e.type, tuple(sorted(p.code for p in e.actor)), tuple(sorted(p.code for p in e.recipient)))
        for e in find_events(doc, load_codebook())
    }


ROBBERY = (
    "Zwei/zwei/NUM/2/nummod Männer/Mann/NOUN/3/nsubj überfielen/überfallen/VERB/0/root "
    "{object} ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("obj", "mentions", "expected"),
    [
        # private people acting on no one named: a crime story, not a political event
        (
            "drei/drei/NUM/5/nummod Jugendliche/Jugendliche/NOUN/3/obj",
            {"Zwei Männer": ["DEU/CVL"], "Jugendliche": ["DEU/CVL"]},
            set(),
        ),
        # … but acting on a political entity they are coded
        (
            "die/der/DET/5/det Polizei/Polizei/NOUN/3/obj",
            {"Zwei Männer": ["DEU/CVL"], "die Polizei": ["DEU/COP"]},
            {("ASSAULT", ("DEU",), ("DEU",))},
        ),
        # … or on a side the text names ("Gegendemonstranten griffen die Protestierer an")
        (
            "die/der/DET/5/det Zivilisten/Zivilist/NOUN/3/obj",
            {"Zwei Männer": ["DEU/CVL"], "Zivilisten": ["IRQ/CVL"]},
            {("ASSAULT", ("DEU",), ("IRQ",))},
        ),
    ],
    ids=["civilians-on-no-one-named", "civilians-on-police", "civilians-on-named-civilians"],
)
def test_unnamed_private_people_act_politically_only_on_a_political_entity(
    vocab, obj, mentions, expected
):
    doc = make_doc(vocab, ROBBERY.format(object=obj), mentions)
    assert dyads(doc) == expected


RELATIVE_CLAUSE = (
    "Er/er/PRON/2/nsubj nannte/nennen/VERB/0/root die/der/DET/4/det "
    "Zivilisten/Zivilist/NOUN/2/obj/Case=Acc|Number=Plur ,/,/PUNCT/10/punct "
    "die/der/PRON/10/nsubj/Case=Nom|Number=Plur|PronType=Rel "
    "ein/ein/DET/8/det/Case=Nom|Number=Sing "
    "US-Soldat/US-Soldat/NOUN/10/obj/Case=Acc|Number=Sing heute/heute/ADV/10/advmod "
    "erschossen/erschießen/VERB/4/acl:relcl/VerbForm=Part "
    "hatte/haben/AUX/10/aux/Mood=Ind|Number={n} "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # "die ein US-Soldat erschossen hatte": singular "hatte" agrees with the soldier
        ("Sing", {("ASSAULT", ("USA",), ("IRQ",))}),
        # "die einen US-Soldaten erschossen hatten": plural agrees with the pronoun
        ("Plur", {("ASSAULT", ("IRQ",), ("USA",))}),
    ],
)
def test_the_finite_verb_s_number_picks_the_subject_of_a_relative_clause(vocab, number, expected):
    mentions = {"US-Soldat": ["USA/MIL"], "Zivilisten": ["IRQ/CVL"]}
    doc = make_doc(vocab, RELATIVE_CLAUSE.format(n=number), mentions)
    assert dyads(doc) == expected


TRIP = (
    "{name}/{name}/PROPN/2/nsubj reist/reisen/VERB/0/root/Mood=Ind|Number=Sing "
    "nach/nach/ADP/4/case Frankreich/Frankreich/PROPN/2/obl ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("name", "traveller", "expected"),
    [
        (
            "Scholz",
            Actor(name="Olaf Scholz", kind="person", code="DEU", sector="GOV"),
            {("CONSULT", ("DEU",), ("FRA",))},
        ),
        # a name known only from the text, with no office: a private trip
        ("Bonjovi", Actor(name="Bon Jovi", kind="person", code="DEU", in_kb=False), set()),
        # … unless the text gives him an office
        (
            "Meier",
            Actor(name="Meier", kind="person", code="DEU", sector="LEG", in_kb=False),
            {("CONSULT", ("DEU",), ("FRA",))},
        ),
    ],
    ids=["office-holder", "private-person", "text-only-official"],
)
def test_a_visit_needs_a_visitor_who_acts_for_a_state_or_organisation(
    vocab, name, traveller, expected
):
    doc = make_doc(vocab, TRIP.format(name=name), {"Frankreich": ["FRA"]})
    start = doc.text.index(name)
    doc._.mentions = [
        *doc._.mentions,
        Mention(start=start, end=start + len(name), text=name, kind="name", actors=["t"]),
    ]
    doc._.actors = {**doc._.actors, "t": traveller}
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "lieferte der Armee Waffen": a delivery
        (
            "Die/der/DET/2/det Miliz/Miliz/NOUN/3/nsubj lieferte/liefern/VERB/0/root "
            "der/der/DET/5/det/Case=Dat Armee/Armee/NOUN/3/iobj/Case=Dat "
            "Gewehre/Gewehr/NOUN/3/obj ././PUNCT/3/punct",
            {("COOPERATE", ("IRQ",), ("USA",))},
        ),
        # "lieferte sich mit der Armee einen Schlagabtausch": a contest, not trade
        (
            "Die/der/DET/2/det Miliz/Miliz/NOUN/3/nsubj lieferte/liefern/VERB/0/root "
            "sich/sich/PRON/3/obj/Case=Dat|PronType=Prs|Reflex=Yes mit/mit/ADP/7/case "
            "der/der/DET/7/det Armee/Armee/NOUN/3/obl einen/ein/DET/9/det "
            "Schlagabtausch/Schlagabtausch/NOUN/3/obj ././PUNCT/3/punct",
            set(),
        ),
    ],
    ids=["delivery", "reflexive-contest"],
)
def test_reflexive_liefern_is_a_contest_not_a_delivery(vocab, spec, expected):
    doc = make_doc(vocab, spec, {"Miliz": ["IRQ"], "Armee": ["USA/MIL"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("complement", "expected"),
    [
        # "erklärte die Bereitschaft, mit dem Iran zu verhandeln": readiness towards Iran
        (
            ",/,/PUNCT/10/punct mit/mit/ADP/8/case dem/der/DET/8/det Iran/Iran/PROPN/10/obl "
            "zu/zu/PART/10/mark verhandeln/verhandeln/VERB/4/acl",
            {("AGREE", ("USA",), ("IRN",))},
        ),
        # "erklärte die Bereitschaft, zu verhandeln": no partner named, an offer to no one
        # (AGREE needs an addressee unless parties agree with each other)
        (
            ",/,/PUNCT/7/punct zu/zu/PART/7/mark verhandeln/verhandeln/VERB/4/acl",
            set(),
        ),
    ],
    ids=["partner-in-the-complement", "no-partner"],
)
def test_readiness_to_act_with_someone_is_directed_at_that_partner(vocab, complement, expected):
    spec = (
        "Rice/Rice/PROPN/2/nsubj erklärte/erklären/VERB/0/root die/der/DET/4/det "
        f"Bereitschaft/Bereitschaft/NOUN/2/obj {complement} ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Rice": ["USA"], "Iran": ["IRN"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("subject", "mentions", "expected"),
    [
        # "Merkel will sich mit Macron treffen": an intention towards the partner
        (
            "Merkel/Merkel/PROPN/6/nsubj will/wollen/AUX/6/aux/Mood=Ind|Number=Sing "
            "sich/sich/PRON/6/obj/Reflex=Yes mit/mit/ADP/5/case Macron/Macron/PROPN/6/obl",
            {"Merkel": ["merkel"], "Macron": ["macron"]},
            {("AGREE", ("DEU",), ("FRA",))},
        ),
        # "Merkel und Macron wollen sich treffen": both intend it, nobody is the recipient
        (
            "Merkel/Merkel/PROPN/6/nsubj und/und/CCONJ/3/cc Macron/Macron/PROPN/1/conj "
            "wollen/wollen/AUX/6/aux/Mood=Ind|Number=Plur sich/sich/PRON/6/obj/Reflex=Yes",
            {"Merkel und Macron": ["merkel", "macron"]},
            {("AGREE", ("DEU", "FRA"), ())},
        ),
    ],
    ids=["with-a-partner", "joint-subject"],
)
def test_a_planned_meeting_with_someone_is_an_agreement_towards_him(
    vocab, subject, mentions, expected
):
    spec = f"{subject} treffen/treffen/VERB/0/root ././PUNCT/6/punct"
    doc = make_doc(vocab, spec, mentions)
    doc._.meta.date = "2022-03-01"
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Seit Kenia kämpft, warnten die USA Russland": a warning addressed to a state
        ("Russland/Russland/PROPN/5/obj", {("ACCUSE", ("USA",), ("RUS",))}),
        # "Seit Kenia kämpft, warnten die USA vor Anschlägen": a danger, no one accused
        ("vor/vor/ADP/8/case Anschlägen/Anschlag/NOUN/5/obl", set()),
    ],
    ids=["warning-a-state", "warning-of-a-danger"],
)
def test_a_warning_of_a_danger_accuses_no_one(vocab, rest, expected):
    spec = (
        "Seit/seit/SCONJ/3/mark Kenia/Kenia/PROPN/3/nsubj kämpft/kämpfen/VERB/5/ccomp "
        f",/,/PUNCT/3/punct warnten/warnen/VERB/0/root USA/USA/PROPN/5/nsubj {rest} "
        "././PUNCT/5/punct"
    )
    doc = make_doc(vocab, spec, {"USA": ["USA"], "Russland": ["RUS"], "Kenia": ["DEU"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Der Journalist wurde in Frankreich festgenommen": arrested by France's police
        (
            "Der/der/DET/2/det Journalist/Journalist/NOUN/6/nsubj:pass "
            "wurde/werden/AUX/6/aux:pass in/in/ADP/5/case Frankreich/Frankreich/PROPN/6/obl "
            "festgenommen/festnehmen/VERB/0/root/VerbForm=Part ././PUNCT/6/punct",
            {("COERCE", ("FRA",), ("DEU",))},
        ),
        # "Der Journalist, der in Frankreich lebt, wurde festgenommen": where he lives
        (
            "Der/der/DET/2/det Journalist/Journalist/NOUN/10/nsubj:pass ,/,/PUNCT/7/punct "
            "der/der/PRON/7/nsubj/PronType=Rel in/in/ADP/6/case Frankreich/Frankreich/PROPN/7/obl "
            "lebt/leben/VERB/2/acl:relcl ,/,/PUNCT/7/punct wurde/werden/AUX/10/aux:pass "
            "festgenommen/festnehmen/VERB/0/root/VerbForm=Part ././PUNCT/10/punct",
            set(),
        ),
    ],
    ids=["place-of-the-act", "place-in-a-relative-clause"],
)
def test_a_place_in_a_relative_clause_about_someone_is_not_where_the_act_happened(
    vocab, spec, expected
):
    doc = make_doc(vocab, spec, {"Journalist": ["DEU/MED"], "Frankreich": ["FRA"]})
    assert dyads(doc) == expected


ARREST = (
    "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj verhaftete/verhaften/VERB/0/root "
    "den/der/DET/5/det Journalisten/Journalist/NOUN/3/obj ././PUNCT/3/punct "
)
UNTARGETED_ARREST = (
    "Die/der/DET/{n2}/det Polizei/Polizei/NOUN/{n3}/nsubj verhaftete/verhaften/VERB/0/root "
    "gestern/gestern/ADV/{n3}/advmod ././PUNCT/{n3}/punct"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the arrest told again without its target is the same arrest: one event
        (ARREST + UNTARGETED_ARREST.format(n2=8, n3=9), [("COERCE", ("DEU",), ("DEU",))]),
        # an arrest without a target and no other is kept as it is
        (UNTARGETED_ARREST.format(n2=2, n3=3), [("COERCE", ("DEU",), ())]),
    ],
    ids=["told-twice", "told-once"],
)
def test_a_material_act_without_target_is_the_article_s_act_with_target(vocab, spec, expected):
    doc = make_doc(vocab, spec, {"Polizei": ["DEU/COP"], "Journalisten": ["DEU/MED"]})
    found = [
        (e.type, tuple(p.code for p in e.actor), tuple(p.code for p in e.recipient))
        for e in find_events(doc, load_codebook())
    ]
    assert found == expected


@pytest.mark.parametrize(
    "laut_head",
    [3, 4],  # on the first part of the name, as the parser often hangs it, or on its head
    ids=["preposition-on-a-name-part", "preposition-on-the-head"],
)
def test_a_source_named_with_laut_is_never_the_actor(vocab, laut_head):
    spec = (
        f"Laut/laut/ADP/{laut_head}/case der/der/DET/4/det New/New/PROPN/4/compound "
        "Times/Times/NOUN/7/nsubj haben/haben/AUX/7/aux Zivilisten/Zivilist/NOUN/7/obj "
        "erschossen/erschießen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct"
    )
    doc = make_doc(vocab, spec, {"New Times": ["DEU/MED"], "Zivilisten": ["IRQ/CVL"]})
    assert dyads(doc) == set()


@pytest.mark.parametrize(
    ("subject", "thing", "expected"),
    [
        # "Die Polizei räumte die Blockade": clearing what protesters hold is repression
        ("Polizei", "Blockade", {("COERCE", ("DEU",), ("DEU",))}),
        # "Die Armee räumte die Stellungen": the army's own withdrawal
        ("Armee", "Stellungen", {("RETREAT", ("USA",), ())}),
    ],
    ids=["clearing-a-blockade", "vacating-positions"],
)
def test_raeumen_is_repression_of_protesters_or_the_actors_withdrawal(
    vocab, subject, thing, expected
):
    spec = (
        f"Die/der/DET/2/det {subject}/{subject}/NOUN/3/nsubj räumte/räumen/VERB/0/root "
        f"die/der/DET/5/det {thing}/{thing}/NOUN/3/obj ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Polizei": ["DEU/COP"], "Armee": ["USA/MIL"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("participle", "lemma", "expected"),
    [
        ("begnadigt", "begnadigen", {("CONCEDE", ("CHN",), ("DEU",))}),  # a pardon concedes
        ("freigesprochen", "freisprechen", set()),  # an acquittal is a verdict
    ],
)
def test_a_pardon_is_a_concession_an_acquittal_is_not(vocab, participle, lemma, expected):
    spec = (
        "Das/der/DET/2/det Gericht/Gericht/NOUN/6/nsubj hat/haben/AUX/6/aux den/der/DET/5/det "
        f"Journalisten/Journalist/NOUN/6/obj {participle}/{lemma}/VERB/0/root/VerbForm=Part "
        "././PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {"Gericht": ["CHN/JUD"], "Journalisten": ["DEU/MED"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Russland droht eine Krise": the danger (parsed as object) impends on Russland
        ("eine/ein/DET/4/det Krise/Krise/NOUN/2/obj", set()),
        # "Russland droht der Ukraine mit Sanktionen": a threat, its measure named with "mit"
        (
            "der/der/DET/4/det/Case=Dat Ukraine/Ukraine/PROPN/2/iobj/Case=Dat "
            "mit/mit/ADP/6/case Sanktionen/Sanktion/NOUN/2/obl",
            {("THREATEN", ("RUS",), ("UKR",))},
        ),
        # "Russland droht Kiew mit Sanktionen": a bare name parsed as object is the addressee
        (
            "Kiew/Kiew/PROPN/2/obj mit/mit/ADP/5/case Sanktionen/Sanktion/NOUN/2/obl",
            {("THREATEN", ("RUS",), ("UKR",))},
        ),
    ],
    ids=["impending-danger", "threat-with-mit", "threat-bare-name-addressee"],
)
def test_drohen_threatens_with_mit_and_impends_with_an_object(vocab, rest, expected):
    spec = f"Russland/Russland/PROPN/2/nsubj droht/drohen/VERB/0/root {rest} ././PUNCT/2/punct"
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Ukraine": ["UKR"], "Kiew": ["UKR"]})
    doc._.home_state = HomeState("RUS", "headline (2)")  # a story about Russia
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Iran schoss auf die Soldaten": an attack
        (
            "auf/auf/ADP/5/case die/der/DET/5/det Soldaten/Soldat/NOUN/2/obl",
            {("ASSAULT", ("IRN",), ("USA",))},
        ),
        # "Iran schoss einen Satelliten ins All": a launch
        (
            "einen/ein/DET/4/det Satelliten/Satellit/NOUN/2/obj ins/in/ADP/6/case "
            "All/All/NOUN/2/obl",
            set(),
        ),
    ],
    ids=["shooting-at-soldiers", "launching-a-satellite"],
)
def test_schiessen_into_space_is_a_launch_not_an_attack(vocab, rest, expected):
    spec = f"Iran/Iran/PROPN/2/nsubj schoss/schießen/VERB/0/root {rest} ././PUNCT/2/punct"
    doc = make_doc(vocab, spec, {"Iran": ["IRN"], "Soldaten": ["USA/MIL"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("staff", "expected"),
    [
        ("Minister", {("SANCTION", ("DEU",), ("DEU",))}),  # dismissing a minister sanctions
        ("Mitarbeiter", set()),  # dismissing staff is business, no sanction
    ],
)
def test_dismissing_staff_is_no_sanction(vocab, staff, expected):
    spec = (
        "Merkel/Merkel/PROPN/2/nsubj entließ/entlassen/VERB/0/root den/der/DET/4/det "
        f"{staff}/{staff}/NOUN/2/obj ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Merkel": ["merkel"], "Minister": ["DEU/OPP"],
                                 "Mitarbeiter": ["DEU/CVL"]})  # fmt: skip
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("subject", "verb_number", "expected"),
    [
        # "Ein Mann bedrohte einen Busfahrer": one private person, a crime story
        ("Ein/ein/DET/2/det Mann/Mann/NOUN/3/nsubj/Number=Sing", "Sing", set()),
        # "Die Männer bedrohten die Busfahrer": a collective acting on a named side is coded
        (
            "Die/der/DET/2/det Männer/Mann/NOUN/3/nsubj/Number=Plur",
            "Plur",
            {("THREATEN", ("DEU",), ("IRQ",))},
        ),
    ],
    ids=["one-private-person", "a-collective"],
)
def test_one_unnamed_private_person_is_no_political_actor(vocab, subject, verb_number, expected):
    spec = (
        f"{subject} bedrohte/bedrohen/VERB/0/root/Number={verb_number} "
        "die/der/DET/5/det Busfahrer/Busfahrer/NOUN/3/obj ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {"Mann": ["DEU/CVL"], "Männer": ["DEU/CVL"],
                                 "Busfahrer": ["IRQ/CVL"]})  # fmt: skip
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("target", "mentions", "home", "expected"),
    [
        # "verurteilte den Angriff auf die Ukraine" (a story about Ukraine): the victim is
        # not accused, and no one else is named
        ("auf/auf/ADP/8/case die/der/DET/8/det Ukraine/Ukraine/PROPN/5/nmod",
         {"EU": ["EU"], "Ukraine": ["UKR"]}, "UKR", {("ACCUSE", ("EU",), ())}),
        # "verurteilte den Angriff auf Demonstranten" (a story about Germany): the state's
        # people are the victims, the state is whom foreign critics address
        ("auf/auf/ADP/8/case die/der/DET/8/det Demonstranten/Demonstrant/NOUN/5/nmod",
         {"EU": ["EU"], "Demonstranten": ["DEU/CVL"]}, "DEU", {("ACCUSE", ("EU",), ("DEU",))}),
    ],
    ids=["state-attacked", "people-attacked"],
)  # fmt: skip
def test_the_target_of_a_condemned_attack_is_not_the_accused(
    vocab, target, mentions, home, expected
):
    spec = (
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj verurteilte/verurteilen/VERB/0/root "
        f"den/der/DET/5/det Angriff/Angriff/NOUN/3/obj {target} ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, mentions)
    doc._.home_state = HomeState(home, "headline (2)")
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("name", "actor_id", "expected"),
    [
        ("Scholz", "scholz", {("AGREE", ("DEU",), ("FRA",))}),  # a planned visit abroad
        ("Macron", "macron", set()),  # travelling in one's own country is no visit
    ],
)
def test_a_planned_visit_is_to_another_state(vocab, name, actor_id, expected):
    spec = (
        f"{name}/{name}/PROPN/3/nsubj wird/werden/AUX/3/aux reisen/reisen/VERB/0/root "
        "nach/nach/ADP/5/case Frankreich/Frankreich/PROPN/3/obl ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {name: [actor_id], "Frankreich": ["FRA"]})
    doc._.meta.date = "2022-03-01"
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "Frankreich trifft die EU": a meeting, addressed to the partner (session 18)
        ("Frankreich/Frankreich/PROPN/2/nsubj", {("CONSULT", ("FRA",), ("EU",))}),
        # "Sanktionen treffen die EU": treffen in the sense of hitting, no one to meet
        ("Sanktionen/Sanktion/NOUN/2/nsubj", set()),
    ],
    ids=["meeting", "hitting"],
)
def test_a_meeting_needs_an_actor_besides_its_partners(vocab, subject, expected):
    spec = (
        f"{subject} treffen/treffen/VERB/0/root die/der/DET/4/det EU/EU/PROPN/2/obj "
        "././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Frankreich": ["FRA"], "EU": ["EU"]})
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # "Russland griff die Ukraine mit Raketen an": force
        ("mit/mit/ADP/6/case Raketen/Rakete/NOUN/2/obl", {("ASSAULT", ("RUS",), ("UKR",))}),
        # "Russland griff die Ukraine mit scharfen Worten an": words
        ("mit/mit/ADP/6/case Worten/Wort/NOUN/2/obl", {("ACCUSE", ("RUS",), ("UKR",))}),
        # "Russland griff die Ukraine als Aggressor an": a verdict in words
        ("als/als/ADP/6/case Aggressor/Aggressor/NOUN/2/obl", {("ACCUSE", ("RUS",), ("UKR",))}),
    ],
    ids=["with-rockets", "with-words", "as-a-verdict"],
)
def test_an_attack_in_words_is_a_disapproval(vocab, rest, expected):
    spec = (
        "Russland/Russland/PROPN/2/nsubj griff/greifen/VERB/0/root die/der/DET/4/det "
        f"Ukraine/Ukraine/PROPN/2/obj {rest} an/an/ADP/2/compound:prt ././PUNCT/2/punct"
    )
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Ukraine": ["UKR"]})
    assert dyads(doc) == expected


def test_an_attack_told_with_the_attackers_own_words_is_a_disapproval(vocab):
    # "Russland griff die Ukraine an : „ Sie lügt . “" with the quote Russia's
    spec = (
        "Russland/Russland/PROPN/2/nsubj griff/greifen/VERB/0/root die/der/DET/4/det "
        "Ukraine/Ukraine/PROPN/2/obj an/an/ADP/2/compound:prt :/:/PUNCT/2/punct "
        "„/„/PUNCT/9/punct Sie/sie/PRON/9/nsubj lügt/lügen/VERB/2/parataxis "
        "“/“/PUNCT/9/punct"
    )
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "Ukraine": ["UKR"]},
                   {"text": "Sie lügt", "speaker": "Russland", "actors": ["RUS"]})  # fmt: skip
    doc._.quotes = [q.model_copy(update={"kind": "direct"}) for q in doc._.quotes]
    assert dyads(doc) == {("ACCUSE", ("RUS",), ("UKR",))}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Putin droht der Ukraine Vergeltung": a threat
        (
            "Putin/Putin/PROPN/2/nsubj droht/drohen/VERB/0/root der/der/DET/4/det/Case=Dat "
            "Ukraine/Ukraine/PROPN/2/iobj/Case=Dat Vergeltung/Vergeltung/NOUN/2/obj "
            "././PUNCT/2/punct",
            {("THREATEN", ("RUS",), ("UKR",))},
        ),
        # "Putin droht die Todesstrafe" (ihm, parsed as a second subject): it impends on him
        (
            "Putin/Putin/PROPN/2/nsubj droht/drohen/VERB/0/root die/der/DET/4/det "
            "Todesstrafe/Todesstrafe/NOUN/2/nsubj ././PUNCT/2/punct",
            set(),
        ),
    ],
    ids=["threatening-a-penalty", "a-penalty-impending"],
)
def test_a_penalty_as_subject_of_drohen_impends(vocab, spec, expected):
    doc = make_doc(vocab, spec, {"Putin": ["putin"], "Ukraine": ["UKR"]})
    doc._.home_state = HomeState("RUS", "headline (2)")
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("erklärte", {("AGREE", ("FRA",), ())}),  # the speaker of an agentless act did it
        ("laut", set()),  # "laut Frankreich": the source of a report, not the one who acted
    ],
)
def test_a_source_named_with_laut_does_not_act_an_agentless_passive(vocab, cue, expected):
    from lagebild.analysis import CharSpan, Quote, SpeakerRef

    spec = (
        "Ein/ein/DET/2/det Abkommen/Abkommen/NOUN/6/nsubj:pass wurde/werden/AUX/6/aux:pass "
        "laut/laut/ADP/5/case Frankreich/Frankreich/PROPN/6/obl "
        "vereinbart/vereinbaren/VERB/0/root/VerbForm=Part ././PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {"Frankreich": ["FRA"]})
    laut, speaker = doc.text.index("laut"), doc.text.index("Frankreich")
    doc._.quotes = [
        Quote(start=0, end=len(doc.text), text=doc.text, kind="indirect",
              cue=CharSpan(start=laut, end=laut + 4, text=cue),
              speaker=SpeakerRef(start=speaker, end=speaker + 10, text="Frankreich",
                                 actor="FRA", actors=["FRA"]))
    ]  # fmt: skip
    assert dyads(doc) == expected


IMPLORE = (
    "Die/der/DET/2/det USA/USA/PROPN/3/nsubj beschworen/beschwören/VERB/0/root {object} "
    "././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("obj", "requests"),
    [
        # "beschworen Russland, …": to implore someone is a demand
        ("Russland/Russland/PROPN/3/obj", True),
        # "beschworen die Gefahr eines Krieges": to invoke a danger asks no one
        (
            "die/der/DET/5/det Gefahr/Gefahr/NOUN/3/obj eines/ein/DET/7/det "
            "Krieges/Krieg/NOUN/5/nmod",
            False,
        ),
        # "beschworen den Zusammenhalt": to invoke a value (compounds too)
        ("den/der/DET/5/det Zusammenhalt/Zusammenhalt/NOUN/3/obj", False),
        ("die/der/DET/5/det Kriegsgefahr/Kriegsgefahr/NOUN/3/obj", False),
    ],
    ids=["implore-a-state", "invoke-a-danger", "invoke-a-value", "invoke-a-compound-danger"],
)
def test_beschwoeren_is_a_demand_only_when_it_implores_someone(vocab, obj, requests):
    doc = make_doc(vocab, IMPLORE.format(object=obj), {"USA": ["USA"], "Russland": ["RUS"]})
    match = match_predicate(doc[2], load_codebook())
    assert (match is not None and match[0].type == "REQUEST") is requests


@pytest.mark.parametrize(
    ("spec", "modality"),
    [
        # "Es kam nicht zu Festnahmen": the negation of the existential verb is the act's
        (
            "Es/es/PRON/2/expl kam/kommen/VERB/0/root nicht/nicht/PART/2/advmod "
            "zu/zu/ADP/5/case Festnahmen/Festnahme/NOUN/2/obl ././PUNCT/2/punct",
            "negated",
        ),
        (
            "Es/es/PRON/2/expl kam/kommen/VERB/0/root zu/zu/ADP/4/case "
            "Festnahmen/Festnahme/NOUN/2/obl ././PUNCT/2/punct",
            "asserted",
        ),
        # "Es gab nicht viele Festnahmen" / "Es gab keine Festnahmen"
        (
            "Es/es/PRON/2/expl gab/geben/VERB/0/root nicht/nicht/PART/2/advmod "
            "Festnahmen/Festnahme/NOUN/2/obj ././PUNCT/2/punct",
            "negated",
        ),
        (
            "Es/es/PRON/2/expl gab/geben/VERB/0/root keine/kein/DET/4/det "
            "Festnahmen/Festnahme/NOUN/2/obj ././PUNCT/2/punct",
            "negated",
        ),
    ],
    ids=["es-kam-nicht-zu", "es-kam-zu", "es-gab-nicht", "es-gab-keine"],
)
def test_an_existential_verb_negates_its_event_noun(vocab, spec, modality):
    doc = make_doc(vocab, spec, {})
    noun = next(t for t in doc if t.lemma_ == "Festnahme")
    fact = factuality(noun, load_codebook(), None, existential_verb(noun))
    assert fact.modality == modality


CONDITION = (
    "Sie/sie/PRON/2/nsubj kommen/kommen/VERB/0/root frei/frei/ADJ/2/advmod ,/,/PUNCT/7/punct "
    "{mark}/SCONJ/7/mark es/es/PRON/7/nsubj gelänge/gelingen/VERB/2/advcl ,/,/PUNCT/12/punct "
    "eine/ein/DET/10/det Vereinbarung/Vereinbarung/NOUN/12/obj zu/zu/PART/12/mark "
    "erzielen/erzielen/VERB/7/xcomp ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("mark", "modality"),
    [
        # "wenn es gelänge, eine Vereinbarung zu erzielen": the complement of a condition
        ("wenn/wenn", "hypothetical"),
        ("falls/falls", "hypothetical"),
        # "weil es gelang, eine Vereinbarung zu erzielen": a cause, the act happened
        ("weil/weil", "asserted"),
    ],
    ids=["wenn-clause", "falls-clause", "weil-clause"],
)
def test_the_complement_of_a_conditional_clause_is_conditional(vocab, mark, modality):
    doc = make_doc(vocab, CONDITION.format(mark=mark), {})
    verb = next(t for t in doc if t.lemma_ == "erzielen")
    assert factuality(verb, load_codebook(), None).modality == modality
