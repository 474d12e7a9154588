"""The scores on the gold data may not drop below the checked-in snapshot, and what the
pipeline finds in each gold article is the snapshot's unless that is rewritten."""

from __future__ import annotations

import json

import pytest

from lagebild.analysis import (
    Actor,
    ArticleAnalysis,
    CharSpan,
    Event,
    EventParticipant,
    Quote,
    Sentence,
    SpeakerRef,
)
from lagebild.evaluate.snapshot import (
    OUTPUTS,
    SHARED,
    SNAPSHOT,
    changed_outputs,
    describe,
    drops,
    gold_events,
    measure,
    outputs,
    read_outputs,
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
def test_no_score_drops_below_the_snapshot(shipped_nlp) -> None:
    needed = [gold_events("train"), gold_events("dev"), wikinews_dev()]
    if not all(path.exists() for path in needed):
        pytest.skip(f"the gold data under {SHARED} is not available")
    problems = drops(measure(shipped_nlp), read_snapshot())
    assert problems == [], (
        f"scores dropped; if the change is intended, run `make snapshot` and commit "
        f"{SNAPSHOT.name} with the reason: {problems}"
    )


SEEN = {"train/a": ["event 0:5 REQUEST", "actor RUS state RUS GOV"], "dev/b": []}


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (SEEN, []),
        (
            {**SEEN, "train/a": ["event 0:5 REJECT", "actor RUS state RUS GOV"]},
            ["train/a: lost ['event 0:5 REQUEST'], gained ['event 0:5 REJECT']"],
        ),
        (
            {**SEEN, "train/a": ["actor RUS state RUS GOV"]},
            ["train/a: lost ['event 0:5 REQUEST'], gained []"],
        ),
        ({"dev/b": []}, ["train/a: article missing"]),
        ({**SEEN, "dev/c": []}, ["dev/c: new article"]),
    ],
    ids=["same", "other-type", "event-lost", "article-missing", "article-new"],
)
def test_any_change_of_an_articles_outputs_is_reported(current, expected) -> None:
    assert changed_outputs(current, SEEN) == expected


def _participant(code: str, actor: str) -> EventParticipant:
    return EventParticipant(code=code, sector="GOV", text=code, actor=actor)


def test_an_analysis_is_described_one_line_per_event_quote_and_actor() -> None:
    text = "Russland fordert von der Ukraine Gespräche. „Wir sind bereit“, sagte Putin."
    event = Event(
        type="REQUEST",
        actor=[_participant("RUS", "RUS")],
        recipient=[_participant("UKR", "UKR")],
        quad="verbal_cooperation",
        trigger=CharSpan(start=9, end=16, text="fordert"),
        sentence=Sentence(start=0, end=43),
        confidence=0.7,
    )
    quote = Quote(
        start=44, end=64, text=text[44:64], kind="direct",
        speaker=SpeakerRef(start=72, end=77, text="Putin", actor="Q7747", actors=["Q7747"]),
        cue=CharSpan(start=66, end=71, text="sagte"),
    )  # fmt: skip
    analysis = ArticleAnalysis(
        text=text,
        sentences=[Sentence(start=0, end=43), Sentence(start=44, end=len(text))],
        actors={"RUS": Actor(name="Russland", kind="state", code="RUS", sector="GOV")},
        quotes=[quote],
        events=[event],
    )
    assert describe(analysis) == [
        "event 9:16 'fordert' REQUEST asserted RUS/GOV(RUS) -> UKR/GOV(UKR) conf 0.70 at None",
        "quote 44:64 direct speaker ['Q7747'] cue 'sagte'",
        "actor RUS state RUS GOV",
    ]


def test_the_output_snapshot_covers_every_gold_article_of_both_splits() -> None:
    if not all(gold_events(split).exists() for split in ("train", "dev")):
        pytest.skip(f"the gold data under {SHARED} is not available")
    expected = {
        f"{split}/{json.loads(line)['id']}"
        for split in ("train", "dev")
        for line in gold_events(split).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert set(read_outputs()) == expected


@pytest.mark.model
def test_the_pipeline_finds_what_the_output_snapshot_holds(shipped_nlp) -> None:
    if not all(gold_events(split).exists() for split in ("train", "dev")):
        pytest.skip(f"the gold data under {SHARED} is not available")
    differences = changed_outputs(outputs(shipped_nlp), read_outputs())
    assert differences == [], (
        f"outputs changed in {len(differences)} gold articles; if the change is intended, run "
        f"`make snapshot` and commit {OUTPUTS.name} with the reason: {differences[:5]}"
    )
