"""Parse repair (session 10, issue 13): events the small model's tagging hides.

Sentences are hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``)
that reproduce the model's mis-tag.
"""

from __future__ import annotations

import pytest

from lagebild.german.pronouns import nearest_antecedent
from lagebild.german.verbs import is_mistagged_preterite
from lagebild.pipeline.events.arguments import agents
from lagebild.pipeline.events.repair import repair_object_under_subject
from tests.pipeline.events.test_coder import coded, make_doc

FIN = "VerbForm=Fin"

# "Am Montag appellierte[ADJ amod] Russland[ROOT] an die USA": the preterite read as an
# attribute of the subject after it, as the model does ("Zudem diskutierten UN-Mitarbeiter")
V2_PRETERITE_AS_ADJECTIVE = (
    "Am/an/ADP/2/case Montag/Montag/PROPN/4/obl appellierte/appellieren/ADJ/4/amod "
    "Russland/Russland/PROPN/0/root an/an/ADP/7/case die/der/DET/7/det USA/USA/PROPN/4/nmod "
    "././PUNCT/4/punct"
)


@pytest.mark.parametrize(
    ("spec", "index", "expected"),
    [
        (V2_PRETERITE_AS_ADJECTIVE, 2, True),
        # after an adverb as the first constituent
        (
            "Zudem/zudem/ADV/2/advmod diskutierten/diskutieren/ADJ/3/amod "
            "Diplomaten/Diplomat/NOUN/0/root mit/mit/ADP/5/case Russland/Russland/PROPN/3/nmod "
            "././PUNCT/3/punct",
            1,
            True,
        ),
        # inside a noun phrase: after its article
        (
            "Die/der/DET/3/det diskutierten/diskutieren/ADJ/3/amod Pläne/Plan/NOUN/4/nsubj "
            f"scheiterten/scheitern/VERB/0/root/{FIN} ././PUNCT/4/punct",
            1,
            False,
        ),
        # the main clause has its finite verb elsewhere: an attribute after all
        (
            "Zudem/zudem/ADV/2/advmod verstärkte/verstärken/ADJ/3/amod "
            f"Kontrollen/Kontrolle/NOUN/5/nsubj sollen/sollen/AUX/5/aux/{FIN} "
            "helfen/helfen/VERB/0/root ././PUNCT/5/punct",
            1,
            False,
        ),
        # a word before hangs on the noun: "zu den damals verabschiedeten Erklärungen"
        (
            "Zu/zu/ADP/5/case den/der/DET/5/det damals/damals/ADV/4/advmod "
            "verabschiedeten/verabschieden/ADJ/5/amod Erklärungen/Erklärung/NOUN/0/root "
            "././PUNCT/5/punct",
            3,
            False,
        ),
        # "Ob …" opens a verb-final clause
        (
            "Ob/ob/SCONJ/4/mark dort/dort/ADV/3/advmod erhöhte/erhöhen/ADJ/4/amod "
            "Bestände/Bestand/NOUN/0/root ././PUNCT/4/punct",
            2,
            False,
        ),
    ],
    ids=["after-pp", "after-adverb", "after-article", "other-finite", "inside-pp", "ob-clause"],
)
def test_a_preterite_tagged_adjective_in_second_place_is_the_finite_verb(
    vocab, spec, index, expected
):
    doc = make_doc(vocab, spec, {})
    assert is_mistagged_preterite(doc[index]) is expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (V2_PRETERITE_AS_ADJECTIVE, {("REQUEST", ("RUS",), ("USA",), "asserted")}),
        # the same form after the article stays an attribute: no event
        (
            "Die/der/DET/2/det appellierte/appellieren/ADJ/3/amod Forderung/Forderung/NOUN/4/nsubj "
            f"blieb/bleiben/VERB/0/root/{FIN} ohne/ohne/ADP/6/case Antwort/Antwort/NOUN/4/obl "
            "././PUNCT/4/punct",
            set(),
        ),
    ],
    ids=["restored-verb-codes-the-event", "attribute-codes-nothing"],
)
def test_a_restored_preterite_codes_its_event(vocab, spec, expected):
    doc = make_doc(vocab, spec, {"Russland": ["RUS"], "USA": ["USA"]})
    assert coded(doc) == expected


# "Lawrow war anwesend, der die Nato kritisierte" with the relative clause hung on the
# predicative as advcl, as the model does for about one relative clause in six (UD German)
EXTRAPOSED_RELATIVE = (
    "Lawrow/Lawrow/PROPN/3/nsubj/Gender=Masc|Number=Sing war/sein/AUX/3/cop "
    "anwesend/anwesend/ADJ/0/root ,/,/PUNCT/9/punct der/der/PRON/9/nsubj/Gender=Masc|Number=Sing "
    "die/der/DET/7/det Nato/Nato/PROPN/9/obj scharf/scharf/ADJ/9/advmod "
    "kritisierte/kritisieren/VERB/3/advcl/VerbForm=Fin ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("pronoun", "features", "expected"),
    [
        ("der", "Gender=Masc|Number=Sing", "Lawrow"),
        # a plural pronoun cannot stand for "Lawrow"
        ("die", "Number=Plur", None),
        # "was" stands for a clause, not a noun
        ("was", "", None),
    ],
    ids=["agreeing-noun", "number-disagrees", "was"],
)
def test_a_misattached_relative_clause_takes_the_nearest_agreeing_noun(
    vocab, pronoun, features, expected
):
    spec = EXTRAPOSED_RELATIVE.replace(
        "der/der/PRON/9/nsubj/Gender=Masc|Number=Sing",
        f"{pronoun}/{pronoun}/PRON/9/nsubj/{features}",
    )
    doc = make_doc(vocab, spec, {"Lawrow": ["RUS"], "Nato": ["NATO"]})
    doc[4].tag_ = "PRELS"
    found = nearest_antecedent(doc[4])
    assert (found.text if found else None) == expected


def test_the_subject_of_a_misattached_relative_clause_is_its_antecedent(vocab):
    doc = make_doc(vocab, EXTRAPOSED_RELATIVE, {"Lawrow": ["RUS"], "Nato": ["NATO"]})
    doc[4].tag_ = "PRELS"
    assert coded(doc) == {("ACCUSE", ("RUS",), ("NATO",), "asserted")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "von der Polizei": the agent
        (
            "Ein/ein/DET/2/det Journalist/Journalist/NOUN/7/nsubj:pass wurde/werden/AUX/7/aux:pass "
            "von/von/ADP/6/case der/der/DET/6/det Polizei/Polizei/NOUN/7/obl:agent "
            "festgenommen/festnehmen/VERB/0/root ././PUNCT/7/punct",
            ["Polizei"],
        ),
        # "am Samstag" labelled as agent: a date, not who acted
        (
            "Ein/ein/DET/2/det Journalist/Journalist/NOUN/6/nsubj:pass wurde/werden/AUX/6/aux:pass "
            "am/an/ADP/5/case Samstag/Samstag/PROPN/6/obl:agent "
            "festgenommen/festnehmen/VERB/0/root ././PUNCT/6/punct",
            [],
        ),
        # "dort" labelled as agent: an adverb
        (
            "Ein/ein/DET/2/det Journalist/Journalist/NOUN/5/nsubj:pass wurde/werden/AUX/5/aux:pass "
            "dort/dort/ADV/5/obl:agent festgenommen/festnehmen/VERB/0/root ././PUNCT/5/punct",
            [],
        ),
    ],
    ids=["von-phrase", "am-samstag", "dort"],
)
def test_only_a_von_or_durch_phrase_is_the_agent_of_a_passive(vocab, spec, expected):
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.lemma_ == "festnehmen")
    assert [t.text for t in agents(verb)] == expected


DEN_DAT = "Case=Dat|Definite=Def|Number=Plur|PronType=Art"


@pytest.mark.parametrize(
    ("noun", "morph", "dative"),
    [
        # "hat den russischen Botschafter ausgewiesen" with "den" tagged dative: a noun
        # without -n/-s cannot be a dative plural, so "den" is the accusative singular
        ("Botschafter", "Case=Dat|Gender=Masc|Number=Sing", False),
        # tagged singular: "den" before a singular is accusative
        ("Minister", "Case=Dat|Gender=Masc", False),
        ("Präsidenten", "Case=Dat|Gender=Masc|Number=Sing", False),
        # a real dative plural keeps its case ("gab den Demonstranten nach")
        ("Demonstranten", "Case=Dat|Gender=Masc|Number=Plur", True),
        ("Bauern", "Case=Dat|Number=Plur", True),
    ],
)
def test_den_before_a_noun_that_cannot_be_dative_plural_is_accusative(vocab, noun, morph, dative):
    from lagebild.pipeline.events.arguments import is_dative

    spec = (
        f"Frankreich/Frankreich/PROPN/4/nsubj den/der/DET/3/det/{DEN_DAT} "
        f"{noun}/{noun}/NOUN/4/obj/{morph} ausgewiesen/ausweisen/VERB/0/root ././PUNCT/4/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert is_dative(doc[2]) is dative


@pytest.mark.parametrize(
    ("spec", "subject"),
    [
        # the first phrase labelled passive subject, the dative labelled subject
        (
            "Die/der/DET/2/det/Case=Nom EU-Kommission/EU-Kommission/NOUN/7/nsubj:pass/Case=Nom "
            "hat/haben/AUX/7/aux Ungarn/Ungarn/PROPN/7/nsubj/Case=Nom mit/mit/ADP/6/case "
            "Konsequenzen/Konsequenz/NOUN/7/obl gedroht/drohen/VERB/0/root ././PUNCT/7/punct",
            "EU-Kommission",
        ),
        # an accusative before "haben" is a fronted object: the subject stays
        (
            "Den/der/DET/2/det/Case=Acc Vertrag/Vertrag/NOUN/5/nsubj:pass "
            "hat/haben/AUX/5/aux Russland/Russland/PROPN/5/nsubj/Case=Nom "
            "unterzeichnet/unterzeichnen/VERB/0/root ././PUNCT/5/punct",
            "Russland",
        ),
    ],
    ids=["vorfeld-subject", "fronted-accusative"],
)
def test_the_nominative_before_a_perfect_haben_is_the_subject(vocab, spec, subject):
    from lagebild.pipeline.events.arguments import subjects

    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert subjects(verb)[0].text == subject


@pytest.mark.parametrize(
    ("age_dep", "other", "subject"),
    [
        # the age noun labelled a time, the dative "der Regierung" labelled subject
        ("obl:tmod", "der/der/DET/5/det/Case=Dat Regierung/Regierung/NOUN/3/nsubj", "70-Jährige"),
        # a nominative subject of its own stays the subject
        ("obl:tmod", "die/der/DET/5/det/Case=Nom Regierung/Regierung/NOUN/3/nsubj", "Regierung"),
    ],
    ids=["dative-subject", "nominative-subject"],
)
def test_an_age_noun_before_the_verb_is_the_subject_when_none_is_nominative(
    vocab, age_dep, other, subject
):
    from lagebild.pipeline.events.arguments import subjects

    spec = (
        f"Der/der/DET/2/det/Case=Nom 70-Jährige/70-Jährige/NUM/3/{age_dep} "
        f"warf/werfen/VERB/0/root {other} vor/vor/ADP/3/compound:prt ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert subjects(verb)[0].text == subject


# "Am Montag haben israelische Soldaten ein Flüchtlingslager angegriffen": both phrases after
# the finite "haben" labelled nominative objects
AGREEING_SOLDIERS = (
    "Am/an/ADP/2/case Montag/Montag/PROPN/10/obl "
    "haben/haben/AUX/10/aux/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin "
    "israelische/israelisch/ADJ/5/amod/Case=Nom Soldaten/Soldat/NOUN/10/obj/Case=Nom|Number=Plur "
    "ein/ein/DET/7/det/Case=Nom Flüchtlingslager/Flüchtlingslager/NOUN/10/obj/Case=Nom|Number=Sing "
    "im/in/ADP/9/case Gazastreifen/Gazastreifen/PROPN/10/obl "
    "angegriffen/angreifen/VERB/0/root/VerbForm=Part ././PUNCT/10/punct"
)
# "Seit November haben die Huthis Schiffe angegriffen" with the plural name tagged singular:
# "die" may be plural, so the tagger's number does not rule it out
HUTHIS_TAGGED_SINGULAR = (
    "Seit/seit/ADP/2/case November/November/PROPN/7/obl "
    "haben/haben/AUX/7/aux/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin "
    "die/der/DET/5/det/Case=Nom Huthis/Huthis/NOUN/7/obj/Case=Nom|Number=Sing "
    "Schiffe/Schiff/NOUN/7/obj/Case=Acc|Number=Plur "
    "angegriffen/angreifen/VERB/0/root/VerbForm=Part ././PUNCT/7/punct"
)


@pytest.mark.parametrize(
    ("spec", "subject"),
    [(AGREEING_SOLDIERS, "Soldaten"), (HUTHIS_TAGGED_SINGULAR, "Huthis")],
    ids=["singular-article-disagrees", "tagged-number-is-no-evidence"],
)
def test_the_subject_agrees_in_number_with_the_finite_auxiliary(vocab, spec, subject):
    from lagebild.pipeline.events.arguments import subjects

    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in subjects(verb)] == [subject]


def test_an_object_hung_on_the_subject_of_a_restored_preterite_is_the_object(vocab):
    # "Bei einer Razzia töteten israelische Soldaten drei Palästinenser", "töteten" tagged
    # VERB but hung on "Soldaten" as an attribute, and the object hung on the subject
    spec = (
        "Bei/bei/ADP/3/case einer/ein/DET/3/det Razzia/Razzia/NOUN/4/obl "
        f"töteten/töten/VERB/6/amod/{FIN}|Mood=Ind|Number=Plur|Tense=Past "
        "israelische/israelisch/ADJ/6/amod Soldaten/Soldat/NOUN/0/root "
        "drei/drei/NUM/8/nummod Palästinenser/Palästinenser/NOUN/6/nmod/Case=Nom "
        "././PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {"israelische Soldaten": ["ISR"], "Palästinenser": ["PSE"]})
    assert is_mistagged_preterite(doc[3])
    assert {(e[0], e[1], e[2]) for e in coded(doc)} == {("ASSAULT", ("ISR",), ("PSE",))}


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("russische/russisch/ADJ/2/amod", ["Kiew"]),  # "russische Truppen Kiew"
        ("", []),  # a bare plural title before a name stays one phrase with it
    ],
    ids=["with-attribute", "bare"],
)
def test_a_name_after_a_plural_subject_with_an_attribute_is_the_object(vocab, attribute, expected):
    from lagebild.pipeline.events.arguments import objects

    head = 2 if attribute else 1
    spec = (
        f"{attribute} Truppen/Truppe/NOUN/{head + 3}/nsubj/Number=Plur "
        f"Kiew/Kiew/PROPN/{head}/appos haben/haben/AUX/{head + 3}/aux "
        "angegriffen/angreifen/VERB/0/root"
    ).strip()
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in objects(verb)] == expected


# "Indiens Premierminister Modi hat Pakistan mit Vergeltung gedroht": the title labelled a
# bare oblique, the target labelled the subject
TITLE_AS_OBLIQUE = (
    "Indiens/Indien/PROPN/2/dep/Case=Gen Premierminister/Premierminister/NOUN/8/obl/Case=Nom "
    "Modi/Modi/PROPN/2/appos/Case=Nom hat/haben/AUX/8/aux/{FIN} "
    "Pakistan/Pakistan/PROPN/8/nsubj/Case=Nom mit/mit/ADP/7/case "
    "Vergeltung/Vergeltung/NOUN/8/obl/Case=Dat gedroht/drohen/VERB/0/root/VerbForm=Part "
    "././PUNCT/8/punct"
)


@pytest.mark.parametrize(
    ("first", "subject", "dative"),
    [
        ("Premierminister/Premierminister/NOUN/8/obl/Case=Nom", "Premierminister", ["Pakistan"]),
        # an accusative of time before "hat" is an adverbial: the subject stays
        ("Woche/Woche/NOUN/8/obl/Case=Acc", "Pakistan", []),
    ],
    ids=["nominative-title", "accusative-of-time"],
)
def test_a_bare_nominative_before_haben_is_the_subject_and_the_name_after_it_the_object(
    vocab, first, subject, dative
):
    from lagebild.pipeline.events.arguments import datives, subjects

    spec = TITLE_AS_OBLIQUE.format(FIN=FIN).replace(
        "Premierminister/Premierminister/NOUN/8/obl/Case=Nom", first
    )
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert subjects(verb)[0].text == subject
    assert [t.text for t in datives(verb)] == dative


@pytest.mark.parametrize(
    ("name", "dative"),
    [
        ("Russland", ["Russland"]),  # "hat Russland Unterstützung zugesagt"
        ("Russlands", []),  # "hat Russlands Unterstützung …": the genitive
    ],
    ids=["bare-name", "genitive-s"],
)
def test_a_name_before_an_object_is_its_genitive_only_with_s(vocab, name, dative):
    from lagebild.pipeline.events.arguments import datives

    spec = (
        f"Xi/Xi/PROPN/5/nsubj hat/haben/AUX/5/aux/{FIN} {name}/{name}/PROPN/4/det "
        "Unterstützung/Unterstützung/NOUN/5/obj zugesagt/zusagen/VERB/0/root ././PUNCT/5/punct"
    )
    doc = make_doc(vocab, spec, {})
    verb = next(t for t in doc if t.dep_ == "root")
    assert [t.text for t in datives(verb)] == dative


@pytest.mark.parametrize(
    ("word", "particle_found", "objects_found"),
    [
        # "lobte Trump als «Mann des Friedens»" with "als" labelled the verb's particle
        ("als", "", ["Trump"]),
        # a real particle stays one ("rief … auf")
        ("auf", "auf", ["Trump", "Mann"]),
    ],
    ids=["comparison-als", "real-particle"],
)
def test_als_is_no_verb_particle_and_marks_a_predicative(
    vocab, word, particle_found, objects_found
):
    from lagebild.german.verbs import particle
    from lagebild.pipeline.events.arguments import objects

    spec = (
        f"Orban/Orban/PROPN/2/nsubj lobte/loben/VERB/0/root/{FIN} Trump/Trump/PROPN/2/obj "
        f"{word}/{word}/ADP/2/compound:prt «/«/PUNCT/6/punct Mann/Mann/NOUN/2/obj "
        "»/»/PUNCT/6/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert particle(doc[1]) == particle_found
    assert [t.text for t in objects(doc[1])] == objects_found


# "Nach dem Streit hat die Regierung[obj] ihren Botschafter[nmod] zurückgerufen": the subject
# after the finite verb taken for the object, the object hung on it
SUBJECT_AS_OBJECT = (
    "Nach/nach/ADP/2/case Streit/Streit/NOUN/8/obl hat/haben/AUX/8/aux "
    "die/der/DET/5/det Regierung/Regierung/NOUN/8/obj/Case=Nom "
    "{det}/{det_lemma}/DET/7/det {noun}/{noun_lemma}/NOUN/5/nmod/Number=Sing "
    "zurückgerufen/zurückrufen/VERB/0/root ././PUNCT/8/punct"
)


@pytest.mark.parametrize(
    ("det", "noun", "repaired"),
    [
        ("ihren", "Botschafter", True),
        ("den", "Botschafter", True),
        # an accusative of time is no object
        ("den", "Tag", False),
        # a genitive is an attribute
        ("des", "Landes", False),
    ],
)
def test_an_accusative_phrase_hung_on_the_object_is_the_object(
    vocab, det: str, noun: str, repaired: bool
) -> None:
    spec = SUBJECT_AS_OBJECT.format(det=det, det_lemma=det, noun=noun, noun_lemma=noun)
    doc = make_doc(vocab, spec, {})
    moved = repair_object_under_subject(doc)
    assert bool(moved) is repaired
    if repaired:
        assert doc[6].dep_ == "obj" and doc[6].head.i == 7 and doc[4].dep_ == "nsubj"
