"""The event files the project keeps in the gold format (extra and synthetic evaluation sets, coded
training articles) are well formed: every evidence sentence and place occurs in its article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lagebild.evaluate.events import read_gold
from tests.conftest import ROOT

FILES = [
    ROOT / "evaluation" / "events-extra" / "events-extra.jsonl",
    ROOT / "training" / "events-coded" / "events-coded.jsonl",
    ROOT / "training" / "events-coded" / "events-coded-s10.jsonl",
    ROOT / "training" / "events-coded" / "events-coded-s25a.jsonl",
    ROOT / "training" / "events-coded" / "events-coded-s25b.jsonl",
    ROOT / "evaluation" / "events-synth" / "events-synth.jsonl",
    ROOT / "evaluation" / "events-synth" / "events-synth-s12.jsonl",
    ROOT / "evaluation" / "events-synth" / "events-synth-s13.jsonl",
    ROOT / "training" / "events-wire" / "events-wire.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s14a.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s14b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s15.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n16.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s16.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n17.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s17.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s18.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n18.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s19.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n19.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s20.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n20.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s21.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n21.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s22.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n22.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s22b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n22b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s23.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n23.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s23b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n23b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s23c.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n23c.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s24.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n24.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s24b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n24b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s24c.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n24c.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s25.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n25.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-s25b.jsonl",
    ROOT / "training" / "events-wire" / "events-wire-n25b.jsonl",
]
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
MODALITIES = {"asserted", "future", "hypothetical", "negated", "historical"}
LOCATION_KEYS = {"text", "name", "country", "admin1", "lat", "lon", "precision"}
HEADER = re.compile(r" date (\d{4}-\d\d-\d\d) .+\n\n")


def problems(article: dict) -> list[str]:
    text = article["path"].read_text(encoding="utf-8")
    header = HEADER.match(text)
    found = [] if header and header.group(1) == article["date"] else ["header or date"]
    for event in article["events"]:
        found += event_problems(event, text)
    return [f"{article['id']}: {p}" for p in found]


def event_problems(event: dict, text: str) -> list[str]:
    found = []
    if event["type"] not in TYPES or event["modality"] not in MODALITIES:
        found.append(f"type or modality {event['type']} {event['modality']}")
    if event["evidence"] not in text:
        found.append(f"evidence not in the article: {event['evidence'][:50]}")
    if not event["actor"]:
        found.append("no actor")
    for side in event["actor"] + event["recipient"]:
        if not side["code"] or side["code"] != side["code"].upper() or not side.get("text"):
            found.append(f"participant {side}")
    location = event["location"]
    if location is not None and (set(location) != LOCATION_KEYS or location["text"] not in text):
        found.append(f"location {location}")
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_event_files_in_the_gold_format_are_well_formed(path: Path) -> None:
    articles = read_gold(path)
    assert articles
    assert len({a["id"] for a in articles}) == len(articles), "an article twice"
    assert [p for a in articles for p in problems(a)] == []
