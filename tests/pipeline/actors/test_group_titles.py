"""A title naming a group picks the KB person's role in it (session 14): on the day HTS took
Damascus its leader was also de facto head of state; ``HTS-Anführer`` says which he acts as."""

from __future__ import annotations

import pytest

LEAD = "Damaskus (AFP) - HTS-Anführer Abu Mohammed al-Dscholani hat den Sieg verkündet."


@pytest.mark.model
@pytest.mark.parametrize(
    ("date", "code"),
    [
        ("2024-12-10", "HTS"),  # leader of HTS and de facto head of state: the title decides
        ("2025-03-10", "SYR"),  # no longer HTS's leader: the office he holds
    ],
)
def test_a_group_title_picks_the_persons_role_in_that_group(nlp, date, code):
    import lagebild

    analysis = lagebild.analyze(LEAD, date=date, nlp=nlp)
    mention = next(m for m in analysis.mentions if "Dscholani" in m.text)
    assert {analysis.actors[a].code for a in mention.actors} == {code}
