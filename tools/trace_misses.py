"""Which stage of the event coder lost each "no event in the sentence" miss (session 24, frame24a).

    python tools/trace_misses.py EVAL.json TYPES OUT.json GOLD.jsonl [GOLD.jsonl ...]

EVAL.json is the output of ``lagebild evaluate events GOLD… --rules-only``; TYPES a comma list
(``ACCUSE,REJECT``). Every article with such a miss of those types is analysed again (the
detector left out) with the coder instrumented, and each miss is put in the first class that
fits, looking at the words of its evidence sentence:

- ``no codebook word of the type``: no word has an entry of the gold type, whatever its
  conditions (the act is told as content only, or in wording the codebook lacks);
- ``entry conditions fail``: a word has an entry of the type, but its particle, object or
  preposition conditions do not hold (``match_predicate`` found none);
- ``no match of the type (other-type match …)``: only entries of other types matched, and
  their events were lost too;
- ``inside a verbal act``: the match was taken for the content of another speech act;
- ``code_predicate None @LINE``: ``coder.code_predicate`` returned no candidate at that line
  (no coded actor, no recipient where the type needs one, a private or own-hierarchy side …);
- ``candidate … lost after line N``: a candidate was made and dropped by the step of
  ``coder._code_events`` at that line.

Writes every miss with its class and steps to OUT.json and prints the count per class. It
monkeypatches the coder, so it is a diagnostic, never part of the pipeline.
"""

from __future__ import annotations

import json
import linecache
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's lagebild

import lagebild  # noqa: E402
from lagebild import make_doc  # noqa: E402
from lagebild.evaluate.events import (  # noqa: E402
    DETECTOR,
    _record,
    evidence_span,
    read_gold_files,
)
from lagebild.pipeline.events import coder  # noqa: E402

STATE: dict[str, Any] = {}
CODEBOOK: dict[str, Any] = {}
ORIGINAL = {
    name: getattr(coder, name)
    for name in ("code_predicate", "match_predicate", "inside_verbal_act", "ordered_acts")
}
EVENTS = coder._code_events
CODER_FILE = ORIGINAL["code_predicate"].__code__.co_filename


def _last_line(function: Any, *arguments: Any) -> tuple[Any, int | None]:
    """Call ``function`` and return its result and the line it returned from."""
    last: dict[str, int] = {}

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code is function.__code__:
            if event == "return":
                last["line"] = frame.f_lineno
            return tracer
        return None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = function(*arguments)
    finally:
        sys.settrace(old)
    return result, last.get("line")


def traced_code(doc: Any, token: Any, codebook: Any, year: Any, match: Any = None) -> Any:
    CODEBOOK["codebook"] = codebook
    result, line = _last_line(ORIGINAL["code_predicate"], doc, token, codebook, year, match)
    STATE.setdefault("code", {})[token.i] = (result, line)
    return result


def traced_match(token: Any, codebook: Any) -> Any:
    result = ORIGINAL["match_predicate"](token, codebook)
    if result is not None:
        STATE.setdefault("match", {})[token.i] = result
    return result


def traced_inside(token: Any, verbal: Any) -> Any:
    result = ORIGINAL["inside_verbal_act"](token, verbal)
    if result:
        STATE.setdefault("inside", set()).add(token.i)
    return result


def traced_ordered(doc: Any, matches: Any, codebook: Any) -> Any:
    result = ORIGINAL["ordered_acts"](doc, matches, codebook)
    STATE["ordered"] = set(result)
    return result


def traced_events(doc: Any, codebook: Any) -> Any:
    """The candidates list after every line of ``_code_events``."""
    snapshots: list[tuple[int, set[int]]] = []

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code is EVENTS.__code__:
            if event in ("line", "return") and frame.f_locals.get("candidates") is not None:
                snapshots.append((frame.f_lineno, {id(c) for c in frame.f_locals["candidates"]}))
            return tracer
        return None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = EVENTS(doc, codebook)
    finally:
        sys.settrace(old)
    STATE["snapshots"] = snapshots
    return result


def _lost_at(candidate: Any) -> int | None:
    seen = False
    for line, ids in STATE.get("snapshots", []):
        if id(candidate) in ids:
            seen = True
        elif seen:
            return line
    return None


def _step(doc: Any, i: int) -> str:
    if i in STATE.get("ordered", set()):
        return "ordered act (an order of a material act)"
    if i not in STATE.get("code", {}):
        if i in STATE.get("inside", set()):
            return "inside a verbal act (content of another speech act)"
        return "not coded (filtered before code_predicate)"
    result, line = STATE["code"][i]
    if result is None:
        before = linecache.getline(CODER_FILE, (line or 1) - 1).strip()
        return f"code_predicate None @{line}: {before}"
    lost = _lost_at(result)
    where = linecache.getline(CODER_FILE, lost - 1).strip() if lost else "kept to merge"
    return (
        f"candidate {result.type} {[p.code for p in result.actor]}->"
        f"{[p.code for p in result.recipient]} {result.factuality.modality} "
        f"lost after line {lost}: {where}"
    )


def classify(doc: Any, miss: dict[str, Any]) -> dict[str, Any]:
    record = {k: miss[k] for k in ("article", "type", "actor", "recipient")}
    record["evidence"] = miss["evidence"][0]
    span = evidence_span(doc.text, {"evidence": record["evidence"]})
    if span is None:
        return record | {"cause": "evidence not found"}
    tokens = [t for t in doc if span[0] <= t.idx < span[1]]
    inside = {t.i for t in tokens}
    matches = {i: m for i, m in STATE.get("match", {}).items() if i in inside}
    typed = {i: m for i, m in matches.items() if m[0].type == miss["type"]}
    others = [f"{doc[i].text}:{m[0].type}" for i, m in matches.items() if i not in typed]
    codebook = CODEBOOK["codebook"]
    lexical = [
        t.text
        for t in tokens
        if any(p.type == miss["type"] for p in codebook.verbs(t.lemma_) + codebook.nouns(t.lemma_))
    ]
    record["steps"] = [(doc[i].text, _step(doc, i)) for i in typed]
    if typed:
        record["cause"] = record["steps"][0][1].split(":")[0]
    elif others:
        record["cause"] = "no match of the type (other-type match: " + ",".join(others) + ")"
    elif lexical:
        record["cause"] = "entry conditions fail: " + ",".join(lexical)
    else:
        record["cause"] = "no codebook word of the type"
    return record


def main(argv: list[str]) -> None:
    result_path, types_arg, out_path, *gold_paths = argv
    types = set(types_arg.split(","))
    gold = {a["id"]: a for a in read_gold_files([Path(p) for p in gold_paths])}
    misses: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for miss in json.loads(Path(result_path).read_text())["missed"]:
        if miss["error"] == "no event in the sentence" and miss["type"] in types:
            misses[miss["article"]].append(miss)
    coder.code_predicate = traced_code
    coder.match_predicate = traced_match
    coder.inside_verbal_act = traced_inside
    coder.ordered_acts = traced_ordered
    coder._code_events = traced_events
    nlp = lagebild.load()
    records = []
    for article, article_misses in misses.items():
        STATE.clear()
        with nlp.select_pipes(disable=[DETECTOR]):
            doc = nlp(make_doc(nlp, _record(gold[article])))
        records += [classify(doc, m) for m in article_misses]
    Path(out_path).write_text(json.dumps(records, ensure_ascii=False, indent=1))
    for cause, n in Counter(r["cause"] for r in records).most_common():
        print(f"{n:4d}  {cause}")


if __name__ == "__main__":
    main(sys.argv[1:])
