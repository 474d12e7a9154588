"""Session 23 (parse23): parse repairs stated as facts of German and measured on the treebank
(``lagebild.evaluate.repairs``).

A bare common noun after a prepositional phrase that the model hung on that phrase's last noun
("zog an der Grenze zur Ukraine Truppen[flat] zusammen") is no attribute of it (a noun's
attribute without preposition is a genitive, which a common noun shows by an article or
adjective) and no further word of its name: it is the object of the phrase's verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from lagebild.pipeline.events.repair import repair_object_after_place_phrase, repair_two_subjects
from tests.pipeline.events.test_types_s15 import coded


def parsed(vocab, spec: str, glued: tuple[str, ...] = (), lemmas: dict | None = None) -> Doc:
    """A Doc from ``word/TAG/POS/head/dep[/morph]`` tokens (heads 1-based, 0 = root); a
    word written ``-`` joins its neighbours without spaces (a split compound), as do the
    ``glued`` words the word after them; a word's lemma is the word unless ``lemmas`` says."""
    rows = [token.split("/") for token in spec.split()]
    spaces = [not (r[0] == "-" or r[0] in glued or (i + 1 < len(rows) and rows[i + 1][0] == "-"))
              for i, r in enumerate(rows)]  # fmt: skip
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        heads=[int(r[3]) - 1 if r[3] != "0" else i for i, r in enumerate(rows)],
        deps=[r[4] for r in rows],
        lemmas=[(lemmas or {}).get(r[0], r[0]) for r in rows],
        morphs=[r[5] if len(r) > 5 else "" for r in rows],
    )


# the model's parses of own probe sentences (as it gave them): the bare noun hung on the name
MISHUNG_OBJECTS = [
    (  # "Russland zog an der Grenze zur Ukraine Truppen zusammen."
        "Russland/NE/PROPN/2/nsubj zog/VVFIN/VERB/0/ROOT an/APPR/ADP/5/case der/ART/DET/5/det "
        "Grenze/NN/NOUN/2/obl zur/APPRART/ADP/7/case Ukraine/NE/PROPN/5/nmod "
        "Truppen/NN/NOUN/7/flat zusammen/PTKVZ/ADV/2/compound:prt ./$./PUNCT/2/punct",
        "Truppen",
        "zog",
    ),
    (  # "Serbien brachte an der Grenze zum Kosovo Panzer in Stellung." (Panzer as PROPN)
        "Serbien/NE/PROPN/2/nsubj brachte/VVFIN/VERB/0/ROOT an/APPR/ADP/5/case "
        "der/ART/DET/5/det Grenze/NN/NOUN/2/obl zum/APPRART/ADP/7/case "
        "Kosovo/NE/PROPN/2/obl Panzer/NN/PROPN/7/flat in/APPR/ADP/10/case "
        "Stellung/NN/NOUN/2/obl ./$./PUNCT/2/punct",
        "Panzer",
        "brachte",
    ),
    (  # "Die EU hat gegen Minsk Sanktionen verhängt." (an nmod of the name)
        "Die/ART/DET/2/det EU/NE/PROPN/3/nsubj hat/VAFIN/AUX/0/ROOT gegen/APPR/ADP/5/case "
        "Minsk/NE/PROPN/7/obl Sanktionen/NN/NOUN/5/nmod verhängt/VVPP/VERB/3/xcomp "
        "./$./PUNCT/3/punct",
        "Sanktionen",
        "verhängt",
    ),
]


@pytest.mark.parametrize(("spec", "noun", "verb"), MISHUNG_OBJECTS)
def test_a_bare_noun_after_a_prepositional_phrase_is_the_verbs_object(vocab, spec, noun, verb):
    doc = parsed(vocab, spec)
    moved = repair_object_after_place_phrase(doc)
    word = next(t for t in doc if t.text == noun)
    assert moved == [word]
    assert (word.head.text, word.dep_) == (verb, "obj")


KEPT_ATTRIBUTES = {
    # an adjective in the genitive marks an attribute: "mit den Schwierigkeiten
    # sozialistischer Regimes"
    "genitive-adjective": "Vietnam/NE/PROPN/2/nsubj kämpft/VVFIN/VERB/0/ROOT mit/APPR/ADP/6/case "
    "den/ART/DET/6/det üblichen/ADJA/ADJ/6/amod Schwierigkeiten/NN/NOUN/2/obl "
    "sozialistischer/ADJA/ADJ/8/amod/Case=Gen Regimes/NN/NOUN/6/nmod ./$./PUNCT/2/punct",
    # a month after a noun of time: "bis Ende Juli"
    "month": "Die/ART/DET/2/det Firma/NN/NOUN/3/nsubj streicht/VVFIN/VERB/0/ROOT "
    "bis/APPR/ADP/5/case Ende/NN/NOUN/3/obl Juli/NN/NOUN/5/nmod ./$./PUNCT/3/punct",
    # the verb has its object already: "bekommt bei Jim Block Burger"
    "verb-has-object": "Man/PIS/PRON/2/nsubj bekommt/VVFIN/VERB/0/ROOT bei/APPR/ADP/4/case "
    "Jim/NE/PROPN/2/obl Block/NN/NOUN/4/flat Burger/NN/NOUN/2/obj ./$./PUNCT/2/punct",
    # the second part of a compound the tokenizer split at its hyphen: "bei der Rugby-WM"
    "split-compound": "Sie/PPER/PRON/2/nsubj spielten/VVFIN/VERB/0/ROOT bei/APPR/ADP/5/case "
    "der/ART/DET/5/det Rugby/NN/NOUN/2/obl -/$(/PUNCT/7/punct WM/NN/NOUN/5/nmod "
    "./$./PUNCT/2/punct",
}


@pytest.mark.parametrize("spec", KEPT_ATTRIBUTES.values(), ids=KEPT_ATTRIBUTES.keys())
def test_a_marked_genitive_a_time_noun_or_a_second_object_stays(vocab, spec):
    assert repair_object_after_place_phrase(parsed(vocab, spec)) == []


# own probe sentences in the whole pipeline: no event before the repair
CODED_AFTER_REPAIR = [
    ("Russland zog an der Grenze zur Ukraine Truppen zusammen.", "MOBILIZE", ("RUS",)),
    ("Aserbaidschan zog entlang der Grenze zu Armenien Einheiten zusammen.", "MOBILIZE", ("AZE",)),
    ("Serbien brachte an der Grenze zum Kosovo Panzer in Stellung.", "MOBILIZE", ("SRB",)),
]


@pytest.mark.parametrize(("text", "kind", "actor"), CODED_AFTER_REPAIR)
def test_the_object_after_a_place_phrase_codes_its_event(nlp, text, kind, actor):
    assert (kind, actor) in {(k, a) for k, a, _ in coded(nlp, text)}


def test_a_noun_in_quotation_marks_is_moved_too(vocab):
    # "Moskau kündigte auf die Erweiterung «Gegenmaßnahmen» an": of the marks written without
    # a space before the noun, only a hyphen joins it to the word before
    doc = parsed(
        vocab,
        "Moskau/NE/PROPN/2/nsubj kündigte/VVFIN/VERB/0/ROOT auf/APPR/ADP/5/case "
        "die/ART/DET/5/det Erweiterung/NN/NOUN/2/obl «/$(/PUNCT/7/punct "
        "Gegenmaßnahmen/NN/NOUN/5/nmod »/$(/PUNCT/7/punct an/PTKVZ/ADP/2/compound:prt",
        glued=("«", "Gegenmaßnahmen"),
    )
    assert [t.text for t in repair_object_after_place_phrase(doc)] == ["Gegenmaßnahmen"]


# A clause has one subject: a pronoun whose form is nominative only is it, one whose form is
# accusative only is the object (the model's parses of own probe sentences, as it gave them)
TWO_SUBJECTS = {
    # "Die Vorwürfe wies er zurück": both labelled subjects
    "fronted-object": (
        "Die/ART/DET/2/det Vorwürfe/NN/NOUN/3/nsubj wies/VVFIN/VERB/0/ROOT "
        "er/PPER/PRON/3/nsubj zurück/PTKVZ/ADP/3/compound:prt ./$./PUNCT/3/punct",
        {"Vorwürfe": "obj", "er": "nsubj"},
    ),
    # "Diese Forderung lehnte er ab": the pronoun labelled the object
    "pronoun-as-object": (
        "Diese/PDAT/DET/2/det Forderung/NN/NOUN/3/nsubj lehnte/VVFIN/VERB/0/ROOT "
        "er/PPER/PRON/3/obj ab/PTKVZ/ADP/3/compound:prt ./$./PUNCT/3/punct",
        {"Forderung": "obj", "er": "nsubj"},
    ),
    # "Den Plan kritisiert man in Berlin": "man"
    "man": (
        "Den/ART/DET/2/det Plan/NN/NOUN/3/nsubj kritisiert/VVFIN/VERB/0/ROOT "
        "man/PIS/PRON/3/nsubj in/APPR/ADP/6/case Berlin/NE/PROPN/3/obl ./$./PUNCT/3/punct",
        {"Plan": "obj", "man": "nsubj"},
    ),
    # "Ihn lobte die Opposition": an accusative-only pronoun is the object
    "accusative-pronoun": (
        "Ihn/PPER/PRON/2/nsubj lobte/VVFIN/VERB/0/ROOT die/ART/DET/4/det "
        "Opposition/NN/NOUN/2/nsubj ./$./PUNCT/2/punct",
        {"Ihn": "obj", "Opposition": "nsubj"},
    ),
}


@pytest.mark.parametrize(("spec", "labels"), TWO_SUBJECTS.values(), ids=TWO_SUBJECTS.keys())
def test_a_pronoun_that_shows_its_case_decides_subject_and_object(vocab, spec, labels):
    doc = parsed(vocab, spec)
    assert repair_two_subjects(doc)
    assert {t.text: t.dep_ for t in doc if t.text in labels} == labels


KEPT_SUBJECTS = {
    # "sie" and "es" may be nominative or accusative: nothing decides
    "ambiguous-pronoun": "Die/ART/DET/2/det Regierung/NN/NOUN/3/nsubj "
    "kritisierte/VVFIN/VERB/0/ROOT sie/PPER/PRON/3/nsubj ./$./PUNCT/3/punct",
    # "ihr" may be the dative: "Der Zugang fiel ihr leicht"
    "ihr-dative": "Der/ART/DET/2/det Zugang/NN/NOUN/3/nsubj fiel/VVFIN/VERB/0/ROOT "
    "ihr/PPER/PRON/3/nsubj leicht/ADJD/ADJ/3/advmod ./$./PUNCT/3/punct",
    # the verb has its object: the second subject is some other error
    "has-object": "Das/ART/DET/2/det Land/NN/NOUN/3/nsubj lehnte/VVFIN/VERB/0/ROOT "
    "er/PPER/PRON/3/nsubj den/ART/DET/6/det Plan/NN/NOUN/3/obj ab/PTKVZ/ADP/3/compound:prt",
    # a relative pronoun before "wir" is the subject: "…, die wir hier wohnen"
    "relative-before-wir": "die/PRELS/PRON/4/nsubj wir/PPER/PRON/4/nsubj hier/ADV/ADV/4/advmod "
    "wohnen/VVFIN/VERB/0/ROOT",
}


@pytest.mark.parametrize("spec", KEPT_SUBJECTS.values(), ids=KEPT_SUBJECTS.keys())
def test_no_relabelling_where_no_form_shows_the_case(vocab, spec):
    assert repair_two_subjects(parsed(vocab, spec)) == []


# own probes: before the repair the first coded the rejection the wrong way round (UKR→DEU),
# the second no acceptance
FRONTED_OBJECT_EVENTS = [
    (
        "Bundeskanzler Scholz sprach am Montag in Berlin. "
        "Diese Forderung der Ukraine lehnte er ab.",
        ("REJECT", ("DEU",), ("UKR",)),
    ),
    (
        "Der Premierminister Indiens reiste nach Washington. Die Einladung der USA nahm er an.",
        ("AGREE", ("IND",), ("USA",)),
    ),
]


@pytest.mark.parametrize(("text", "event"), FRONTED_OBJECT_EVENTS)
def test_a_fronted_object_before_a_pronoun_subject_codes_its_event(nlp, text, event):
    assert event in coded(nlp, text)


# The names component's repair of a common noun read as a further word of a name: not after a
# name in the genitive (the noun heads the phrase) nor after a hyphen the tokenizer split off
NOUNS_AFTER_NAMES = {
    "object-after-name": (
        "Sie/PPER/PRON/2/nsubj erhob/VVFIN/VERB/0/ROOT gegen/APPR/ADP/4/case "
        "Bolsonaro/NE/PROPN/2/obl Anklage/NN/NOUN/4/flat ./$./PUNCT/2/punct",
        ["Anklage"],
    ),
    "saxon-genitive": (
        "Das/PDS/PRON/2/obj schrieb/VVFIN/VERB/0/ROOT Obamas/NE/PROPN/2/nsubj "
        "Beraterin/NN/NOUN/3/flat ./$./PUNCT/2/punct",
        [],
    ),
    "split-hyphen": (
        "Sie/PPER/PRON/2/nsubj trafen/VVFIN/VERB/0/ROOT Ken/NE/PROPN/2/obj "
        "Saro/NE/PROPN/3/flat -/$(/PUNCT/6/punct Wiwa/NN/NOUN/3/flat ./$./PUNCT/2/punct",
        [],
    ),
}


@pytest.mark.parametrize(
    ("spec", "moved"), NOUNS_AFTER_NAMES.values(), ids=NOUNS_AFTER_NAMES.keys()
)
def test_a_noun_after_a_genitive_name_heads_its_phrase(vocab, spec, moved):
    from lagebild.german.names import repair_nouns_in_names

    doc = parsed(vocab, spec, lemmas={"Obamas": "Obama"})  # the lemmatizer strips the -s
    assert [t.text for t in repair_nouns_in_names(doc)] == moved
