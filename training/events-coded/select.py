"""Which Wikinews articles were coded for training (deterministic; prints the list as TSV).

The train split of the Wikinews quotation corpus, without the articles of the gold files and
of the extra evaluation set, kept when the title or first paragraph names a state organ,
party, army, organisation, armed group or political act (the extra set's rule), sorted by id
and dealt round-robin to four annotators: ``python training/events-coded/select.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
POLITICAL = re.compile(
    r"Regierung|Minister|Präsident|Kanzler|Armee|Militär|Soldat|Streitkräfte|Partei|SPD|CDU"
    r"|CSU|FDP|Parlament|Bundestag|Nato|NATO|UN\b|UNO|Vereinte Nationen|EU\b"
    r"|Europäische Union|Rebellen|Taliban|Hamas|Hisbollah|Regime|Botschaft|Diplomat|Protest"
    r"|Demonstr|Anschlag|Terror"
)
NAME = re.compile(r"(\d+) - (.*) \((\d{4}-\d\d-\d\d)\)\.pretty\.json")


def used_ids() -> set[str]:
    files = [SHARED / "gold" / f"events-{s}.jsonl" for s in ("train", "check", "dev")]
    files.append(ROOT / "evaluation" / "events-extra" / "events-extra.jsonl")
    return {json.loads(line)["id"] for f in files for line in f.open(encoding="utf-8")}


def selection() -> list[tuple[int, str, str]]:
    used, chosen = used_ids(), []
    for path in (SHARED / "data" / "quotes_wikinews" / "train").glob("*.json"):
        match = NAME.match(path.name)
        if not match or f"wikinews-{match.group(1)}" in used:
            continue
        first = json.loads(path.read_text(encoding="utf-8"))["originalText"].strip().split("\n")[0]
        if POLITICAL.search(match.group(2)) or POLITICAL.search(first):
            chosen.append((int(match.group(1)), match.group(3), match.group(2)))
    return sorted(chosen)


if __name__ == "__main__":
    for i, (wid, date, title) in enumerate(selection()):
        print(f"wikinews-{wid}\t{date}\tpart{i % 4}\t{title}")
