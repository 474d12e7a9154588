"""Recipients of events found in the right sentence with the right type (session 15).

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
small model's mis-parse; the ``model`` tests run one sentence through the full pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from lagebild.pipeline.entities import EntityCompleter
from lagebild.pipeline.events.arguments import objects, subjects
from lagebild.pipeline.events.participants import participants_in
from lagebild.pipeline.events.repair import (
    repair_main_clause_under_condition,
    repair_name_after_plural_subject,
    repair_name_after_relative_pronoun,
    repair_names_after_actor,
    repair_particle_before_comma,
)
from tests.pipeline.events.test_answered_claims import ACCUSATION, _denial
from tests.pipeline.events.test_coder import analysed, coded, make_doc

PAST = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"


def _with_entities(doc, ents):
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.fixture(scope="module")
def complete():
    return EntityCompleter(spacy.blank("de"))


@pytest.mark.parametrize(
    ("text", "model_ents", "expected"),
    [
        (
            "In ihrer Erklärung forderten die G7 China auf .",
            [(5, 7, "ORG")],
            [("G7", "ORG"), ("China", "LOC")],
        ),
        (
            "Zuvor hatten die USA und die EU Moskau aufgefordert .",
            [(3, 4, "LOC"), (6, 8, "ORG")],
            [("USA", "LOC"), ("EU", "ORG"), ("Moskau", "LOC")],
        ),
        # a state before a state
        (
            "Zugleich forderte die Türkei Schweden auf .",
            [(3, 5, "LOC")],
            [("Türkei", "LOC"), ("Schweden", "LOC")],
        ),
        # a state's name of several words the knowledge base knows whole stays one
        (
            "Die Volksrepublik China protestierte .",
            [(1, 3, "LOC")],
            [("Volksrepublik China", "LOC")],
        ),
        # a name the knowledge base does not know as an actor's before the state's
        ("Die Deutsche Bahn China wächst .", [(1, 4, "ORG")], [("Deutsche Bahn China", "ORG")]),
    ],
    ids=["organisation-state", "organisation-capital", "state-state", "one-state-name",
         "unknown-first-name"],
)  # fmt: skip
def test_an_actors_name_does_not_go_on_with_a_states_name(complete, text, model_ents, expected):
    doc = spacy.blank("de").make_doc(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in model_ents]
    assert [(e.text, e.label_) for e in complete(doc).ents] == expected


# "In ihrer Erklärung forderten die G8 China auf": the object's name hung on the subject's
# name as a part of it, as the model parses it
ORGANISATION_AND_STATE_AS_ONE_NAME = (
    "In/in/ADP/3/case ihrer/ihr/DET/3/det:poss Erklärung/Erklärung/NOUN/4/obl "
    f"forderten/fordern/VERB/0/root/{PAST} die/der/DET/6/det G8/G8/PROPN/4/nsubj "
    "China/China/PROPN/6/flat auf/auf/ADP/4/compound:prt ././PUNCT/4/punct"
)


@pytest.mark.parametrize(
    ("spec", "ents", "moved"),
    [
        (ORGANISATION_AND_STATE_AS_ONE_NAME, [(5, 6, "ORG"), (6, 7, "LOC")], ["China"]),
        # under a subject the parser hung on the auxiliary: the participle's object
        (
            f"Zuvor/zuvor/ADV/6/advmod hatten/haben/AUX/6/aux/{PAST} die/der/DET/4/det "
            "EU/EU/PROPN/2/punct Moskau/Moskau/PROPN/4/flat "
            "aufgefordert/auffordern/VERB/0/root/VerbForm=Part ././PUNCT/6/punct",
            [(3, 4, "ORG"), (4, 5, "LOC")],
            ["Moskau"],
        ),
        # the first name is in a prepositional phrase: no subject, and no object after it
        (
            f"Sie/sie/PRON/2/nsubj sprachen/sprechen/VERB/0/root/{PAST} mit/mit/ADP/5/case "
            "der/der/DET/5/det EU/EU/PROPN/2/obl China/China/PROPN/5/flat ././PUNCT/2/punct",
            [(4, 5, "ORG"), (5, 6, "LOC")],
            [],
        ),
        # one entity: a name of several words
        (ORGANISATION_AND_STATE_AS_ONE_NAME, [(5, 7, "ORG")], []),
        # a genitive by its -s: "die Nachbarn Russlands"
        (
            f"Dann/dann/ADV/2/advmod protestierten/protestieren/VERB/0/root/{PAST} "
            "die/der/DET/4/det EU/EU/PROPN/2/nsubj Russlands/Russland/PROPN/4/flat "
            "././PUNCT/2/punct",
            [(3, 4, "ORG"), (4, 5, "LOC")],
            [],
        ),
    ],
    ids=["flat-after-verb", "under-auxiliary", "in-pp", "one-entity", "genitive-s"],
)
def test_a_state_name_hung_on_another_actors_name_is_the_object(vocab, spec, ents, moved):
    doc = _with_entities(make_doc(vocab, spec, {}), ents)
    found = repair_names_after_actor(doc)
    assert [t.text for t in found] == moved
    for token in found:
        assert token.dep_ == "obj" and token.head.pos_ == "VERB"


def test_an_organisation_and_a_state_name_give_actor_and_recipient(vocab):
    doc = _with_entities(
        make_doc(vocab, ORGANISATION_AND_STATE_AS_ONE_NAME, {"G8": ["G8"], "China": ["CHN"]}),
        [(5, 6, "ORG"), (6, 7, "LOC")],
    )
    assert ("REQUEST", ("G8",), ("CHN",), "asserted") in coded(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rom (dpa) - In ihrer Abschlusserklärung forderten die G7 China auf, keine Güter "
         "mehr an Russland zu liefern.", ("REQUEST", "G7", "CHN")),
        ("Kiew (dpa) - Zuvor hatten die USA und die EU Moskau mehrfach aufgefordert, die "
         "Truppen abzuziehen.", ("REQUEST", "EU,USA", "RUS")),
        ("Brüssel (dpa) - Daraufhin drohte die Nato Russland mit Konsequenzen.",
         ("THREATEN", "NATO", "RUS")),
    ],
    ids=["g7-china", "eu-moscow", "nato-russia"],
)  # fmt: skip
def test_wire_demands_name_the_state_after_the_subjects_name(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


# "…, Russland zu drängen, um die Ukraine zu stützen": a content clause with a purpose clause
# in it, "um" hung on the purpose clause (as mark) or on its first noun (as the model does)
CONTENT_WITH_PURPOSE = (
    f"Sie/sie/PRON/2/nsubj weigerten/weigern/VERB/0/root/{PAST} sich/sich/PRON/2/obj "
    ",/,/PUNCT/7/punct Russland/Russland/PROPN/7/obj zu/zu/PART/7/mark "
    "drängen/drängen/VERB/2/xcomp ,/,/PUNCT/13/punct um/um/{um} die/der/DET/11/det "
    "Ukraine/Ukraine/PROPN/13/obj zu/zu/PART/13/mark stützen/stützen/VERB/7/advcl "
    "././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("um", "expected"),
    [
        ("SCONJ/13/mark", ["RUS"]),
        ("ADP/11/case", ["RUS"]),
    ],
    ids=["um-as-mark", "um-on-noun"],
)
def test_whom_a_purpose_clause_names_is_no_content_of_the_act(vocab, um, expected):
    doc = make_doc(
        vocab, CONTENT_WITH_PURPOSE.format(um=um), {"Russland": ["RUS"], "Ukraine": ["UKR"]}
    )
    found = participants_in(doc, [doc[6]], whole_subtree=True)
    assert [p.code for p in found] == expected


@pytest.mark.model
def test_refusing_for_a_purpose_is_not_directed_at_whom_the_purpose_names(nlp):
    text = (
        "Berlin (dpa) - Lindner habe sich geweigert, einer Aussetzung der Schuldenbremse "
        "zuzustimmen, um die Ukraine-Hilfe und die Wirtschaft zu stützen, sagte der Kanzler."
    )
    assert not any(e[2] == "UKR" for e in analysed(nlp, text, "2024-05-01"))


@pytest.mark.parametrize(
    ("object_words", "expected"),
    [
        ("die/der/Definite=Def Darstellung/Darstellung", True),
        ("die/der/Definite=Def Angaben/Angabe", True),
        # a noun of no account or claim
        ("die/der/Definite=Def Reform/Reform", False),
    ],
    ids=["darstellung", "angaben", "no-account"],
)
def test_rejecting_an_account_told_before_targets_its_source(vocab, object_words, expected):
    doc = make_doc(
        vocab, ACCUSATION + _denial(5, object_words), {"Frankreich": ["FRA"], "Iran": ["IRN"]}
    )
    rejections = {e[2] for e in coded(doc) if e[0] == "REJECT" and e[1] == ("IRN",)}
    assert (("FRA",) in rejections) is expected


@pytest.mark.model
def test_rejecting_the_account_of_the_accuser_targets_it(nlp):
    text = (
        "Neu-Delhi (Reuters) - Das chinesische Außenministerium beschuldigte Indien, die Grenze "
        "überschritten zu haben. Ministeriumssprecher Zhao Lijian forderte Neu-Delhi auf, seine "
        "Truppen zu kontrollieren. Die indische Regierung wies die Darstellung zurück."
    )
    assert ("REJECT", "IND", "CHN") in analysed(nlp, text, "2020-06-16")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Athen (dpa) - Zuletzt hatten sich Erdogan und Mitsotakis im März in Istanbul "
         "getroffen.", ("CONSULT", "GRC", "TUR"), ("CONSULT", "GRC,TUR", "")),
        ("Moskau (dpa) - Putin und Erdogan trafen sich in Sotschi.", ("CONSULT", "TUR", "RUS"),
         ("CONSULT", "RUS,TUR", "")),
    ],
    ids=["istanbul", "sochi"],
)  # fmt: skip
def test_a_meeting_in_a_town_of_one_participants_state_is_a_visit_to_it(
    nlp, text, expected, absent
):
    events = analysed(nlp, text, "2024-05-01")
    assert expected in events and absent not in events


@pytest.mark.model
def test_a_bodys_meeting_in_a_town_is_no_visit_to_its_state(nlp):
    text = "Wien (dpa) - Die Verteidigungsminister der EU trafen sich in Innsbruck."
    assert not any(e[0] == "CONSULT" and e[2] == "AUT" for e in analysed(nlp, text, "2006-03-07"))


# "Erstmals werfen die Alliierten China vor": the object's name read as the apposition of the
# plural subject, as the model parses it
NAME_AFTER_PLURAL_SUBJECT = (
    f"Erstmals/erstmals/ADV/2/advmod werfen/werfen/VERB/0/root/{PAST} die/der/DET/4/det "
    "Alliierten/Alliierte/NOUN/2/nsubj/Number=Plur China/China/PROPN/4/appos "
    "vor/vor/ADP/2/compound:prt ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "moved"),
    [
        (NAME_AFTER_PLURAL_SUBJECT, ["China"]),
        # two states are members the plural names: "die Sicherheitsratsmitglieder China und
        # Indonesien"
        (
            f"Dann/dann/ADV/2/advmod lehnten/ablehnen/VERB/0/root/{PAST} die/der/DET/4/det "
            "Mitglieder/Mitglied/NOUN/2/nsubj/Number=Plur China/China/PROPN/4/appos "
            "und/und/CCONJ/7/cc Indonesien/Indonesien/PROPN/5/conj ././PUNCT/2/punct",
            [],
        ),
        # a singular subject: "der Nachbar China"
        (
            f"Dann/dann/ADV/2/advmod protestierte/protestieren/VERB/0/root/{PAST} "
            "der/der/DET/4/det Nachbar/Nachbar/NOUN/2/nsubj/Number=Sing "
            "China/China/PROPN/4/appos ././PUNCT/2/punct",
            [],
        ),
        # the genitive by its -s: "die Außenminister Russlands"
        (
            f"Dann/dann/ADV/2/advmod protestierten/protestieren/VERB/0/root/{PAST} "
            "die/der/DET/4/det Außenminister/Außenminister/NOUN/2/nsubj/Number=Plur "
            "Russlands/Russland/PROPN/4/nmod ././PUNCT/2/punct",
            [],
        ),
    ],
    ids=["plural-and-state", "member-list", "singular-noun", "genitive-s"],
)
def test_one_state_name_after_a_plural_subject_is_the_object(vocab, spec, moved):
    doc = make_doc(vocab, spec, {})
    ents = [(t.i, t.i + 1, "LOC") for t in doc if t.pos_ == "PROPN"]
    found = repair_name_after_plural_subject(_with_entities(doc, ents))
    assert [t.text for t in found] == moved
    for token in found:
        assert token.dep_ == "obj" and token.head.pos_ == "VERB"


@pytest.mark.model
def test_an_accusation_by_a_plural_subject_is_directed_at_the_state_after_it(nlp):
    text = (
        "Washington (dpa) - Erstmals werfen die Alliierten China in der Erklärung vor, ein "
        "Unterstützer des russischen Krieges zu sein."
    )
    events = analysed(nlp, text, "2024-07-10")
    assert not any(e[0] == "ACCUSE" and e[1] == "CHN" for e in events)


PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _relative(pronoun: str, antecedent: str, rest: str) -> str:
    """ "<antecedent> , <pronoun> Russland <rest> vorwirft , fordert Sanktionen ." with the
    name labelled a second subject, as the model parses it; ``rest`` is one token or empty."""
    words = antecedent.split()
    n = len(words)  # the antecedent's head is its last word
    verb = n + 4 + (1 if rest else 0)
    tokens = [
        f"{w}/{w.lower() if i < n - 1 else w}/{'DET' if i < n - 1 else 'PROPN'}/"
        f"{n if i < n - 1 else verb + 3}/{'det' if i < n - 1 else 'nsubj'}"
        for i, w in enumerate(words)
    ]
    tokens += [f",/,/PUNCT/{verb}/punct", f"{pronoun}/der/PRON/{verb}/nsubj/PronType=Rel"]
    tokens += [f"Russland/Russland/PROPN/{verb}/nsubj"]
    if rest:
        tokens += [f"{rest}/{rest}/NOUN/{verb}/obj"]
    tokens += [
        f"vorwirft/vorwerfen/VERB/{n}/acl:relcl/{PRES}",
        f",/,/PUNCT/{verb + 2}/punct",
        f"fordert/fordern/VERB/0/root/{PRES}",
        f"Sanktionen/Sanktion/NOUN/{verb + 2}/obj",
        f"././PUNCT/{verb + 2}/punct",
    ]
    return " ".join(tokens)


@pytest.mark.parametrize(
    ("pronoun", "antecedent", "rest", "moved"),
    [
        ("die", "Die Ukraine", "Kriegsverbrechen", ["Russland"]),
        ("das", "Polen", "Spionage", ["Russland"]),
        ("der", "Der Iran", "", ["Russland"]),
        # "die" without another object may be the accusative: left as parsed
        ("die", "Die Ukraine", "", []),
        # "der" after a feminine noun is the dative
        ("der", "Die Ukraine", "Kriegsverbrechen", []),
    ],
    ids=["die-with-object", "das-with-object", "der-masculine", "die-alone", "der-dative"],
)
def test_a_name_after_a_nominative_relative_pronoun_is_the_object(
    vocab, pronoun, antecedent, rest, moved
):
    doc = make_doc(vocab, _relative(pronoun, antecedent, rest), {})
    ents = [(t.i, t.i + 1, "LOC") for t in doc if t.pos_ == "PROPN"]
    found = repair_name_after_relative_pronoun(_with_entities(doc, ents))
    assert [t.text for t in found] == moved
    for token in found:
        assert token.dep_ == "obj" and doc[token.i - 1].dep_ == "nsubj"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warschau (dpa) - Polen, das Russland Spionage vorwirft, hat die Grenze geschlossen.",
         ("ACCUSE", "POL", "RUS")),
        ("Kiew (dpa) - Die Ukraine, die Russland Kriegsverbrechen vorwirft, fordert Sanktionen.",
         ("ACCUSE", "UKR", "RUS")),
        ("Teheran (dpa) - Der Iran, der Israel mit Vergeltung gedroht hatte, griff an.",
         ("THREATEN", "IRN", "ISR")),
    ],
    ids=["das", "die", "der"],
)  # fmt: skip
def test_the_relative_pronoun_is_the_subject_of_its_clause(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


# "Russland drohte mit Konsequenzen, sollte Polen beitreten": the main clause hung on the
# verb-first condition, as the model parses it
MAIN_CLAUSE_UNDER_CONDITION = (
    f"Russland/Russland/PROPN/2/nsubj drohte/drohen/VERB/8/advcl/{PAST} mit/mit/ADP/4/case "
    "Konsequenzen/Konsequenz/NOUN/2/obl ,/,/PUNCT/2/punct "
    "sollte/sollen/AUX/8/aux/Mood=Sub|VerbForm=Fin Polen/Polen/PROPN/8/nsubj "
    "beitreten/beitreten/VERB/0/root ././PUNCT/8/punct"
)


@pytest.mark.parametrize(
    ("spec", "restored"),
    [
        (MAIN_CLAUSE_UNDER_CONDITION, ["drohte"]),
        # a clause with its own conjunction is an adverbial clause indeed
        (MAIN_CLAUSE_UNDER_CONDITION.replace("Russland/Russland/PROPN/2/nsubj",
                                             "Als/als/SCONJ/2/mark"), []),
        # "sollte" not after a comma: a modal, not a condition
        (MAIN_CLAUSE_UNDER_CONDITION.replace(",/,/PUNCT/2/punct", "und/und/CCONJ/8/cc"), []),
    ],
    ids=["condition-as-root", "marked-clause", "no-comma"],
)  # fmt: skip
def test_a_verb_first_condition_hangs_on_the_clause_before_it(vocab, spec, restored):
    doc = make_doc(vocab, spec, {})
    found = repair_main_clause_under_condition(doc)
    assert [t.text for t in found] == restored
    for verb in found:
        assert verb.dep_ == "root" and doc[7].head == verb and doc[7].dep_ == "advcl"


def test_a_threat_whose_condition_the_parser_made_the_main_clause_targets_its_subject(vocab):
    doc = make_doc(vocab, MAIN_CLAUSE_UNDER_CONDITION, {"Russland": ["RUS"], "Polen": ["POL"]})
    assert ("THREATEN", ("RUS",), ("POL",), "asserted") in coded(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Moskau (dpa) - Russland drohte mit Konsequenzen, sollte Finnland der Nato beitreten.",
         ("THREATEN", "RUS", "FIN"), ("THREATEN", "RUS", "RUS")),
        # a verb-first "sollte" is a condition, no reported demand
        ("Berlin (dpa) - Buschmann sagte, Deutschland sei verpflichtet, Putin festzunehmen, "
         "sollte er deutsches Territorium betreten.", None, ("REQUEST", "DEU", "RUS")),
    ],
    ids=["threat-condition", "condition-no-demand"],
)  # fmt: skip
def test_a_verb_first_sollte_clause_is_a_condition(nlp, text, expected, absent):
    events = analysed(nlp, text, "2024-05-01")
    assert (expected is None or expected in events) and absent not in events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peking (dpa) - Qin nahm eine Einladung zu einem Gegenbesuch in Washington an.",
         ("AGREE", "CHN", "USA")),
        ("Peking (dpa) - Der chinesische Außenminister nahm die Einladung nach Moskau an.",
         ("AGREE", "CHN", "RUS")),
    ],
    ids=["visit-in", "invitation-nach"],
)  # fmt: skip
def test_accepting_an_invitation_to_a_visit_is_directed_at_the_host_state(nlp, text, expected):
    assert expected in analysed(nlp, text, "2023-06-19")


@pytest.mark.model
def test_rejecting_an_accusation_told_earlier_in_the_same_sentence_targets_the_accuser(nlp):
    text = (
        "Kiew (dpa) - Moskau wirft Kiew vor, die Anlage beschossen zu haben, Kiew weist dies "
        "zurück."
    )
    assert ("REJECT", "UKR", "RUS") in analysed(nlp, text, "2024-05-01")


# "Huthi-Rebellen griffen ein Kriegsschiff an" with both labelled subject and the bare plural
# tagged dative, as the model parses it
TWO_SUBJECTS_OF_A_PLURAL_VERB = (
    "Rebellen/Rebell/NOUN/2/nsubj/Case=Dat|Number=Plur "
    "griffen/greifen/VERB/0/root/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin "
    "ein/ein/DET/4/det/Case=Nom Kriegsschiff/Kriegsschiff/NOUN/2/nsubj/Case=Nom|Number=Sing "
    "an/an/ADP/2/compound:prt ././PUNCT/2/punct"
)


def test_the_subject_agrees_with_the_finite_verb_in_number(vocab):
    doc = make_doc(vocab, TWO_SUBJECTS_OF_A_PLURAL_VERB, {})
    verb = doc[1]
    assert [t.text for t in subjects(verb)][:1] == ["Rebellen"]
    assert "Kriegsschiff" in [t.text for t in objects(verb)]


def test_a_bare_plural_before_the_verb_acts_whatever_case_it_is_tagged(vocab):
    doc = make_doc(
        vocab, TWO_SUBJECTS_OF_A_PLURAL_VERB, {"Rebellen": ["PSE"], "Kriegsschiff": ["USA/MIL"]}
    )
    assert ("ASSAULT", ("PSE",), ("USA",), "asserted") in coded(doc)


@pytest.mark.model
def test_rebels_attacking_a_warship_are_the_actor(nlp):
    text = "Sanaa (dpa) - Huthi-Rebellen griffen ein US-Kriegsschiff im Roten Meer an."
    assert ("ASSAULT", "HOUTHI", "USA") in analysed(nlp, text, "2024-01-10")


@pytest.mark.model
def test_the_conflict_sides_a_foreign_minister_addresses_are_of_the_story_state(nlp):
    text = (
        "Tripolis (dpa) - In der libyschen Hauptstadt Tripolis sind bei Gefechten zwischen "
        "Milizen mindestens 32 Menschen getötet worden. Libyen ist seit Jahren gespalten. "
        "Bundesaußenministerin Annalena Baerbock forderte die Konfliktparteien auf, die Gewalt "
        "zu beenden."
    )
    events = analysed(nlp, text, "2022-08-28")
    assert ("REQUEST", "DEU", "LBY") in events and ("REQUEST", "DEU", "DEU") not in events


@pytest.mark.model
def test_police_firing_on_a_crowd_fire_on_their_own_people(nlp):
    text = "Nairobi (dpa) - Die kenianische Polizei eröffnete das Feuer auf die Menge."
    assert ("ASSAULT", "KEN", "KEN") in analysed(nlp, text, "2024-06-25")


# "Die Regierung wies die Diplomaten aus, darunter Argentinien und Chile": the particle read as
# the preposition of the list after the comma, as the model parses it
PARTICLE_BEFORE_LIST = (
    "Die/der/DET/2/det Regierung/Regierung/NOUN/3/nsubj "
    f"wies/weisen/VERB/0/root/{PAST} die/der/DET/5/det Diplomaten/Diplomat/NOUN/3/obj "
    "aus/aus/ADP/9/case ,/,/PUNCT/9/punct darunter/darunter/ADV/9/advmod "
    "Argentinien/Argentinien/PROPN/3/obl und/und/CCONJ/11/cc Chile/Chile/PROPN/9/conj "
    "././PUNCT/3/punct"
)


def test_a_word_before_a_comma_is_the_verbs_particle_and_darunter_lists_members(vocab):
    doc = make_doc(vocab, PARTICLE_BEFORE_LIST, {})
    found = repair_particle_before_comma(doc)
    assert [t.text for t in found] == ["aus"]
    assert doc[5].dep_ == "compound:prt" and doc[5].head == doc[2]
    assert doc[8].dep_ == "appos" and doc[8].head == doc[4]


def test_an_expulsion_of_diplomats_darunter_states_targets_the_states(vocab):
    doc = make_doc(
        vocab,
        PARTICLE_BEFORE_LIST,
        {"Regierung": ["IRN"], "Argentinien": ["FRA"], "Chile": ["ITA"]},
    )
    assert any(e[0] == "SANCTION" and set(e[2]) == {"FRA", "ITA"} for e in coded(doc))
