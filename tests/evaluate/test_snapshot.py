"""The scores on the gold data may not drop below the checked-in snapshot."""

from __future__ import annotations

import pytest

from lagebild.evaluate.snapshot import (
    SHARED,
    SNAPSHOT,
    drops,
    gold_events,
    measure,
    read_snapshot,
    wikinews_dev,
)

BEFORE = {"events/dev": {"events_f1": 0.80, "triples_f1": 0.65}, "quotes/dev": {"joint_f1": 0.65}}


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (BEFORE, []),
        ({**BEFORE, "quotes/dev": {"joint_f1": 0.70}}, []),  # better is fine
        ({**BEFORE, "quotes/dev": {"joint_f1": 0.647}}, []),  # within the tolerance
        ({**BEFORE, "quotes/dev": {"joint_f1": 0.64}}, ["quotes/dev joint_f1: 0.65 -> 0.64"]),
        ({"events/dev": BEFORE["events/dev"]}, ["quotes/dev joint_f1: missing (snapshot 0.65)"]),
    ],
    ids=["same", "better", "noise", "drop", "missing"],
)
def test_a_drop_beyond_the_tolerance_is_reported(current, expected) -> None:
    assert drops(current, BEFORE) == expected


def test_the_snapshot_covers_every_capability_on_both_splits() -> None:
    assert set(read_snapshot()) == {
        "events/train", "events/dev", "actors/train", "actors/dev", "quotes/dev",
        "locations/train", "locations/dev",
    }  # fmt: skip


@pytest.mark.model
def test_no_score_drops_below_the_snapshot(nlp) -> None:
    needed = [gold_events("train"), gold_events("dev"), wikinews_dev()]
    if not all(path.exists() for path in needed):
        pytest.skip(f"the gold data under {SHARED} is not available")
    problems = drops(measure(nlp), read_snapshot())
    assert problems == [], (
        f"scores dropped; if the change is intended, run `make snapshot` and commit "
        f"{SNAPSHOT.name} with the reason: {problems}"
    )
