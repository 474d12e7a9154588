"""Actors and recipients of events found in the right sentence with the right type
(session 16, branch recip16).

Hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``) reproduce the
small model's mis-parse; the ``model`` tests run one sentence through the full pipeline.
"""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import (
    repair_name_subject_after_fronted_object,
    repair_names_under_pronouns,
    repair_verb_first_conjuncts,
)
from tests.pipeline.events.test_coder import analysed, coded, make_doc

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"

# "Israel begrüßte die Resolution, warf der Miliz aber vor, zu lügen": the first conjunct
# hung on the second as if it were said, and the dative after the second verb its subject,
# as the model parses it
CONJUNCT_AS_CONTENT = (
    f"Israel/Israel/PROPN/2/nsubj begrüßte/begrüßen/VERB/6/ccomp/{PAST} "
    "die/der/DET/4/det Resolution/Resolution/NOUN/2/obj ,/,/PUNCT/2/punct "
    f"warf/werfen/VERB/0/root/{PAST} der/der/DET/8/det Miliz/Miliz/NOUN/6/nsubj "
    "aber/aber/ADV/6/advmod vor/vor/ADP/6/compound:prt ,/,/PUNCT/13/punct "
    "zu/zu/PART/13/mark lügen/lügen/VERB/6/xcomp ././PUNCT/6/punct"
)


@pytest.mark.parametrize(
    ("spec", "restored"),
    [
        (CONJUNCT_AS_CONTENT, ["warf"]),
        # reported speech in the Konjunktiv: "Israel lüge, warf der Sprecher … vor"
        (CONJUNCT_AS_CONTENT.replace(f"VERB/6/ccomp/{PAST}", "VERB/6/ccomp/Mood=Sub|VerbForm=Fin"),
         []),
        # a quotation: «Israel begrüßte …», …
        (CONJUNCT_AS_CONTENT.replace("Israel/Israel/PROPN/2/nsubj", "«Israel/Israel/PROPN/2/nsubj"),
         []),
        # "…, sagte der Sprecher": the second verb has no content of its own
        (CONJUNCT_AS_CONTENT.replace("lügen/lügen/VERB/6/xcomp", "lügen/lügen/VERB/6/advcl"), []),
        # a clause with its own conjunction is subordinate ("Als Israel …, warf …")
        (CONJUNCT_AS_CONTENT.replace("die/der/DET/4/det", "dass/dass/SCONJ/2/mark"), []),
    ],
    ids=["conjunct-as-content", "konjunktiv", "quoted", "no-own-content", "subordinate"],
)  # fmt: skip
def test_a_verb_first_clause_after_a_main_clause_is_its_conjunct(vocab, spec, restored):
    doc = make_doc(vocab, spec, {})
    found = repair_verb_first_conjuncts(doc)
    assert [t.text for t in found] == restored
    for verb in found:
        assert verb.head == doc[1] and verb.dep_ == "conj" and doc[1].dep_ == "root"
        assert doc[7].dep_ == "iobj"  # "der Miliz" after the verb: the dative


def test_the_verb_first_conjunct_shares_the_subject_of_the_clause_before(vocab):
    doc = make_doc(vocab, CONJUNCT_AS_CONTENT, {"Israel": ["ISR"], "Miliz": ["PSE"]})
    events = coded(doc)
    assert ("ACCUSE", ("ISR",), ("PSE",), "asserted") in events
    assert ("ACCUSE", ("PSE",), ("ISR",), "asserted") not in events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("New York (dpa) - Israels UN-Botschafter Gilad Erdan begrüßte die Verlängerung, warf "
         "der Hisbollah aber vor, die Blauhelme mit Gewalt zu behindern.",
         ("ACCUSE", "ISR", "HEZBOLLAH"), ("ACCUSE", "HEZBOLLAH", "ISR")),
    ],
    ids=["begruesste-warf-vor"],
)  # fmt: skip
def test_an_accusation_in_a_second_conjunct_is_the_first_subjects(nlp, text, expected, absent):
    events = analysed(nlp, text, "2024-05-01")
    assert expected in events and absent not in events


GABON = (
    "Libreville (AFP) - Im zentralafrikanischen Gabun hat das Militär die Macht übernommen. "
    "Frankreich verurteilte den Staatsstreich. Die französische Regierung verlangte, das "
    "Ergebnis der Wahl zu respektieren. "
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (GABON + "Die Opposition hatte der Regierung massiven Wahlbetrug vorgeworfen.",
         ("ACCUSE", "GAB", "GAB"), ("ACCUSE", "GAB", "FRA")),
    ],
    ids=["opposition-government"],
)  # fmt: skip
def test_the_government_the_opposition_addresses_is_of_its_state(nlp, text, expected, absent):
    """ "Die Opposition warf der Regierung Wahlbetrug vor": the two sides at home, of one
    state, not the government named last (the French one)."""
    events = analysed(nlp, text, "2023-08-30")
    assert expected in events and absent not in events


PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

# "Die Region Transnistrien hat Russland um Schutz gebeten": the fronted subject labelled
# object and the bare name after the finite verb subject, as the model parses it
FRONTED_SUBJECT_AS_OBJECT = (
    "Die/der/DET/3/det/Case=Nom|Gender=Fem|Number=Sing "
    "Region/Region/NOUN/3/compound/Case=Acc|Gender=Fem|Number=Sing "
    "Transnistrien/Transnistrien/PROPN/8/obj/Case=Nom|Gender=Neut|Number=Sing "
    f"hat/haben/AUX/8/aux/{PRESENT} Russland/Russland/PROPN/8/nsubj/Case=Dat|Number=Sing "
    "um/um/ADP/7/case Schutz/Schutz/NOUN/8/obl gebeten/bitten/VERB/0/root/VerbForm=Part "
    "././PUNCT/8/punct"
)


@pytest.mark.parametrize(
    ("spec", "restored"),
    [
        (FRONTED_SUBJECT_AS_OBJECT, ["Transnistrien"]),
        # "den" shows the accusative: the fronted phrase is the object indeed
        (FRONTED_SUBJECT_AS_OBJECT.replace("Die/der/DET", "Den/der/DET"), []),
        # "die" before a masculine noun is a plural: the object before a singular verb
        (FRONTED_SUBJECT_AS_OBJECT.replace("Region/NOUN/3/compound/Case=Acc|Gender=Fem",
                                           "Region/NOUN/3/compound/Case=Acc|Gender=Masc"), []),
        # a plural before a singular verb is the object ("Die Vorwürfe wies Russland zurück")
        (FRONTED_SUBJECT_AS_OBJECT.replace("Gender=Neut|Number=Sing", "Gender=Neut|Number=Plur"),
         []),
        # only a bare name after the verb: a phrase with an article is left to the parser
        (FRONTED_SUBJECT_AS_OBJECT.replace("um/um/ADP/7/case", "die/der/DET/5/det"), []),
    ],
    ids=["bare-name-after-verb", "accusative-article", "masculine", "plural", "article"],
)  # fmt: skip
def test_of_two_phrases_that_show_no_case_the_first_is_the_subject(vocab, spec, restored):
    doc = make_doc(vocab, spec, {})
    found = repair_name_subject_after_fronted_object(doc)
    assert [t.text for t in found] == restored
    for subject in found:
        assert subject.dep_ == "nsubj" and doc[4].dep_ == "obj"


# "Die Ukraine hat Polen um Hilfe gebeten", parsed as above
NAME_AS_OBJECT = (
    "Die/der/DET/2/det/Case=Nom|Gender=Fem|Number=Sing "
    "Ukraine/Ukraine/PROPN/7/obj/Case=Nom|Gender=Fem|Number=Sing "
    f"hat/haben/AUX/7/aux/{PRESENT} Polen/Polen/PROPN/7/nsubj/Case=Dat|Number=Sing "
    "um/um/ADP/6/case Hilfe/Hilfe/NOUN/7/obl gebeten/bitten/VERB/0/root/VerbForm=Part "
    "././PUNCT/7/punct"
)


def test_a_state_asking_a_state_for_help_is_the_actor(vocab):
    doc = make_doc(vocab, NAME_AS_OBJECT, {"Ukraine": ["UKR"], "Polen": ["POL"]})
    events = coded(doc)
    assert ("REQUEST", ("UKR",), ("POL",), "asserted") in events
    assert ("REQUEST", ("POL",), ("UKR",), "asserted") not in events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Damaskus (dpa) - Der Apostolische Nuntius in Syrien rief die internationale "
        "Gemeinschaft auf, die Hilfe nicht an politische Bedingungen zu knüpfen.",
        "Managua (dpa) - Der Nuntius forderte die Regierung auf, die Bischöfe freizulassen.",
    ],
    ids=["nuntius-in-syrien", "nuntius"],
)
def test_a_nuncio_acts_for_the_holy_see(nlp, text):
    """A nuncio is the Holy See's envoy wherever he serves, not of the state he serves in."""
    events = analysed(nlp, text, "2023-02-20")
    assert any(kind == "REQUEST" and actor == "VAT" for kind, actor, _ in events)


# "Zugleich warfen sie Peking Handelspraktiken vor": the name hung on the subject pronoun,
# as the model parses it
NAME_UNDER_PRONOUN = (
    "Zugleich/zugleich/ADV/2/advmod "
    "warfen/werfen/VERB/0/root/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin "
    "sie/sie/PRON/2/nsubj/Case=Nom|Number=Plur|Person=3|PronType=Prs "
    "Peking/Peking/PROPN/3/nmod Handelspraktiken/Handelspraktik/NOUN/2/obj "
    "vor/vor/ADP/2/compound:prt ././PUNCT/2/punct"
)


@pytest.mark.parametrize(
    ("spec", "moved"),
    [
        (NAME_UNDER_PRONOUN, ["Peking"]),
        # only the word right after the pronoun: a second name further on stays
        (NAME_UNDER_PRONOUN.replace("Peking/Peking/PROPN/3/nmod",
                                    "Peking/Peking/PROPN/3/nmod Peking/Peking/PROPN/3/nmod"),
         ["Peking"]),
        # a common noun after the pronoun is left to the parser
        (NAME_UNDER_PRONOUN.replace("Peking/Peking/PROPN/3/nmod", "Peking/Peking/NOUN/3/nmod"),
         []),
        # the name after an object pronoun is no object of the verb ("warfen ihm Peking …")
        (NAME_UNDER_PRONOUN.replace("PRON/2/nsubj", "PRON/2/iobj"), []),
    ],
    ids=["name-under-subject-pronoun", "only-the-next-word", "common-noun", "object-pronoun"],
)  # fmt: skip
def test_a_name_after_a_subject_pronoun_is_the_verbs_object(vocab, spec, moved):
    doc = make_doc(vocab, spec, {})
    found = repair_names_under_pronouns(doc)
    assert [t.text for t in found] == moved
    for name in found:
        assert name.head == doc[1] and name.dep_ == "obj"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rom (dpa) - In ihrer Abschlusserklärung forderten die G7 China auf, keine Güter mehr "
         "an Russland zu liefern. Zugleich warfen sie Peking unfaire Handelspraktiken vor.",
         ("ACCUSE", "G7", "CHN")),
    ],
    ids=["g7-sie-peking"],
)  # fmt: skip
def test_plural_sie_refers_to_an_organisation_named_with_die(nlp, text, expected):
    """ "die G7 … sie": "die" before a name is feminine or plural, whatever gender the tagger
    guesses for the name; the bare name after the pronoun is the accusation's target."""
    assert expected in analysed(nlp, text, "2024-06-14")


@pytest.mark.model
def test_an_envoy_posted_in_a_state_is_not_of_that_state(nlp):
    """ "Der Botschafter des Landes in den USA": the "in" phrase inside the genitive tells
    where the envoy is posted, not whose envoy he is."""
    text = (
        "Port-au-Prince (dpa) - Ein schweres Erdbeben hat Haiti erschüttert. Der Botschafter "
        "des Landes in den USA rief die Weltgemeinschaft zur Hilfe auf."
    )
    requests = {e for e in analysed(nlp, text, "2010-01-13") if e[0] == "REQUEST"}
    assert requests and all(actor == "HTI" for _, actor, _ in requests)
