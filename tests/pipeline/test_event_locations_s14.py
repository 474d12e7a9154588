"""Event locations through the full pipeline (session 14): a name a region shares with its
capital city, after the region's kind noun, is the region."""

from __future__ import annotations

import pytest

from tests.pipeline.test_event_locations_s13 import located

pytestmark = pytest.mark.model


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
    assert expected in located(text, "name")


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
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the village is unknown to the gazetteer: its state, not the dateline city
        (
            "Damaskus (AFP) - Im syrischen Dorf Kafr Nabl haben Regierungstruppen zwölf "
            "Rebellen festgenommen.",
            ("COERCE", "SYR", "country", "Syrien"),
        ),
        (
            "Beirut (dpa) - Die israelische Armee hat die libanesische Stadt Chiam bombardiert.",
            ("ASSAULT", "LBN", "country", "Libanon"),
        ),
    ],
)
def test_unknown_settlement_lies_in_its_adjectives_state(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *in* governs *einer Fernsehansprache*; *die Regierung Israels* is what was criticised
        (
            "Paris (AFP) - Der französische Präsident Macron hat in einer Fernsehansprache die "
            "Regierung Israels kritisiert.",
            ("ACCUSE", "FRA", "point", "Paris"),
        ),
        # *in* governs Peking; China, the object, is no second place of the phrase
        (
            "Berlin (dpa) - Bundeskanzler Scholz hat bei einem Besuch in Peking China zur "
            "Zurückhaltung aufgerufen.",
            ("REQUEST", "CHN", "point", "Peking"),
        ),
    ],
)
def test_preposition_governs_only_its_own_noun_phrase(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of the assembly the speech was made before
        (
            "Jerusalem (dpa) - Israels Ministerpräsident Netanjahu hat bei einer Rede vor der "
            "UN-Vollversammlung in New York den Iran scharf kritisiert.",
            ("ACCUSE", "USA", "point", "New York"),
        ),
        # the place of the meeting, after whom it was with
        (
            "Washington (AFP) - US-Außenminister Blinken hat bei seinem Treffen mit Netanjahu in "
            "Jerusalem eine Feuerpause gefordert.",
            ("REQUEST", "ISR", "point", "Jerusalem"),
        ),
        # after the talks the speaker is still where they were held
        (
            "Berlin (dpa) - Kanzler Scholz hat nach Gesprächen mit Macron in Paris eine "
            "gemeinsame Linie angekündigt.",
            ("AGREE", "FRA", "point", "Paris"),
        ),
        # before them, not yet: the dateline
        (
            "Berlin (dpa) - Kanzler Scholz hat vor dem Treffen mit Macron in Paris eine "
            "gemeinsame Linie angekündigt.",
            ("AGREE", "DEU", "point", "Berlin"),
        ),
    ],
)
def test_statement_made_at_its_occasions_place(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caracas (dpa) - Tausende Menschen haben in mehreren Städten Venezuelas gegen die "
            "Regierung protestiert.",
            ("PROTEST", "VEN", "country", "Venezuela"),
        ),
    ],
)
def test_many_places_of_a_state_are_not_the_dateline_city(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next sentence quotes the speaker with the place: er, der SPD-Politiker, Biden
        (
            "Tel Aviv/Teheran (dpa) - Der Iran hat Israel mit Raketen angegriffen. Bundeskanzler "
            "Olaf Scholz verurteilte den Angriff «auf das Schärfste». Der Iran riskiere, die "
            "gesamte Region in Brand zu setzen, sagte der SPD-Politiker in Berlin.",
            ("ACCUSE", "DEU", "point", "Berlin"),
        ),
        (
            "Moskau (dpa) - Nawalny ist tot. US-Präsident Joe Biden machte Kremlchef Wladimir "
            "Putin direkt für den Tod verantwortlich. «Putin ist verantwortlich, ob er es "
            "angeordnet hat oder nicht», sagte Biden im Weißen Haus.",
            ("ACCUSE", "USA", "point", "Weißen Haus"),
        ),
        # another speaker's place is not the first one's: the dateline, as before
        (
            "Kiew (dpa) - Die Ukraine hat neue Angriffe gemeldet. Präsident Selenskyj forderte "
            "mehr Luftabwehr. Die Lage sei ernst, sagte Außenminister Kuleba in Brüssel.",
            ("REQUEST", "UKR", "point", "Kiew"),
        ),
    ],
)
def test_statement_placed_by_the_next_sentences_verb_of_saying(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *Sie* speaks on where the sentence before put her
        (
            "Berlin (dpa) - Außenministerin Baerbock ist zu Gesprächen in Kiew eingetroffen. Sie "
            "sagte der Ukraine weitere Hilfe zu.",
            ("AGREE", "UKR", "point", "Kiew"),
        ),
        # *Er* is not the actor of the sentence before: the dateline, as before
        (
            "Berlin (dpa) - Der Iran hat in Teheran einen Deutschen festgenommen. Er forderte die "
            "Freilassung seiner Familie.",
            ("REQUEST", "DEU", "point", "Berlin"),
        ),
    ],
)
def test_statement_made_where_the_sentence_before_put_its_speaker(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in located(text, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *Hunderte* is no name of the capital: the home state's capital
        (
            "Dhaka (dpa) - Bei Protesten in Bangladesch sind mehr als 100 Menschen ums Leben "
            "gekommen. Die Polizei nahm in der Hauptstadt Hunderte Demonstranten fest.",
            ("COERCE", "BGD", "point", "Dhaka"),
        ),
        (
            "Kabul (dpa) - In der Hauptstadt Kabul explodierte eine Bombe.",
            ("ASSAULT", "AFG", "point", "Kabul"),
        ),
    ],
)
def test_bare_capital_before_a_common_word(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in located(text, "name")
