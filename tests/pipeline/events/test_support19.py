"""Recall of SUPPORT and AGREE (session 19, issue 13): after "und" the tagger reads a weak
preterite as an attribute of the noun after it ("verurteilte den Angriff und sicherte[ADJ]
Südkorea ihre Unterstützung zu"). An attribute has no separable particle: when the clause ends
in one that makes the form a codebook verb ("zu" + "sicherte" = "zusichern"), the word is the
second verb of the coordination, with the bare phrases up to the particle as its objects."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polen begrüßte den Beschluss und sicherte Litauen seine Solidarität zu.",
            ("SUPPORT", ("POL",), ("LTU",)),
        ),
        (
            "Der französische Präsident verurteilte die Tat und sicherte Deutschland die "
            "Solidarität seines Landes zu.",
            ("SUPPORT", ("FRA",), ("DEU",)),
        ),
        (
            "Macron sprach von einem Angriff auf die Republik und sicherte Scholz die "
            "Unterstützung Frankreichs zu.",
            ("SUPPORT", ("FRA",), ("DEU",)),
        ),
    ],
    ids=[
        "begrüßte-und-sicherte-Solidarität-zu",
        "verurteilte-und-sicherte-Solidarität-zu",
        "tagged-verb-hung-as-attribute",
    ],
)
def test_coordinated_preterite_with_a_particle_is_a_verb(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def _parse(rows: list[tuple[str, str, str, str, str, int]]):
    """A hand-built parse: (word, lemma, pos, tag, dep, head) rows."""
    import spacy
    from spacy.tokens import Doc

    return Doc(
        spacy.blank("de").vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
    )


# the model's reading of "Japan verurteilte den Test und sicherte Korea seine Unterstützung
# zu": "sicherte" an attribute of "Korea", the names and the particle the first verb's
MISREAD = [
    ("Japan", "Japan", "PROPN", "NE", "nsubj", 1),
    ("verurteilte", "verurteilen", "VERB", "VVFIN", "ROOT", 1),
    ("den", "der", "DET", "ART", "det", 3),
    ("Test", "Test", "NOUN", "NN", "obj", 1),
    ("und", "und", "CCONJ", "KON", "cc", 5),
    ("sicherte", "sichern", "ADJ", "ADJA", "amod", 6),
    ("Korea", "Korea", "PROPN", "NE", "obj", 1),
    ("seine", "sein", "DET", "PPOSAT", "det:poss", 8),
    ("Unterstützung", "Unterstützung", "NOUN", "NN", "obj", 1),
    ("zu", "zu", "ADP", "PTKVZ", "compound:prt", 1),
    (".", ".", "PUNCT", "$.", "punct", 1),
]


def test_coordinated_preterite_takes_its_objects_and_particle() -> None:
    from lagebild.codebook.loader import load_codebook
    from lagebild.pipeline.events.repair import repair_coordinated_preterites

    doc = _parse(MISREAD)
    assert [t.text for t in repair_coordinated_preterites(doc, load_codebook())] == ["sicherte"]
    verb = doc[5]
    assert (verb.pos_, verb.head.i, verb.dep_) == ("VERB", 1, "conj")
    assert {(c.text, c.dep_) for c in verb.children} >= {
        ("Korea", "iobj"),
        ("Unterstützung", "obj"),
        ("zu", "compound:prt"),
    }


@pytest.mark.parametrize(
    "rows",
    [
        # "und verletzte Zivilisten": no particle closes the clause, the attribute may be one
        [
            ("Soldaten", "Soldat", "NOUN", "NN", "nsubj", 1),
            ("töteten", "töten", "VERB", "VVFIN", "ROOT", 1),
            ("Zivilisten", "Zivilist", "NOUN", "NN", "obj", 1),
            ("und", "und", "CCONJ", "KON", "cc", 4),
            ("verletzte", "verletzt", "ADJ", "ADJA", "amod", 5),
            ("Polizisten", "Polizist", "NOUN", "NN", "conj", 2),
            (".", ".", "PUNCT", "$.", "punct", 1),
        ],
        # a particle that makes no codebook verb with the form ("zumachte")
        [
            ("Japan", "Japan", "PROPN", "NE", "nsubj", 1),
            ("verurteilte", "verurteilen", "VERB", "VVFIN", "ROOT", 1),
            ("den", "der", "DET", "ART", "det", 3),
            ("Test", "Test", "NOUN", "NN", "obj", 1),
            ("und", "und", "CCONJ", "KON", "cc", 5),
            ("machte", "machen", "ADJ", "ADJA", "amod", 6),
            ("Grenzen", "Grenze", "NOUN", "NN", "obj", 1),
            ("zu", "zu", "ADP", "PTKVZ", "compound:prt", 1),
            (".", ".", "PUNCT", "$.", "punct", 1),
        ],
    ],
    ids=["no-particle", "no-codebook-verb"],
)
def test_coordinated_attribute_stays_without_a_particle_verb(rows) -> None:
    from lagebild.codebook.loader import load_codebook
    from lagebild.pipeline.events.repair import repair_coordinated_preterites

    assert repair_coordinated_preterites(_parse(rows), load_codebook()) == []
