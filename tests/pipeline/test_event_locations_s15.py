"""Event locations (session 15): place phrases with an extended attribute, a source's place,
a state's ground in a statement, the speaker's city, and reported speech that goes on."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.places import _attribute_opening
from tests.pipeline.test_event_locations_s13 import located
from tests.pipeline.test_places import make_doc


@pytest.mark.parametrize(
    ("tokens", "tags", "adjective", "opening"),
    [
        # auf der 2014 annektierten Krim: the attribute opens at *der*
        (
            [
                ("auf", "ADP", 4, "case"),
                ("der", "DET", 3, "det"),
                ("2014", "NUM", 1, "obl"),
                ("annektierten", "ADJ", 1, "amod"),
                ("Krim", "PROPN", 0, "ROOT"),
            ],
            ["APPR", "ART", "CARD", "ADJA", "NE"],
            3,
            1,
        ),
        # in der von Russland besetzten Region: *von Russland* is inside the attribute
        (
            [
                ("in", "ADP", 1, "case"),
                ("der", "DET", 4, "det"),
                ("von", "ADP", 1, "case"),
                ("Russland", "PROPN", 2, "nmod"),
                ("besetzten", "ADJ", 1, "amod"),
                ("Region", "NOUN", 0, "ROOT"),
            ],
            ["APPR", "ART", "APPR", "NE", "ADJA", "NN"],
            4,
            1,
        ),
        # in dem Nachbarland der Demokratischen Republik: the adjective has its own article
        (
            [
                ("in", "ADP", 2, "case"),
                ("dem", "DET", 1, "det"),
                ("Nachbarland", "NOUN", 0, "ROOT"),
                ("der", "DET", 2, "det"),
                ("Demokratischen", "ADJ", 1, "amod"),
                ("Republik", "NOUN", -3, "nmod"),
            ],
            ["APPR", "ART", "NN", "ART", "ADJA", "NN"],
            4,
            None,
        ),
        # beim Gipfel in Den Haag am 24. März: a date's ordinal opens no attribute
        (
            [
                ("beim", "ADP", 1, "case"),
                ("Gipfel", "NOUN", 0, "ROOT"),
                ("in", "ADP", 2, "case"),
                ("Den", "DET", 1, "det"),
                ("Haag", "PROPN", -3, "nmod"),
                ("am", "ADP", 2, "case"),
                ("24.", "ADJ", 1, "amod"),
                ("März", "NOUN", -6, "nmod"),
            ],
            ["APPRART", "NN", "APPR", "ART", "NE", "APPRART", "ADJA", "NN"],
            6,
            None,
        ),
    ],
)
def test_extended_attribute_opens_at_the_place_phrases_article(
    tokens: list[tuple[str, str, int, str]], tags: list[str], adjective: int, opening: int | None
) -> None:
    doc = make_doc(spacy.blank("de").vocab, tokens, tags=tags)
    assert _attribute_opening(doc, doc[adjective]) == opening


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moskau (dpa) - Russland hatte Soldaten auf der 2014 annektierten Krim "
            "zusammengezogen.",
            ("MOBILIZE", "UKR", "admin1", "Krim"),
        ),
        (
            "Moskau (dpa) - Russische Truppen haben in der von Russland besetzten Region Cherson "
            "eine Brücke zerstört.",
            ("ASSAULT", "UKR", "admin1", "Cherson"),
        ),
        (
            "Kiew (dpa) - Russische Truppen haben in der seit Monaten umkämpften Stadt Pokrowsk "
            "mehrere Gebäude zerstört.",
            ("ASSAULT", "UKR", "point", "Pokrowsk"),
        ),
    ],
)
def test_place_after_an_extended_attribute_is_the_events(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source sits in Bangkok; the bombed targets are on Cambodian ground
        (
            "Bangkok (dpa) - Thailändische Kampfjets bombardierten am Donnerstag nach Angaben "
            "der Armee in Bangkok militärische Ziele auf kambodschanischem Gebiet.",
            ("ASSAULT", "KHM", "country", "Kambodscha"),
        ),
        # with nothing else named, the source's place stands
        (
            "Kiew (dpa) - Bei einem russischen Angriff sind nach Angaben der Behörden in Charkiw "
            "drei Menschen getötet worden.",
            ("ASSAULT", "UKR", "point", "Charkiw"),
        ),
    ],
)
def test_source_place_gives_way_to_the_clauses_ground(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground in what was said, or as an origin, is not where it was said
        (
            "Warschau (dpa) - Polen hat Russland vorgeworfen, dass Drohnen auf polnischem Gebiet "
            "niedergegangen sind.",
            ("ACCUSE", "POL", "point", "Warschau"),
        ),
        (
            "Islamabad (dpa) - Pakistan forderte die Taliban auf, vom afghanischen Boden aus "
            "dürfe es keinen Terrorismus mehr geben.",
            ("REQUEST", "PAK", "point", "Islamabad"),
        ),
    ],
)
def test_statement_is_not_made_on_the_ground_it_speaks_of(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peking (dpa) - Die US-Botschafterin in Manila, MaryKay Carlson, verurteilte das "
            "Vorgehen Chinas.",
            ("ACCUSE", "PHL", "point", "Manila"),
        ),
        (
            "Berlin (dpa) - Ein Sprecher des Außenministeriums in Moskau warf der Ukraine "
            "Provokationen vor.",
            ("ACCUSE", "RUS", "point", "Moskau"),
        ),
        # a state named as a mission's domain is no city the speaker sits in
        (
            "Tripolis (dpa) - Die UN-Mission in Libyen verlangte eine sofortige Waffenruhe.",
            ("REQUEST", None, None, None),
        ),
    ],
)
def test_statement_is_made_in_the_speakers_city(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.model
def test_reported_speech_going_on_is_made_where_its_report_was() -> None:
    text = (
        "Kiew (dpa) - Russland hat die Ukraine beschuldigt. Die Angriffe müssten aufhören, "
        "sagte ein Sprecher in Moskau. Kiew müsse die Provokationen einstellen, sonst werde "
        "Russland reagieren."
    )
    found = located(text, "name")
    assert ("REQUEST", "RUS", "point", "Moskau") in found
    assert ("THREATEN", "RUS", "point", "Moskau") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moskau (dpa) - Der Oppositionelle wurde nach Sibirien gebracht und dann nach "
            "Jekaterinburg, wo er festgenommen wurde.",
            ("COERCE", "RUS", "point", "Jekaterinburg"),
        ),
    ],
)
def test_relative_wo_clause_happens_at_its_antecedent(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khartum (dpa) - Im Sudan haben die paramilitärischen Rapid Support Forces (RSF) ihre "
            "Angriffe auf die belagerte Stadt El Fasher in der Region Darfur verstärkt.",
            ("ASSAULT", "SDN", "point", "El Fasher"),
        ),
        (
            "Kiew (dpa) - In der Ukraine hat Russland die Stadt Charkiw mit Raketen beschossen.",
            ("ASSAULT", "UKR", "point", "Charkiw"),
        ),
    ],
)
def test_attacked_city_within_the_clauses_state_is_the_place(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recalled ambassador's post is not where the government decided
        (
            "Berlin (dpa) - Nach der Hinrichtung eines Deutschen im Iran hat die Bundesregierung "
            "ihren Botschafter in Teheran zu Konsultationen nach Berlin zurückgerufen.",
            ("SANCTION", "DEU", "point", "Berlin"),
        ),
        # a court named with its city decides there
        (
            "Moskau (dpa) - Ein Gericht in Moskau hat den Oppositionellen zu zehn Jahren Haft "
            "verurteilt.",
            ("SANCTION", "RUS", "point", "Moskau"),
        ),
    ],
)
def test_sanction_is_not_placed_by_its_objects_place(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")
