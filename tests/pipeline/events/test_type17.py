"""Event types told apart by the construction (session 17, issue 13): taking someone's side
with "sich auf die Seite … stellen" backs them (SUPPORT) as "sich an die Seite … stellen"
does, and refusing to take it rejects them."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frankreich stellte sich in dem Konflikt klar auf die Seite der Ukraine.",
            ("SUPPORT", ("FRA",), ("UKR",)),
        ),
        (
            "Die Türkei hat sich auf die Seite der syrischen Opposition gestellt.",
            ("SUPPORT", ("TUR",), ("SYR",)),
        ),
        (
            "Die Regierung in Rom stellte sich nicht auf die Seite der EU-Kommission.",
            ("REJECT", ("ITA",), ("EU",)),
        ),
    ],
    ids=["stellte-sich-auf-die-Seite", "perfect", "negated"],
)
def test_taking_someones_side_with_auf_backs_them(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Das chinesische Außenministerium beschuldigte Indien, die Grenze überschritten und "
        "chinesische Soldaten angegriffen zu haben.",
        "Manila beschuldigte Peking, philippinische Fischer festgenommen und ein Boot "
        "beschossen zu haben.",
    ],
    ids=["überschritten-und-angegriffen", "festgenommen-und-beschossen"],
)
def test_acts_of_a_coordinated_zu_infinitive_are_the_accusations_content(nlp, text) -> None:
    found = {t for t, _, _ in coded(nlp, text)}
    assert "ACCUSE" in found
    assert not found & {"ASSAULT", "COERCE"}


def _coordination(forms: list[tuple[str, str, int, str]]):
    import spacy
    from spacy.tokens import Doc

    words = [w for w, _, _, _ in forms]
    doc = Doc(
        spacy.blank("de").vocab,
        words=words,
        deps=[d for _, d, _, _ in forms],
        heads=[h for _, _, h, _ in forms],
        morphs=[m for _, _, _, m in forms],
    )
    return doc


@pytest.mark.parametrize(
    ("forms", "index", "expected"),
    [
        # "warf X vor, Y überfallen und Z besetzt zu haben": the participant shares the zu
        (
            [
                ("warf", "ROOT", 0, ""),
                ("überfallen", "conj", 0, "VerbForm=Part"),
                ("und", "cc", 3, ""),
                ("besetzt", "conj", 1, "VerbForm=Part"),
                ("zu", "mark", 3, ""),
                ("haben", "aux", 3, "VerbForm=Inf"),
            ],
            1,
            True,
        ),
        # "kritisierte X und kündigte an, … zu verhängen": a finite verb shares nothing
        (
            [
                ("kritisierte", "ROOT", 0, ""),
                ("kündigte", "conj", 0, "VerbForm=Fin"),
                ("und", "cc", 3, ""),
                ("verhängen", "conj", 1, "VerbForm=Inf"),
                ("zu", "mark", 3, ""),
            ],
            1,
            False,
        ),
        # no later zu-infinitive in the coordination
        (
            [
                ("warf", "ROOT", 0, ""),
                ("überfallen", "conj", 0, "VerbForm=Part"),
                ("und", "cc", 3, ""),
                ("besetzt", "conj", 1, "VerbForm=Part"),
            ],
            1,
            False,
        ),
    ],
    ids=["shared-zu", "finite", "no-zu"],
)
def test_a_nonfinite_conjunct_shares_the_zu_of_a_later_one(forms, index, expected) -> None:
    from lagebild.pipeline.events.matching import shares_zu

    doc = _coordination(forms)
    assert shares_zu(doc[index]) is expected
