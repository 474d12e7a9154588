"""Event types and actors chosen by the construction (session 19, issue 13, branch prec19)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der äthiopische Ministerpräsident und der eritreische Präsident unterzeichneten "
            "am Montag eine gemeinsame Erklärung über Frieden.",
            ("AGREE", ("ERI", "ETH"), ()),
        ),
        (
            "Die Präsidenten Russlands, Aserbaidschans und Armeniens unterzeichneten eine "
            "Erklärung, nach der alle Kämpfe eingestellt werden.",
            ("AGREE", ("ARM", "AZE", "RUS"), ()),
        ),
        (
            "Vertreter Chinas und Japans haben in Peking eine Abschlusserklärung unterschrieben.",
            ("AGREE", ("CHN", "JPN"), ()),
        ),
    ],
    ids=["gemeinsame-Erklärung", "Erklärung-nach-der", "Abschlusserklärung-unterschrieben"],
)
def test_signing_a_joint_declaration_is_agreeing(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert not {t for t, _, _ in found} & {"SUPPORT"}
