"""Session 20 (wnews20): an announced visit is hosted by what the visit verb names as its
object ("kündigte an, Japan zu besuchen"), as it is by the place after "nach" or "in"
(``frames.announced_partners``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der US-Präsident Joe Biden kündigte an, Japan im Mai zu besuchen.",
         ("AGREE", "USA", "JPN")),
        ("Die Bundesaußenministerin Annalena Baerbock kündigte an, in der kommenden Woche die "
         "Türkei und Griechenland zu besuchen.", ("AGREE", "DEU", "GRC,TUR")),
        ("Der chinesische Außenminister Wang Yi erklärte sich bereit, Kiew zu besuchen.",
         ("AGREE", "CHN", "UKR")),
        ("Papst Franziskus kündigte an, im September die Mongolei zu besuchen.",
         ("AGREE", "VAT", "MNG")),
    ],
    ids=["announced-state", "announced-two-states", "ready-capital", "announced-pope"],
)  # fmt: skip
def test_an_announced_visit_is_made_to_the_object_of_the_visit_verb(nlp, text, expected):
    assert expected in analysed(nlp, text, "2023-05-01")


@pytest.mark.model
def test_an_announced_visit_to_a_place_of_ones_own_state_addresses_no_one(nlp):
    found = analysed(nlp, "Der Kanzler Olaf Scholz kündigte an, die Flutgebiete zu besuchen.",
                     "2023-05-01")  # fmt: skip
    assert not {e for e in found if e[0] == "AGREE"}
