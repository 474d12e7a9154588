"""Session 20 (sep20): strong finite forms of separable codebook verbs that the model does not
know as verbs ("lud", "bot", "drangen") and tags as adverb, article or adjective. With the
particle closing their clause they are restored as the clause's finite verb."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.repair import (
    repair_coordinated_preterites,
    repair_strong_preterites,
    strong_separable_forms,
)
from tests.pipeline.events.test_types_s15 import coded

# own wording, not from the articles: an invitation in second place, offers after "und"
# (all three coded nothing before the repair)
INVITATIONS_AND_OFFERS = [
    "Der polnische Präsident lud seinen ukrainischen Amtskollegen zu einem Besuch in Warschau ein.",
    "Japan verurteilte den Anschlag und bot Indonesien Hilfe an.",
    "Die Regierung in Ankara telefonierte mit Kiew und bot Vermittlung an.",
]


@pytest.mark.parametrize("text", INVITATIONS_AND_OFFERS)
def test_strong_preterite_of_separable_verb_is_coded(nlp, text):
    assert "AGREE" in {t for t, _, _ in coded(nlp, text)}


@pytest.fixture(scope="module")
def bare_nlp(nlp):
    """The trained model alone: the events component would already have repaired the Doc."""
    from lagebild.pipeline import build_pipeline

    return build_pipeline(bare=True)


STRONG_IN_SECOND_PLACE = [
    ("Die Kanzlerin lud den Präsidenten zu Beratungen nach Berlin ein.", "lud", "laden"),
    ("Für Montag lud er die Vorsitzenden aller Fraktionen zu Gesprächen ein.", "lud", "laden"),
    (
        "Gestern lud die Ministerin ihre Kollegen aus Paris und Rom zu einem Treffen ein.",
        "lud",
        "laden",
    ),
    ("Er bot Indien eine Untersuchung an, lehnte eine Auslieferung aber ab.", "bot", "bieten"),
]


@pytest.mark.parametrize(("text", "form", "lemma"), STRONG_IN_SECOND_PLACE)
def test_strong_form_with_closing_particle_becomes_the_finite_verb(bare_nlp, text, form, lemma):
    doc = bare_nlp(text)
    found = repair_strong_preterites(doc, load_codebook())
    verb = next(t for t in doc if t.lower_ == form)
    assert verb in found
    assert verb.pos_ == "VERB" and verb.lemma_ == lemma
    assert any(c.dep_ == "compound:prt" for c in verb.children)
    assert any(c.dep_ == "nsubj" for c in verb.children)


def test_coordinated_strong_form_joins_the_first_verb(bare_nlp):
    doc = bare_nlp("Der Außenminister telefonierte mit beiden Seiten und bot Gespräche an.")
    found = repair_coordinated_preterites(doc, load_codebook())
    assert [t.lower_ for t in found] == ["bot"]
    assert found[0].dep_ == "conj" and found[0].head.lower_ == "telefonierte"


NO_REPAIR = [
    # the particle does not make a codebook verb ("ausladen" of goods)
    "Die Firma lud die Waren am Hafen aus.",
    # no particle closes the clause
    "Der Markt bot den Händlern wenig Gewinn.",
]


@pytest.mark.parametrize("text", NO_REPAIR)
def test_no_restore_without_a_codebook_particle(bare_nlp, text):
    doc = bare_nlp(text)
    assert repair_strong_preterites(doc, load_codebook()) == []


def test_strong_forms_are_finite_forms_of_separable_codebook_verbs():
    forms = strong_separable_forms(load_codebook())
    assert forms["lud"] == "laden" and forms["bot"] == "bieten"
    assert "geladen" not in forms and "laden" not in forms
