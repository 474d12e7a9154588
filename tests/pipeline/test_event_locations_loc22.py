"""Event locations (session 22, loc22): the "coercion at home" rule (sessions 18, 20) leaves
an act where the story puts it when the acting state's forces hold that ground (an
occupied territory), when an army acts beside the police, or when the host state's own
forces act beside them."""

from __future__ import annotations

import pytest

from lagebild.geo.gazetteer import OCCUPATIONS_FILE, get_gazetteer, read_data_file
from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.parametrize(
    "entry", read_data_file(OCCUPATIONS_FILE, "occupations.schema.json", "occupied territories")
)
def test_every_occupied_territory_and_its_holder_are_known_to_the_gazetteer(
    entry: dict[str, str],
) -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.country(entry["territory"]) is not None
    assert gazetteer.country(entry["state"]) is not None
    for admin1 in entry.get("admin1", [None]):  # a state's held regions (session 23)
        assert entry["state"] in gazetteer.ruling_states(entry["territory"], admin1)
    # the territory keeps its own code: only where authorities act is asked
    assert gazetteer.governing_state(entry["territory"]) == entry["territory"]


@pytest.mark.parametrize(
    ("code", "states"),
    [
        ("PSE", {"PSE", "ISR"}),  # held
        ("ESH", {"ESH", "MAR"}),
        ("NCL", {"NCL", "FRA"}),  # governed
        ("ISR", {"ISR"}),  # a state's own ground only
    ],
)
def test_a_territory_is_the_ground_of_the_states_that_hold_or_govern_it(
    code: str, states: set[str]
) -> None:
    assert get_gazetteer().ruling_states(code) == states


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's police and authorities act on ground its forces hold: the scene stays
        (
            "Ramallah (dpa) - Im Westjordanland ist es erneut zu Zusammenstößen gekommen. "
            "Die israelische Polizei nahm mehrere Palästinenser fest.",
            ("COERCE", "PSE", "Westjordanland"),
        ),
        (
            "Amman (dpa) - In Hebron kam es zu Unruhen. Die israelischen Behörden verhängten "
            "eine Ausgangssperre über die Altstadt.",
            ("COERCE", "PSE", "Hebron"),
        ),
        (
            "Rabat (dpa) - In Laâyoune gingen Aktivisten auf die Straße. Die marokkanische "
            "Polizei nahm zwölf von ihnen fest.",
            ("COERCE", "ESH", "Laâyoune"),
        ),
        # ... and still at home where the story is told from abroad (session 18's rule)
        (
            "Istanbul (dpa) - Im Iran sind erneut Proteste ausgebrochen. Die iranische Polizei "
            "nahm Hunderte Demonstranten fest.",
            ("COERCE", "IRN", "Iran"),
        ),
    ],
)
def test_authorities_coerce_in_a_territory_their_state_holds(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign police force acting beside the host state's own acts on the host's
        # ground (a police mission abroad), not at home
        (
            "Port-au-Prince (dpa) - In der Hauptstadt Haitis kam es zu Gefechten. Kenianische "
            "und haitianische Polizisten nahmen mehrere Bandenmitglieder fest.",
            ("COERCE", "HTI", "Port-au-Prince"),
        ),
        (
            "Mogadischu (dpa) - In Somalia gab es neue Kämpfe. Kenianische und somalische "
            "Polizisten nahmen mehrere Kämpfer fest.",
            ("COERCE", "SOM", "Somalia"),
        ),
    ],
)
def test_police_acting_beside_the_host_states_forces_act_on_its_ground(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement takes the dateline's place, in the dateline forms session 22 added
        (
            "KAIRO. Die ägyptische Regierung hat der Opposition vorgeworfen, Unruhen zu schüren.",
            ("ACCUSE", "EGY", "Kairo"),
        ),
        (
            "Berlin (KNA) Die Bundesregierung hat die Kirchen aufgefordert, mehr "
            "Flüchtlinge aufzunehmen.",
            ("REQUEST", "DEU", "Berlin"),
        ),
        (
            "Nairobi (Kenia), 5. März 2024 – Die kenianische Regierung hat die Opposition "
            "scharf kritisiert.",
            ("ACCUSE", "KEN", "Nairobi"),
        ),
    ],
)
def test_a_statement_is_placed_at_a_dateline_of_another_form(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police sent abroad to help (a police mission) is no policing at home
        (
            "Port-au-Prince (dpa) - In Haiti sind weitere Polizisten aus Kenia eingetroffen. "
            "Die kenianische Polizei hilft den haitianischen Sicherheitskräften seit Juni.",
            ("AID", "HTI", "Haiti"),
        ),
        # arrests and force by a foreign state's police are still at home
        (
            "Bogotá (dpa) - Kolumbien hat den Einsatz kritisiert. Die venezolanische Polizei "
            "ging mit Tränengas gegen Demonstranten vor.",
            ("ASSAULT", "VEN", "Venezuela"),
        ),
    ],
)
def test_police_abroad_on_a_mission_are_not_placed_at_home(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional bureau's dateline in a third state: the attack happened on the
        # target's ground, of which the text names only the state
        (
            "Istanbul (dpa) - Die Spannungen in der Region nehmen zu. Israel hat erneut den "
            "Iran angegriffen.",
            ("ASSAULT", "IRN", "Iran"),
        ),
        (
            "Nairobi (AFP) - Die Lage am Horn von Afrika bleibt gespannt. Äthiopische Truppen "
            "haben Eritrea angegriffen.",
            ("ASSAULT", "ERI", "Eritrea"),
        ),
        # a dateline in one side's state stays (the guideline's most specific place)
        (
            "Beirut (dpa) - Israel hat in der Nacht Ziele der Hisbollah-Miliz angegriffen.",
            ("ASSAULT", "LBN", "Beirut"),
        ),
        (
            "Kiew (dpa) - Russland hat die Ukraine erneut mit Drohnen angegriffen.",
            ("ASSAULT", "UKR", "Kiew"),
        ),
        # ground the attacker's forces hold is its own ground too: the dateline stays
        (
            "Ramallah (dpa) - Israelische Soldaten haben ein Flüchtlingslager gestürmt.",
            ("ASSAULT", "PSE", "Ramallah"),
        ),
    ],
)
def test_an_attack_told_from_a_third_state_happened_on_the_targets_ground(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)
