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
