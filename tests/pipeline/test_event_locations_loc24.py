"""Event locations (session 24, loc24): romanised names without the transliteration's marks,
a city the model read as a person after a state's adjective, places of a state the text
names only by its adjective (in mehreren chinesischen Städten), a region's kind telling
apart two states' regions of one name (Provinz Kurdistan)."""

from __future__ import annotations

import pytest

import lagebild
from lagebild.geo.gazetteer import get_gazetteer, unmarked_spellings
from lagebild.pipeline.places import _territory_phrase
from tests.conftest import rules_pipeline
from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Al-`Ula", ["Al-Ula"]),  # the backtick marks the ʿayn
        ("‘Amrān", ["Amrān", "Amran"]),  # and the opening quote; accents dropped too
        ("Xi’an", []),  # an apostrophe inside a word separates syllables: Xian is no name
        ("Usman'", []),  # a final soft sign stays: Usman is a personal name
        ("Berlin", []),
    ],
)
def test_unmarked_spellings_drop_only_the_ayn_marks(name: str, expected: list[str]) -> None:
    assert unmarked_spellings(name) == expected


@pytest.mark.parametrize(("name", "country"), [("Al-Ula", "SAU"), ("Amran", "YEM")])
def test_a_romanised_city_is_found_under_its_german_spelling(name: str, country: str) -> None:
    found = get_gazetteer().lookup_exact(name)
    assert [(c.place.country, c.via) for c in found] == [(country, "name")]


@pytest.mark.model
def test_a_city_read_as_a_person_after_a_states_adjective() -> None:
    # the model reads Al-Ula as a person; the state's adjective says it is a Saudi place
    found = located(
        "Die Staats- und Regierungschefs der Golfstaaten unterzeichneten am Dienstag bei "
        "einem Gipfel im saudischen Al-Ula eine Erklärung."
    )
    assert ("AGREE", "SAU") in [(kind, country) for kind, country, _ in found]


@pytest.mark.model
def test_a_person_after_a_states_adjective_is_no_place() -> None:
    found = located(
        "Der Minister traf am Montag im Kreml den russischen Präsidenten Wladimir Putin."
    )
    assert found
    assert all(name != "Wladimir Putin" for _, _, name in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places of a state named by its adjective alone lie in that state
        (
            "Am Wochenende ist es in zahlreichen chinesischen Städten zu gewaltsamen Protesten "
            "gegen Japan gekommen.",
            ("PROTEST", "CHN"),
        ),
        (
            "In einer syrischen Stadt haben Soldaten mehrere Oppositionelle festgenommen.",
            ("COERCE", "SYR"),
        ),
    ],
)
def test_places_named_through_a_states_adjective(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(kind, country) for kind, country, _ in located(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # cities as targets (accusative) or origins (aus) are not where the event happened
        ("Russland hat in der Nacht zahlreiche ukrainische Städte mit Drohnen angegriffen.", "UKR"),
        ("Flüchtlinge aus syrischen Städten protestierten gegen die Regierung.", "SYR"),
    ],
)
def test_no_place_from_a_target_or_an_origin(text: str, unwanted: str) -> None:
    found = located(text)
    assert found
    assert all(country != unwanted for _, country, _ in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Es kam in mehreren iranischen Provinzen zu Protesten.", "IRN"),
        ("Es kam in vielen europäischen Städten zu Protesten.", None),  # no state's adjective
        ("Es kam in den ostdeutschen Bundesländern zu Protesten.", None),
        ("Sie kamen aus syrischen Städten.", None),  # an origin
    ],
)
def test_places_of_a_state_by_its_adjective(sentence: str, expected: str | None) -> None:
    place = _territory_phrase(sentence, 0, get_gazetteer())
    assert (place.country if place else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iran's province is "Provinz Kurdistan" in German; the bare name is Iraq's region
        (
            "In mehreren Städten der Provinz Kurdistan gingen in der Nacht erneut Tausende "
            "Menschen auf die Straße.",
            ("PROTEST", "IRN"),
        ),
        (
            "Die Regierung der Autonomen Region Kurdistan forderte in Erbil mehr Geld.",
            ("REQUEST", "IRQ"),
        ),
        # a region that only one state has keeps its resolution after its kind
        ("In der Provinz Helmand griffen Taliban einen Stützpunkt an.", ("ASSAULT", "AFG")),
    ],
)
def test_a_regions_kind_tells_apart_two_states_regions(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(kind, country) for kind, country, _ in located(text)]


@pytest.mark.model
def test_only_the_provinces_own_kind_names_it() -> None:
    # another kind before the name is not the province (a first version took the Iranian
    # province after any kind noun: in die autonome Region Kurdistan → Iran)
    analysis = lagebild.analyze(
        "Die irakische Regierung will den Flugverkehr in die autonome Region Kurdistan "
        "einstellen. Proteste gab es auch in der Provinz Kurdistan.",
        title="Kurdistan",
        date="2024-05-01",
        nlp=rules_pipeline(),
    )
    found = [(p.text, p.country) for p in analysis.places if p.text == "Kurdistan"]
    assert found == [("Kurdistan", "IRQ"), ("Kurdistan", "IRN")]
