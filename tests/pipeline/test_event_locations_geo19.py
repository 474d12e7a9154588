"""Event locations (session 19, geo19): places the gazetteer or the model does not see."""

from __future__ import annotations

import pytest

from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province GeoNames spells otherwise (Konar): the adjective's state, not the dateline
        (
            "Islamabad (dpa) - Kampfflugzeuge haben Stellungen in der afghanischen Provinz "
            "Kunar bombardiert.",
            ("ASSAULT", "AFG", "country"),
        ),
        # an island the gazetteer lacks, the object of the attack
        (
            "Seoul (dpa) - Nordkoreanische Artillerie hat am Morgen die südkoreanische Insel "
            "Baengnyeong angegriffen.",
            ("ASSAULT", "KOR", "country"),
        ),
        (
            "Manila (dpa) - Soldaten haben auf der philippinischen Insel Jolo mehrere "
            "Kämpfer getötet.",
            ("ASSAULT", "PHL", "country"),
        ),
    ],
)
def test_a_part_of_a_state_the_gazetteer_lacks_lies_in_the_adjectives_state(
    text: str, expected: tuple[str, str, str]
) -> None:
    # die afghanische Provinz X, die südkoreanische Insel X: the state, never a guessed point
    assert expected in located_with_precision(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region the gazetteer knows with its kind keeps its own resolution, even when the
        # model reads the name and the words after it as a person
        (
            "Lagos (dpa) - Bewaffnete haben im nigerianischen Bundesstaat Zamfara Dutzende "
            "Dorfbewohner entführt.",
            ("ASSAULT", "NGA", "Zamfara"),
        ),
        (
            "Kiew (dpa) - Russische Truppen haben die ukrainische Stadt Awdijiwka angegriffen.",
            ("ASSAULT", "UKR", "Awdijiwka"),
        ),
    ],
)
def test_a_known_region_after_a_state_adjective_keeps_its_place(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


def located_with_precision(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each event's type and its location's country and precision."""
    import lagebild

    analysis = lagebild.analyze(text, date="2024-05-01")
    return [
        (e.type, e.location.country if e.location else None,
         e.location.precision if e.location else None)
        for e in analysis.events
    ]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a large city the model reads as a person or an organisation, after nach/in/In
        (
            "Kairo (dpa) - Der Gesandte ist am Dienstag nach Addis Abeba gereist und hat dort "
            "Gespräche geführt.",
            ("CONSULT", "ETH", "Addis Abeba"),
        ),
        (
            "Riad (dpa) - Der saudische Außenminister hat in Doha den Emir getroffen.",
            ("CONSULT", "QAT", "Doha"),
        ),
        (
            "Bangkok (dpa) - In Yangon haben Tausende Menschen gegen die Militärjunta "
            "demonstriert.",
            ("PROTEST", "MMR", "Yangon"),
        ),
    ],
)
def test_a_city_after_a_preposition_of_place_is_a_place_whatever_the_ner_label(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)
