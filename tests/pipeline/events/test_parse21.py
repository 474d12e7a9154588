"""Session 21 (parse21): weak finite forms of separable codebook verbs that the model tags as
adjectives ("schränkt … ein", "ordnet … an": in raw_de "schränkt … ein" was an adjective in 16
of 16 sentences). With their particle hung on them they are restored as the finite verb, and
of two subjects the parser gave them the one after the verb becomes the object."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.repair import (
    repair_separable_adjectives,
    weak_separable_forms,
)
from tests.pipeline.events.test_types_s15 import coded

# own wording, agency-style present tense; both coded nothing before the repair
PRESENT_RESTRICTIONS = [
    ("Russland schränkt die Gaslieferungen nach Polen ein.", "SANCTION", ("RUS",), ("POL",)),
    (
        "Washington schränkt die Visavergabe für chinesische Studenten ein.",
        "COERCE",
        ("USA",),
        ("CHN",),
    ),
]


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), PRESENT_RESTRICTIONS)
def test_separable_present_tagged_adjective_is_coded(nlp, text, kind, actor, recipient):
    assert (kind, actor, recipient) in coded(nlp, text)


@pytest.fixture(scope="module")
def bare_nlp(nlp):
    """The trained model alone: the events component would already have repaired the Doc."""
    from lagebild.pipeline import build_pipeline

    return build_pipeline(bare=True)


ADJECTIVE_TAGGED = [
    ("Die EU schränkt die Einfuhr russischer Kohle ein.", "schränkt", "schränken"),
    ("Die Regierung in Peking ordnet die Schließung der Grenze an.", "ordnet", "ordnen"),
    ("Die Regierung in Kairo schränkt die Versammlungsfreiheit ein.", "schränkt", "schränken"),
]


@pytest.mark.parametrize(("text", "form", "lemma"), ADJECTIVE_TAGGED)
def test_adjective_with_its_particle_becomes_the_finite_verb(bare_nlp, text, form, lemma):
    doc = bare_nlp(text)
    verb = next(t for t in doc if t.lower_ == form)
    assert verb.pos_ == "ADJ"  # the model's reading this test is about
    assert verb in repair_separable_adjectives(doc, load_codebook())
    assert (verb.pos_, verb.tag_, verb.lemma_) == ("VERB", "VVFIN", lemma)
    assert verb.morph.get("Tense") == ["Pres"]


def test_second_subject_after_the_verb_is_its_object(bare_nlp):
    doc = bare_nlp("Russland schränkt die Gaslieferungen nach Polen ein.")
    repair_separable_adjectives(doc, load_codebook())
    labels = {t.text: t.dep_ for t in doc}
    assert labels["Russland"] == "nsubj" and labels["Gaslieferungen"] == "obj"


NO_REPAIR = [
    # no particle: "ordnen" is no codebook verb
    "Die Behörde ordnet ihre Akten neu.",
    # an adjective that is no verb form of the set
    "Die Lage in der Hauptstadt bleibt angespannt.",
]


@pytest.mark.parametrize("text", NO_REPAIR)
def test_no_restore_without_a_codebook_particle(bare_nlp, text):
    assert repair_separable_adjectives(bare_nlp(text), load_codebook()) == []


def test_weak_forms_are_finite_forms_of_separable_codebook_verbs():
    forms = weak_separable_forms(load_codebook())
    assert {"schränkt", "schränkte", "schränkten", "ordnet", "ordnete"} <= forms
    assert "lud" not in forms and "eingeschränkt" not in forms


class _Predicate:
    def __init__(self, lemma: str) -> None:
        self.lemma, self.pos = lemma, "verb"


class _Codebook:
    """What the weak separable forms are read from: verb predicates and strong forms."""

    def __init__(self, lemmas: list[str]) -> None:
        self.predicates = [_Predicate(lemma) for lemma in lemmas]
        self.strong_forms: dict[str, str] = {}


def test_weak_separable_forms_are_those_of_the_codebook_asked():
    """Forms kept per codebook belong to that codebook, even one made where a freed codebook
    stood (a table keyed by the bare id() answered for the freed one)."""
    codebook = _Codebook(["einschränken"])
    assert "schränkt" in weak_separable_forms(codebook)  # type: ignore[arg-type]
    del codebook
    for _ in range(3):  # a new object of the same size mostly takes the freed address
        later = _Codebook(["anordnen"])
        assert weak_separable_forms(later) >= {"ordnet", "ordnete"}  # type: ignore[arg-type]
        assert "schränkt" not in weak_separable_forms(later)  # type: ignore[arg-type]
        del later
