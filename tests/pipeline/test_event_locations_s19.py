"""Event locations (session 19): a speaker the text puts somewhere speaks from there."""

from __future__ import annotations

import pytest

from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Istanbul (dpa) - Der Oppositionsführer, der sich seit Wochen in London aufhält, "
            "wies die Vorwürfe der Regierung zurück.",
            ("REJECT", "GBR", "London"),
        ),
        (
            "Brasília (dpa) - Der frühere Präsident, der sich derzeit in Portugal befindet, "
            "kritisierte die Regierung scharf.",
            ("ACCUSE", "PRT", "Portugal"),
        ),
        (
            "Moskau (dpa) - Die Journalistin, die seit Jahren in Berlin lebt, warf dem Kreml "
            "Zensur vor.",
            ("ACCUSE", "DEU", "Berlin"),
        ),
    ],
)
def test_a_speaker_staying_abroad_speaks_from_there(
    text: str, expected: tuple[str, str, str]
) -> None:
    # the relative clause on the speaker says where the speaker is: not the dateline
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        # a crisis is no place; *sich befinden in* a state of affairs leaves the dateline
        (
            "Ankara (dpa) - Die Regierung, die sich in einer schweren Krise befindet, forderte "
            "die Opposition zum Dialog auf.",
            "Krise",
        ),
        # the people who live in Gaza are the object, not the speaker
        (
            "Rom (dpa) - Der Papst kritisierte die Lage der Menschen, die in Gaza leben.",
            "Gaza",
        ),
    ],
)
def test_a_stay_of_others_is_not_the_speakers_place(text: str, elsewhere: str) -> None:
    found = located(text)
    assert found
    assert all(name != elsewhere for _, _, name in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # *dort* after a journey's goal: the meeting is there, not at the dateline
        (
            "Washington (AP) - Der Präsident flog nach Tokio weiter. Er traf sich dort mit dem "
            "japanischen Regierungschef.",
            ("CONSULT", "JPN", "Tokio"),
        ),
        # a foreign speaker's statement *dort*: where the talks are, not the dateline
        (
            "Paris (dpa) - In Genf haben am Montag Gespräche über Syrien begonnen. Der "
            "russische Außenminister forderte dort ein Ende der Sanktionen.",
            ("REQUEST", "CHE", "Genf"),
        ),
        # *dort* after a place a noun's phrase names: the arrests are there
        (
            "Moskau (dpa) - Die Opposition plant für Samstag eine Kundgebung in Jekaterinburg. "
            "Die Polizei hat dort bereits Dutzende Aktivisten festgenommen.",
            ("COERCE", "RUS", "Jekaterinburg"),
        ),
    ],
)
def test_dort_points_back_to_the_place_named_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
def test_a_goal_only_aimed_at_is_not_what_dort_points_to() -> None:
    # nach Italien zu gelangen is where they want to go; dort is still Libya
    text = (
        "Madrid (dpa) - Tausende Migranten sind in Libyen gestrandet. Viele versuchen, nach "
        "Italien zu gelangen. Die libysche Küstenwache hat dort am Sonntag 200 Menschen "
        "festgenommen."
    )
    found = located(text)
    assert found
    assert all(country != "ITA" for _, country, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (dpa) - Die Bundeswehr verlegt weitere Soldaten nach Litauen.",
            ("MOBILIZE", "LTU", "Litauen"),
        ),
        (
            "Washington (AP) - Die USA entsenden 3000 zusätzliche Soldaten nach Polen.",
            ("MOBILIZE", "POL", "Polen"),
        ),
    ],
)
def test_troops_sent_somewhere_deploy_there(text: str, expected: tuple[str, str, str]) -> None:
    # a deployment happens where the troops go, not at the capital that decided it
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (dpa) - Die Gespräche seien gescheitert, sagte der Außenminister am Dienstag "
            "in Brüssel. Er forderte Russland zum Einlenken auf.",
            ("REQUEST", "BEL", "Brüssel"),
        ),
        # the verb of saying with its particle: teilte … mit
        (
            "Genf (dpa) - Die Regierung habe der Öffnung zugestimmt, teilte UN-Generalsekretär "
            "António Guterres am Montag in New York mit. Er kritisierte die Verzögerung scharf.",
            ("ACCUSE", "USA", "New York"),
        ),
    ],
)
def test_er_goes_on_speaking_where_the_sentence_before_said_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    # the pronoun continues the one speaker of the sentence before, and where it spoke
    assert expected in located(text)
