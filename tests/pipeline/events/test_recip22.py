"""Recipients (session 22, issues 13, 14), through the full pipeline with the detector's gate
held open; probe sentences of my own wording."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (dpa) - Hunderte Menschen protestierten am Samstag vor der russischen "
            "Botschaft in Berlin.",
            ("PROTEST", ("DEU",), ("RUS",), "asserted"),
        ),
        (
            "Niamey (AFP) - In der Hauptstadt protestierten Tausende Anhänger der Junta vor der "
            "französischen Botschaft.",
            ("PROTEST", ("NER",), ("FRA",), "asserted"),
        ),
        (
            # the parser hangs the phrase on the crowd, not on the verb
            "Niamey (AFP) - In Niamey versammelten sich am Sonntag mehrere tausend Anhänger der "
            "Putschisten vor der französischen Botschaft.",
            ("PROTEST", ("NER",), ("FRA",), "asserted"),
        ),
        (
            "Moskau (dpa) - Demonstranten versammelten sich vor der amerikanischen Botschaft und "
            "verbrannten Flaggen.",
            ("PROTEST", ("RUS",), ("USA",), "asserted"),
        ),
        (
            "Bagdad (dpa) - Hunderte Iraker demonstrierten vor der türkischen Vertretung in "
            "Bagdad.",
            ("PROTEST", ("IRQ",), ("TUR",), "asserted"),
        ),
        (
            # before a seat at home the own government stays the addressee
            "Seoul (dpa) - Tausende Südkoreaner protestierten vor dem Parlament gegen das "
            "Kriegsrecht.",
            ("PROTEST", ("KOR",), ("KOR",), "asserted"),
        ),
    ],
)
def test_a_protest_before_a_foreign_mission_addresses_the_state_it_represents(
    nlp, text, expected
) -> None:
    # a crowd gathers before an embassy to address the state it represents, not the host
    assert expected in coded(nlp, text)
