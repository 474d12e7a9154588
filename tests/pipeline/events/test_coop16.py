"""Cooperative and verbal-cooperative events the coder missed (session 16): taking part in a
body's summit, a phone call told as the occasion of another act, and the tense such an
occasion takes from its clause. Full-pipeline sentences, written for the construction."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def coded(nlp, text: str) -> Coded:
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
    return {
        (
            e.type,
            tuple(sorted(p.code or "" for p in e.actor)),
            tuple(sorted(p.code or "" for p in e.recipient)),
            e.modality,
        )
        for e in analysis.events
    }


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Papst Franziskus nahm an dem G7-Gipfel teil.", "VAT", "G7"),
        (
            "Der chinesische Außenminister Wang nahm an dem Treffen der Brics-Staaten teil.",
            "CHN",
            "BRICS",
        ),
        ("Der indische Premierminister Modi nahm am Gipfel der G20 teil.", "IND", "G20"),
    ],
    ids=["compound", "genitive-group", "genitive-name"],
)
def test_taking_part_in_a_bodys_summit_meets_the_body(nlp, text, actor, recipient) -> None:
    found = {(t, a, r) for t, a, r, _ in coded(nlp, text)}
    assert ("CONSULT", (actor,), (recipient,)) in found


@pytest.mark.parametrize(
    ("text", "sides", "modality"),
    [
        (
            "Biden hatte Putin in einem Telefonat ein Gipfeltreffen vorgeschlagen.",
            ("RUS", "USA"),
            "historical",
        ),
        (
            "Die Außenminister Indiens und Chinas vereinbarten in einem Telefongespräch, die "
            "Lage nicht eskalieren zu lassen.",
            ("CHN", "IND"),
            "asserted",
        ),
    ],
    ids=["dative-addressee", "two-state-subject"],
)
def test_a_phone_call_told_as_the_occasion_of_an_act_is_a_call(nlp, text, sides, modality) -> None:
    assert ("CONSULT", sides, (), modality) in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russland verpflichtete sich, seine Truppen aus Moldau abzuziehen.",
            ("CONCEDE", ("RUS",), ("MDA",)),
        ),
        (
            "Die Hamas verpflichtete sich, alle Geiseln freizulassen.",
            ("CONCEDE", ("HAMAS",), ("",)),
        ),
    ],
    ids=["withdrawal", "release"],
)
def test_a_commitment_to_a_retreat_is_a_concession(nlp, text, expected) -> None:
    found = {(t, a, r) for t, a, r, _ in coded(nlp, text)}
    assert expected in found
    assert not any(t == "RETREAT" for t, _, _ in found)


def test_ratifying_anothers_accession_supports_it(nlp) -> None:
    text = "Die Türkei hat den Nato-Beitritt Schwedens ratifiziert."
    assert ("SUPPORT", ("TUR",), ("SWE",)) in {(t, a, r) for t, a, r, _ in coded(nlp, text)}
