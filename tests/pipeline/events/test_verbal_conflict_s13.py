"""Accusations, demands and refusals in canonical wire sentences (session 13).

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
small model's mis-parse; the ``model`` tests run one sentence through the full pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.entities import EntityCompleter
from lagebild.pipeline.events.arguments import is_passive, subjects
from lagebild.pipeline.events.matching import match_predicate
from lagebild.pipeline.events.participants import modifies_noun_before
from lagebild.pipeline.events.repair import (
    repair_names_after_person,
    repair_particle_under_adverb,
)
from tests.pipeline.events.test_coder import analysed, coded, make_doc

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"

# "Selenskyj machte Russland für den Angriff verantwortlich" with the adjective labelled the
# verb's separable particle, as the model does
BLAME_WITH_ADJECTIVE_AS_PARTICLE = (
    f"Selenskyj/Selenskyj/PROPN/2/nsubj machte/machen/VERB/0/root/{PAST} "
    "Russland/Russland/PROPN/2/obj für/für/ADP/6/case den/der/DET/6/det "
    "Angriff/Angriff/NOUN/2/obl verantwortlich/verantwortlich/ADJ/2/compound:prt "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "index", "expected"),
    [
        (BLAME_WITH_ADJECTIVE_AS_PARTICLE, 1, ("ACCUSE", "machen")),
        # a short adjective is a particle: "ließ … frei" is freilassen
        (
            f"Russland/Russland/PROPN/2/nsubj ließ/lassen/VERB/0/root/{PAST} "
            "Gefangene/Gefangene/NOUN/2/obj frei/frei/ADJ/2/compound:prt ././PUNCT/2/punct",
            1,
            ("RETREAT", "freilassen"),
        ),
        # a derived adverb labelled particle is no particle (session 21): the verb keeps its
        # own entries, "untersagten … ausdrücklich" is "untersagen"
        (
            f"Gesetze/Gesetz/NOUN/2/nsubj untersagten/untersagen/VERB/0/root/{PAST} "
            "Diskriminierung/Diskriminierung/NOUN/2/obj "
            "ausdrücklich/ausdrücklich/ADJ/2/compound:prt ././PUNCT/2/punct",
            1,
            ("COERCE", "untersagen"),
        ),
    ],
    ids=["derived-adjective", "short-adjective-particle", "derived-adverb"],
)
def test_a_derived_adjective_labelled_particle_is_the_verbs_complement(
    vocab, spec, index, expected
):
    doc = make_doc(vocab, spec, {})
    match = match_predicate(doc[index], load_codebook())
    assert (match and (match[0].type, match[0].lemma)) == expected


def test_blaming_with_the_adjective_labelled_particle_is_an_accusation(vocab):
    doc = make_doc(
        vocab, BLAME_WITH_ADJECTIVE_AS_PARTICLE, {"Selenskyj": ["UKR"], "Russland": ["RUS"]}
    )
    assert ("ACCUSE", ("UKR",), ("RUS",), "asserted") in coded(doc)


# "Erneut forderte Scholz Russland zum Rückzug auf": the object's name hung on the subject's
# name as a part of it
INVERTED_SUBJECT_AND_NAME = (
    f"Erneut/erneut/ADV/2/advmod forderte/fordern/VERB/0/root/{PAST} "
    "Scholz/Scholz/PROPN/2/nsubj Russland/Russland/PROPN/3/flat zum/zu/ADP/6/case "
    "Rückzug/Rückzug/NOUN/2/obl auf/auf/ADP/2/compound:prt ././PUNCT/2/punct"
)


def _with_entities(doc, ents):
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize(
    ("spec", "ents", "moved"),
    [
        (INVERTED_SUBJECT_AND_NAME, [(2, 3, "PER"), (3, 4, "LOC")], ["Russland"]),
        # as an apposition, before a noun object: "warf Selenskyj Russland Kriegsverbrechen vor"
        (
            f"Am/an/ADP/2/case Montag/Montag/PROPN/3/obl warf/werfen/VERB/0/root/{PAST} "
            "Selenskyj/Selenskyj/PROPN/3/nsubj Russland/Russland/PROPN/4/appos "
            "Kriegsverbrechen/Kriegsverbrechen/NOUN/3/obj vor/vor/ADP/3/compound:prt "
            "././PUNCT/3/punct",
            [(3, 4, "PER"), (4, 5, "LOC")],
            ["Russland"],
        ),
        # one person's name of two words stays one
        (
            f"Erneut/erneut/ADV/2/advmod forderte/fordern/VERB/0/root/{PAST} "
            "Olaf/Olaf/PROPN/2/nsubj Scholz/Scholz/PROPN/3/flat Russland/Russland/PROPN/2/obj "
            "auf/auf/ADP/2/compound:prt ././PUNCT/2/punct",
            [(2, 4, "PER"), (4, 5, "LOC")],
            [],
        ),
        # the subject before the verb: no inverted order
        (
            f"Scholz/Scholz/PROPN/3/nsubj Russland/Russland/PROPN/1/flat "
            f"forderte/fordern/VERB/0/root/{PAST} ././PUNCT/3/punct",
            [(0, 1, "PER"), (1, 2, "LOC")],
            [],
        ),
    ],
    ids=["flat", "apposition", "two-word-person", "subject-first"],
)
def test_a_state_name_hung_on_the_inverted_subject_is_the_object(vocab, spec, ents, moved):
    doc = _with_entities(make_doc(vocab, spec, {}), ents)
    found = repair_names_after_person(doc)
    assert [t.text for t in found] == moved
    for token in found:
        assert token.dep_ == "obj" and token.head.pos_ == "VERB"


def test_the_inverted_subject_and_a_state_name_give_actor_and_recipient(vocab):
    doc = _with_entities(
        make_doc(vocab, INVERTED_SUBJECT_AND_NAME, {"Scholz": ["DEU"], "Russland": ["RUS"]}),
        [(2, 3, "PER"), (3, 4, "LOC")],
    )
    assert ("REQUEST", ("DEU",), ("RUS",), "asserted") in coded(doc)


@pytest.fixture(scope="module")
def complete():
    return EntityCompleter(spacy.blank("de"))


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        (
            "Erneut forderte Scholz Russland zum Rückzug auf .",
            [(2, 4, "PER")],
            [("Scholz", "PER"), ("Russland", "LOC")],
        ),
        (
            "Zugleich warf Erdogan Schweden Untätigkeit vor .",
            [(2, 4, "PER")],
            [("Erdogan", "PER"), ("Schweden", "LOC")],
        ),
        # a capital too
        (
            "Dafür machte Kuleba Moskau verantwortlich .",
            [(2, 4, "PER")],
            [("Kuleba", "PER"), ("Moskau", "LOC")],
        ),
        # a person's name of two words is left whole
        ("Dann sprach Olaf Scholz .", [(2, 4, "PER")], [("Olaf Scholz", "PER")]),
        # an organisation's national branch the model took for a person
        (
            "Der Lesben- und Schwulenverband Deutschland klagte .",
            [(3, 5, "PER")],
            [("Schwulenverband Deutschland", "PER")],
        ),
    ],
    ids=["state", "state-and-demonym", "capital", "person", "organisation-branch"],
)
def test_a_persons_name_does_not_end_in_a_states_name(complete, text, model_ents, expected):
    doc = spacy.blank("de").make_doc(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in model_ents]
    assert [(e.text, e.label_) for e in complete(doc).ents] == expected


# "Das Außenministerium wies die Kritik der EU entschieden zurück" as the model parses it:
# the adverb "entschieden" read as a second finite verb, with the object and the particle
REJECT_WITH_ADVERB_AS_VERB = (
    "Das/der/DET/2/det Außenministerium/Außenministerium/NOUN/3/nsubj "
    f"wies/weisen/VERB/0/root/{PAST} die/der/DET/5/det Kritik/Kritik/NOUN/9/nsubj "
    "der/der/DET/7/det/Case=Gen EU/EU/PROPN/5/nmod/Case=Gen "
    "entschieden/entscheiden/VERB/3/xcomp/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin "
    "zurück/zurück/ADV/8/compound:prt ././PUNCT/3/punct"
)


def _set_tag(doc, index, tag):
    doc[index].tag_ = tag
    return doc


@pytest.mark.parametrize(
    ("spec", "particle_index", "moved"),
    [
        (REJECT_WITH_ADVERB_AS_VERB, 8, ["entschieden"]),
        # a coordinated finite verb keeps its particle: "wies das zurück und lehnte ab"
        (
            f"Er/er/PRON/2/nsubj wies/weisen/VERB/0/root/{PAST} das/das/PRON/2/obj "
            "zurück/zurück/ADV/2/compound:prt und/und/CCONJ/6/cc "
            f"lehnte/lehnen/VERB/2/conj/{PAST} ab/ab/ADV/6/compound:prt ././PUNCT/2/punct",
            6,
            [],
        ),
        # the finite verb has its own particle
        (
            f"Er/er/PRON/2/nsubj forderte/fordern/VERB/0/root/{PAST} sie/sie/PRON/2/obj "
            "auf/auf/ADV/2/compound:prt ,/,/PUNCT/6/punct "
            f"entschieden/entscheiden/VERB/2/xcomp/{PAST} ab/ab/ADV/6/compound:prt "
            "././PUNCT/2/punct",
            6,
            [],
        ),
    ],
    ids=["adverb-as-verb", "coordinated-verb", "own-particle"],
)
def test_a_separated_particle_belongs_to_the_finite_verb_of_its_clause(
    vocab, spec, particle_index, moved
):
    doc = _set_tag(make_doc(vocab, spec, {}), particle_index, "PTKVZ")
    found = repair_particle_under_adverb(doc)
    assert [t.text for t in found] == moved
    for adverb in found:
        assert adverb.dep_ == "advmod"
        assert doc[particle_index].head == adverb.head


def test_a_rejection_with_an_adverb_read_as_verb_names_whose_criticism(vocab):
    doc = _set_tag(
        make_doc(vocab, REJECT_WITH_ADVERB_AS_VERB, {"Außenministerium": ["CHN"], "EU": ["EU"]}),
        8,
        "PTKVZ",
    )
    assert any(e[0] == "REJECT" and e[1] == ("CHN",) and e[2] == ("EU",) for e in coded(doc))


@pytest.mark.parametrize(
    ("spec", "place", "expected"),
    [
        # "rief die Konfliktparteien im Sudan zu einer Waffenruhe auf": where the parties are
        (
            f"Frankreich/Frankreich/PROPN/2/nsubj rief/rufen/VERB/0/root/{PAST} "
            "die/der/DET/4/det Konfliktparteien/Konfliktpartei/NOUN/2/obj im/in/ADP/6/case "
            "Sudan/Sudan/PROPN/2/obl zu/zu/ADP/9/case einer/ein/DET/9/det "
            "Waffenruhe/Waffenruhe/NOUN/2/obl auf/auf/ADP/2/compound:prt ././PUNCT/2/punct",
            5,
            True,
        ),
        # after a name the place is where the act happens: "traf Xi in Peking"
        (
            f"Putin/Putin/PROPN/2/nsubj traf/treffen/VERB/0/root/{PAST} Xi/Xi/PROPN/2/obj "
            "in/in/ADP/5/case Peking/Peking/PROPN/2/obl ././PUNCT/2/punct",
            4,
            False,
        ),
        # right after the verb too: "forderte in Moskau den Abzug"
        (
            f"Scholz/Scholz/PROPN/2/nsubj forderte/fordern/VERB/0/root/{PAST} "
            "in/in/ADP/4/case Moskau/Moskau/PROPN/2/obl den/der/DET/6/det "
            "Abzug/Abzug/NOUN/2/obj ././PUNCT/2/punct",
            3,
            False,
        ),
    ],
    ids=["after-object-noun", "after-name", "after-verb"],
)
def test_an_in_place_right_after_a_common_noun_belongs_to_the_noun(vocab, spec, place, expected):
    doc = make_doc(vocab, spec, {})
    assert modifies_noun_before(doc[place]) is expected


@pytest.mark.model
def test_calling_on_the_parties_in_a_state_is_no_visit_to_it(nlp):
    events = analysed(
        nlp,
        "Paris (dpa) - Frankreich hat die Konfliktparteien im Sudan zu einer Waffenruhe "
        "aufgerufen.",
        "2024-05-01",
    )
    assert ("REQUEST", "FRA", "SDN") in events
    assert not any(e[0] == "CONSULT" for e in events)


@pytest.mark.parametrize(
    ("spec", "passive", "subject"),
    [
        # "Tausende Ärzte sind in den Streik getreten" with "sind" a copula and the subject
        # labelled passive subject
        (
            "Tausende/Tausende/PROPN/2/amod Ärzte/Arzt/NOUN/7/nsubj:pass "
            "sind/sein/AUX/7/cop/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin "
            "in/in/ADP/6/case den/der/DET/6/det Streik/Streik/NOUN/7/obl "
            "getreten/treten/VERB/0/root/VerbForm=Part ././PUNCT/7/punct",
            False,
            ["Ärzte"],
        ),
        # a Zustandspassiv stays one: "Die Politiker sind angeklagt"
        (
            "Die/der/DET/2/det Politiker/Politiker/NOUN/4/nsubj:pass "
            "sind/sein/AUX/4/cop/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin "
            "angeklagt/anklagen/VERB/0/root/VerbForm=Part ././PUNCT/4/punct",
            True,
            [],
        ),
    ],
    ids=["sein-perfect-with-copula", "state-passive"],
)
def test_sein_labelled_copula_makes_the_perfect_of_a_verb_of_motion(vocab, spec, passive, subject):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert is_passive(verb) is passive
    assert [t.text for t in subjects(verb)] == subject


@pytest.mark.model
def test_thousands_going_on_strike_in_a_state_protest(nlp):
    events = analysed(
        nlp, "Seoul (dpa) - Tausende Ärzte in Südkorea sind in den Streik getreten.", "2024-05-01"
    )
    assert ("PROTEST", "KOR", "KOR") in events


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "als" hung on the adjective as a marker, not a preposition
        (
            f"Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj "
            f"bezeichnete/bezeichnen/VERB/0/root/{PAST} die/der/DET/5/det "
            "Vorwürfe/Vorwurf/NOUN/3/obj als/als/CCONJ/7/mark haltlos/haltlos/ADJ/3/xcomp "
            "././PUNCT/3/punct",
            "REJECT",
        ),
        # "nennen" takes the bare predicative
        (
            f"Peskow/Peskow/PROPN/2/nsubj nannte/nennen/VERB/0/root/{PAST} "
            "die/der/DET/4/det Vorwürfe/Vorwurf/NOUN/2/obj "
            "unbegründet/unbegründet/ADJ/2/advmod ././PUNCT/2/punct",
            "REJECT",
        ),
        # an adjective that concedes the claim dismisses nothing: it stays a positive judgement
        (
            f"Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj "
            f"bezeichnete/bezeichnen/VERB/0/root/{PAST} die/der/DET/5/det "
            "Kritik/Kritik/NOUN/3/obj als/als/CCONJ/7/mark berechtigt/berechtigt/ADJ/3/xcomp "
            "././PUNCT/3/punct",
            "SUPPORT",
        ),
    ],
    ids=["als-adjective", "nennen-bare", "conceding-adjective"],
)
def test_calling_a_claim_baseless_rejects_it(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    match = match_predicate(verb, load_codebook())
    assert (match and match[0].type) == expected


# "Gegen Scholz wird ermittelt ." / "Die Ursache wird ermittelt ."
INVESTIGATED = {
    "against": "Gegen/gegen/ADP/2/case Scholz/Scholz/PROPN/4/obl wird/werden/AUX/4/aux:pass "
               "ermittelt/ermitteln/VERB/0/root/VerbForm=Part ././PUNCT/4/punct",
    "finding-out": "Die/der/DET/2/det Ursache/Ursache/NOUN/4/nsubj:pass "
                   "wird/werden/AUX/4/aux:pass ermittelt/ermitteln/VERB/0/root/VerbForm=Part "
                   "././PUNCT/4/punct",
}  # fmt: skip


@pytest.mark.parametrize(
    ("case", "investigated"), [("against", True), ("finding-out", False)], ids=list(INVESTIGATED)
)
def test_an_agentless_investigation_against_someone_is_the_judiciarys(vocab, case, investigated):
    from lagebild.pipeline.actors.home import HomeState
    from lagebild.pipeline.events.coder import find_events

    doc = make_doc(vocab, INVESTIGATED[case], {"Scholz": ["scholz"]})
    doc._.home_state = HomeState("DEU", "dateline (3)")
    events = [e for e in find_events(doc, load_codebook()) if e.type == "ACCUSE"]
    assert bool(events) is investigated
    assert all(p.sector == "JUD" and p.code == "DEU" for e in events for p in e.actor)


# "Israel wies die Forderung der EU nach einer Waffenruhe zurück" as the model parses it:
# both phrases labelled subject, the bare name before the verb tagged dative
VORFELD_NAME_TAGGED_DATIVE = (
    f"Israel/Israel/PROPN/2/nsubj/Case=Dat wies/weisen/VERB/0/root/{PAST} "
    "die/der/DET/4/det/Case=Nom Forderung/Forderung/NOUN/2/nsubj/Case=Acc "
    "der/der/DET/6/det/Case=Gen EU/EU/PROPN/4/nmod/Case=Gen "
    "zurück/zurück/ADV/2/compound:prt ././PUNCT/2/punct"
)


def test_a_bare_name_before_the_verb_is_the_subject_whatever_its_tagged_case(vocab):
    doc = make_doc(vocab, VORFELD_NAME_TAGGED_DATIVE, {"Israel": ["ISR"], "EU": ["EU"]})
    events = coded(doc)
    assert ("REJECT", ("ISR",), ("EU",), "asserted") in events
    assert not any(e[0] == "REJECT" and e[1] == ("EU",) for e in events)


# "Erdogan warf Israel Völkermord vor und forderte ein Ende der Angriffe"
ACCUSATION_AND_DEMAND = (
    f"Erdogan/Erdogan/PROPN/2/nsubj warf/werfen/VERB/0/root/{PAST} "
    "Israel/Israel/PROPN/2/iobj Völkermord/Völkermord/NOUN/2/obj vor/vor/ADP/2/compound:prt "
    f"und/und/CCONJ/7/cc forderte/fordern/VERB/2/conj/{PAST} ein/ein/DET/9/det "
    "Ende/Ende/NOUN/7/obj der/der/DET/11/det/Case=Gen Angriffe/Angriff/NOUN/9/nmod/Case=Gen "
    "././PUNCT/2/punct"
)


def test_a_coordinated_demand_shares_the_target_of_the_accusation(vocab):
    from lagebild.pipeline.actors.home import HomeState

    doc = make_doc(vocab, ACCUSATION_AND_DEMAND, {"Erdogan": ["DEU"], "Israel": ["ISR"]})
    doc._.home_state = HomeState("DEU", "dateline (3)")
    events = coded(doc)
    assert ("ACCUSE", ("DEU",), ("ISR",), "asserted") in events
    assert ("REQUEST", ("DEU",), ("ISR",), "asserted") in events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiew (dpa) - Selenskyj machte Russland für den Angriff auf das Krankenhaus "
            "verantwortlich.",
            ("ACCUSE", "UKR", "RUS"),
        ),
        ("Moskau (dpa) - US-Präsident Biden machte Putin für den Tod verantwortlich.",
         ("ACCUSE", "USA", "RUS")),
        ("Berlin (dpa) - Erneut forderte Scholz Russland zum Rückzug auf.",
         ("REQUEST", "DEU", "RUS")),
        ("Kiew (dpa) - Am Montag warf Selenskyj Russland Kriegsverbrechen vor.",
         ("ACCUSE", "UKR", "RUS")),
        ("Ankara (dpa) - Zugleich warf Erdogan Schweden Untätigkeit vor.",
         ("ACCUSE", "TUR", "SWE")),
        ("Peking (dpa) - Das chinesische Außenministerium wies die Kritik der EU entschieden "
         "zurück.", ("REJECT", "CHN", "EU")),
        ("Kiew (dpa) - Die Ukraine wies die Darstellung Moskaus entschlossen zurück.",
         ("REJECT", "UKR", "RUS")),
        ("Teheran (dpa) - Der Iran hat die Anschuldigungen der USA als «grundlos» bezeichnet.",
         ("REJECT", "IRN", "USA")),
        ("Paris (dpa) - Gegen den früheren Präsidenten Sarkozy wird wegen Korruption ermittelt.",
         ("ACCUSE", "FRA", "FRA")),
        ("Jerusalem (dpa) - Israel wies die Forderung der UN nach einer Waffenruhe zurück.",
         ("REJECT", "ISR", "UN")),
        ("Ankara (dpa) - Erdogan warf Israel Völkermord vor und forderte ein Ende der Angriffe.",
         ("REQUEST", "TUR", "ISR")),
    ],
    ids=["blame-adjective-particle", "blame-person", "inverted-demand", "inverted-accusation",
         "inverted-demonym-state", "rejection-adverb-as-verb", "rejection-adverb-as-verb-2",
         "claim-called-baseless", "agentless-investigation",
         "vorfeld-name-tagged-dative", "coordinated-demand"],
)  # fmt: skip
def test_wire_accusations_and_demands_name_their_target(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")
