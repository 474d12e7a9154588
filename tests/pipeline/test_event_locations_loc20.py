"""Event locations (session 20, loc20): the small places' layer of the gazetteer (GeoNames'
places of 1,000 to 15,000 inhabitants), read where the text calls a name a place and the
article names its state."""

from __future__ import annotations

import pytest

from lagebild.geo.gazetteer import get_gazetteer
from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Srebrenica", ("Srebrenica", "BIH")),
        ("Kljuc", ("Ključ", "BIH")),  # written without its accent
        ("Davos", ("Davos", "CHE")),
    ],
)
def test_the_small_places_layer_finds_a_town_by_its_own_name(
    name: str, found: tuple[str, str]
) -> None:
    places = get_gazetteer().small_places(name)
    assert found in [(c.place.name, c.place.country) for c in places]
    assert all(c.via == "small" and c.place.precision == "point" for c in places)


@pytest.mark.parametrize("name", ["Brand", "Waren"])
def test_a_town_named_like_a_german_word_is_not_in_the_small_places_layer(name: str) -> None:
    # in Brand setzen, waren: the build leaves out names the model's lemma table has as
    # words, and no English spelling is tried (Waren would be the Swiss Varen)
    assert get_gazetteer().small_places(name) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small town after a bare *in*, in a state the article names (the dateline's)
        (
            "Maiduguri (AFP) - Bewaffnete haben in Chibok mehr als zwanzig Schülerinnen "
            "entführt, teilte die nigerianische Polizei mit.",
            ("ASSAULT", "NGA", "Chibok"),
        ),
        (
            "Srinagar (dpa) - Bei einem Anschlag in Pahalgam im indischen Teil Kaschmirs sind "
            "26 Urlauber getötet worden.",
            ("ASSAULT", "IND", "Pahalgam"),
        ),
        # a small town as the dateline (Ortsmarke): a place by the news convention
        (
            "Davos (dpa) - Der Kanzler hat die Schweiz zu engerer Zusammenarbeit aufgerufen.",
            ("REQUEST", "CHE", "Davos"),
        ),
    ],
)
def test_a_small_place_the_text_calls_a_place_is_placed(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
def test_a_small_place_after_its_states_adjective_is_a_point() -> None:
    import lagebild

    text = (
        "Sarajevo (dpa) - Tausende haben in der ostbosnischen Stadt Srebrenica der Opfer "
        "gedacht. Die bosnische Stadt Srebrenica war 1995 erobert worden."
    )
    places = lagebild.analyze(text, date="2024-05-01").places
    found = [(p.name, p.country, p.precision) for p in places if p.text == "Srebrenica"]
    assert found and all(f == ("Srebrenica", "BIH", "point") for f in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a name of small places in two states the article names: never guessed
        "Ottawa (dpa) - Kanada und Australien haben in Innisfail über Zölle verhandelt.",
        # no state of the small place in the article
        "Kairo (dpa) - Ägypten hat in Davos um Investitionen geworben.",
        # a person after *bei*, not the town
        "Quito (dpa) - Die Opposition hat sich bei Noboa über die Wahl in Ecuador beschwert.",
    ],
)
def test_a_small_place_without_one_state_of_the_article_stays_unresolved(text: str) -> None:
    import lagebild

    small = {"Innisfail", "Davos", "Noboa"}
    places = lagebild.analyze(text, date="2024-05-01").places
    assert all(p.country is None for p in places if p.text in small)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kiew (dpa) - Die Ukraine hat Belarus vor einer Provokation an der Grenze gewarnt. "
            "Der belarussische Machthaber Lukaschenko ließ am Abend Dutzende Oppositionelle "
            "festnehmen.",
            ("COERCE", "BLR", "Belarus"),
        ),
        (
            "Ankara (dpa) - In der Türkei wächst die Sorge vor Flüchtlingen. Das iranische "
            "Innenministerium verbot am Montag alle Kundgebungen.",
            ("COERCE", "IRN", "Iran"),
        ),
        (
            "Berlin (dpa) - Die Bundesregierung hat die Festnahmen verurteilt. Die georgische "
            "Regierung verhängte eine nächtliche Ausgangssperre.",
            ("COERCE", "GEO", "Georgien"),
        ),
        (
            "Dakar (dpa) - Der neue Präsident Gambias ist in der Botschaft seines Landes "
            "vereidigt worden. Die gambische Regierung verhängte am Dienstag den Ausnahmezustand.",
            ("COERCE", "GMB", "Gambia"),
        ),
    ],
)
def test_a_states_government_coerces_on_its_own_ground(
    text: str, expected: tuple[str, str, str]
) -> None:
    # arrests, bans, curfews of a government: where it rules, not the dateline of the story
    assert expected in located(text)


@pytest.mark.model
def test_an_army_coerces_where_the_story_is() -> None:
    # an army arrests abroad too: the Ramallah dateline, not Israel
    text = "Ramallah (dpa) - Israelische Soldaten haben in der Nacht 30 Palästinenser festgenommen."
    assert ("COERCE", "PSE", "Ramallah") in located(text)
