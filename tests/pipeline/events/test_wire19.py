"""Session 19 (issue 13, branch wire19): recall of SANCTION, RETREAT and MOBILIZE by the German
constructions that express them."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der kenianische Senat hat Vizepräsident Rigathi Gachagua seines Amtes enthoben.",
            ("SANCTION", ("KEN",), ("KEN",)),
        ),
        (
            "Das Innenministerium in Ankara enthob den Bürgermeister von Diyarbakır seines "
            "Postens.",
            ("SANCTION", ("TUR",), ("TUR",)),
        ),
        (
            "Ein pakistanisches Gericht enthob Premierminister Yousaf Raza Gilani seines Amtes.",
            ("SANCTION", ("PAK",), ("PAK",)),
        ),
    ],
    ids=["perfect", "preterite-posten", "preterite-amt"],
)
def test_removing_someone_from_office_is_a_sanction(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_relieving_someone_of_a_duty_is_no_sanction(nlp) -> None:
    text = "Das Urteil enthebt die Regierung in Moskau nicht der Verantwortung für die Opfer."
    assert "SANCTION" not in {t for t, _, _ in coded(nlp, text)}
