"""Event locations through the full pipeline (session 14): a name a region shares with its
capital city, after the region's kind noun, is the region."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model


def _located(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each event's type and its location's country, precision and name."""
    analysis = lagebild.analyze(text, date="2024-05-01")
    return [
        (e.type, e.location.country if e.location else None,
         e.location.precision if e.location else None, e.location.name if e.location else None)
        for e in analysis.events
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region, under the text's German name (GeoNames: Kharkiv)
        (
            "Kiew (dpa) - Bei einem russischen Raketenangriff in der Region Charkiw sind drei "
            "Menschen getötet worden.",
            ("ASSAULT", "UKR", "admin1", "Charkiw"),
        ),
        (
            "Kiew (dpa) - Russische Truppen haben im Gebiet Donezk mehrere Dörfer angegriffen.",
            ("ASSAULT", "UKR", "admin1", "Donezk"),
        ),
        (
            "Damaskus (dpa) - Syrische Regierungstruppen haben in der Provinz Idlib Stellungen "
            "der Rebellen bombardiert.",
            ("ASSAULT", "SYR", "admin1", "Idlib"),
        ),
        # a region GeoNames spells otherwise (Zaporizhia): at its capital, still a region
        (
            "Kiew (dpa) - In der Oblast Saporischschja griffen russische Drohnen ein Kraftwerk an.",
            ("ASSAULT", "UKR", "admin1", "Saporischschja"),
        ),
        # a compound kind noun, the name unseen by the model: the region, not the dateline
        (
            "Moskau (dpa) - Im Grenzgebiet Belgorod wurden nach Behördenangaben zwei Menschen "
            "bei ukrainischem Beschuss getötet.",
            ("ASSAULT", "RUS", "admin1", "Belgorod"),
        ),
    ],
)
def test_city_name_after_region_kind_is_the_region(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _located(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's own area is the city
        (
            "Kiew (dpa) - Im Stadtgebiet Charkiw sind bei einem Raketenangriff drei Menschen "
            "getötet worden.",
            ("ASSAULT", "UKR", "point", "Charkiw"),
        ),
    ],
)
def test_city_area_stays_the_city(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _located(text)
