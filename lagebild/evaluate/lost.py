"""Where the event coder loses a gold event that has no system event in its sentence.

The largest error class is "no event in the sentence". Most such sentences hold a codebook
word: the trigger is found, and a later step of the coder drops it. This diagnostic takes the
missed events of an evaluation (``lagebild evaluate events … > OUT.json``), analyses their
articles again with the rules alone, and for each missed event of the types asked for names the
stage that lost it, trigger by trigger:

- ``no codebook trigger in the sentence``: no word matches an entry (wording);
- ``only other-type triggers``: words of other types only (wording or a type confusion);
- ``ordered act`` / ``content of a verbal act``: the trigger is what another act orders or
  says, not an act of its own;
- ``L<line>: …``: ``coder.code_predicate`` returned None at that line (its comment or condition
  quoted): no actor, no recipient, a sense or modality filter;
- ``candidate TYPE: …``: an event was made and dropped later (no recipient after the
  addressees were shared, the content of a reported demand, a noun object of its own verb, a
  merge).

The cause of the miss is that of the first trigger of its gold type, else the kind of triggers
found. One JSON line per miss on stdout, the counts on stderr:

    python -m lagebild.evaluate.lost OUT.json SUPPORT,AGREE GOLD.jsonl [GOLD.jsonl ...]

Only read sets: the rows quote the sentences of the missed events.
"""

from __future__ import annotations

import argparse
import json
import linecache
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from spacy.tokens import Doc, Token

from lagebild.codebook.loader import Codebook, Predicate
from lagebild.pipeline.events.candidates import Candidate

NO_EVENT = "no event in the sentence"
Tracer = Callable[[FrameType, str, Any], Any]


def traced_code_predicate(
    doc: Doc, token: Token, codebook: Codebook, year: int | None, match: tuple[Predicate, Any]
) -> tuple[Candidate | None, int | None]:
    """``code_predicate``'s result, and the line of its ``return None`` when it gives none."""
    from lagebild.pipeline.events import coder

    code = coder.code_predicate.__code__
    lines: list[int] = []

    def local(frame: FrameType, event: str, arg: Any) -> Tracer:
        if event == "return" and arg is None:
            lines.append(frame.f_lineno)
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Tracer | None:
        return local if frame.f_code is code else None  # only code_predicate's own lines

    sys.settrace(calls)
    try:
        result = coder.code_predicate(doc, token, codebook, year, match)
    finally:
        sys.settrace(None)
    return result, (lines[-1] if lines else None)


def reason_at(line: int) -> str:
    """The comment of the ``return None`` line, else the condition in the lines above it."""
    from lagebild.pipeline.events import coder

    source = linecache.getline(coder.__file__, line).strip()
    if "#" in source:
        return f"L{line}: {source.split('#', 1)[1].strip()}"
    above = [linecache.getline(coder.__file__, n).strip() for n in range(line - 3, line)]
    return f"L{line}: {' / '.join(above)[-120:]}"


def later_loss(cand: Candidate, codebook: Codebook, demanded: set[int]) -> str:
    """Why a candidate made by ``code_predicate`` is not among the events."""
    from lagebild.pipeline.events import coder

    if cand.token.i in demanded:
        return f"candidate {cand.type}: content of a reported demand"
    if not cand.recipient and (cand.awaits_recipient or coder._needs_recipient(cand, codebook)):
        return f"candidate {cand.type}: no recipient (dropped after sharing)"
    if cand.predicate.pos == "noun" and cand.token.dep_ in ("obj", "iobj"):
        return f"candidate {cand.type}: noun object of a verb (maybe drop_nouns)"
    return f"candidate {cand.type} made, lost later (merge or other)"


def trigger_losses(doc: Doc, tokens: list[Token], codebook: Codebook) -> list[dict[str, Any]]:
    """Each codebook trigger among ``tokens`` and the stage that lost it."""
    from lagebild.german.memo import fixed_parse
    from lagebild.pipeline.events import coder
    from lagebild.pipeline.events.derived import (
        demanded_acts,
        inside_verbal_act,
        proposal_authors,
        reported_demands,
    )
    from lagebild.pipeline.events.matching import match_predicate

    year = coder._article_year(doc)
    found = []
    with fixed_parse(doc):
        matches = {t.i: m for t in doc if (m := match_predicate(t, codebook))}
        ordered = set(coder.ordered_acts(doc, matches, codebook))
        verbal = {i for i, (p, _) in matches.items() if codebook.quad(p.type) in coder.VERBAL_QUADS}
        demanded = {t.i for d in reported_demands(doc, codebook) for t in d.extra}
        demanded |= demanded_acts(doc, codebook)
        for t in tokens:
            if t.i not in matches:
                continue
            predicate = matches[t.i][0]
            info: dict[str, Any] = {"word": t.text, "type": predicate.type}
            if t.i in ordered:
                info["lost"] = "ordered act"
            elif inside_verbal_act(t, verbal) and not proposal_authors(doc, t, matches, codebook):
                info["lost"] = "content of a verbal act"
            else:
                cand, line = traced_code_predicate(doc, t, codebook, year, matches[t.i])
                if cand is not None:
                    info["lost"] = later_loss(cand, codebook, demanded)
                else:
                    info["lost"] = reason_at(line) if line else "no event (no line traced)"
            found.append(info)
    return found


def cause(gold_type: str, triggers: list[dict[str, Any]]) -> str:
    same = [t for t in triggers if t["type"] == gold_type]
    if same:
        return str(same[0]["lost"])
    if triggers:
        return "only other-type triggers"
    return "no codebook trigger in the sentence"


def main(argv: list[str] | None = None) -> None:
    import lagebild
    from lagebild.codebook.loader import load_codebook
    from lagebild.evaluate.events import _record, evidence_span, read_gold_files
    from lagebild.pipeline.events.detector import hold_gate_open

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("result", type=Path, help="JSON of lagebild evaluate events")
    parser.add_argument("types", help="comma-separated gold types")
    parser.add_argument("gold", type=Path, nargs="+", help="the gold files evaluated")
    args = parser.parse_args(argv)
    types = set(args.types.split(","))
    misses = [
        m
        for m in json.loads(args.result.read_text(encoding="utf-8"))["missed"]
        if m["error"] == NO_EVENT and m["type"] in types
    ]
    gold = {a["id"]: a for a in read_gold_files(args.gold)}
    nlp = lagebild.load()
    hold_gate_open(nlp)
    codebook = load_codebook()
    counts: Counter[str] = Counter()
    for article_id in dict.fromkeys(m["article"] for m in misses):
        doc = nlp(lagebild.make_doc(nlp, _record(gold[article_id])))
        for m in (m for m in misses if m["article"] == article_id):
            span = evidence_span(doc.text, {"evidence": m["evidence"][0]})
            row = {k: m[k] for k in ("article", "type", "actor", "recipient", "modality")}
            row["evidence"] = m["evidence"][0]
            if span is None:
                row["cause"] = "evidence not found in the text"
            else:
                tokens = [t for t in doc if span[0] <= t.idx < span[1]]
                row["triggers"] = trigger_losses(doc, tokens, codebook)
                row["cause"] = cause(m["type"], row["triggers"])
            counts[row["cause"]] += 1
            print(json.dumps(row, ensure_ascii=False), flush=True)
    for reason, n in counts.most_common():
        print(f"{n:4d}  {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
