"""Evaluate quotation attribution on the German Wikinews quotation corpus.

Corpus: Petersen-Frey & Biemann (2024), one JSON file per article with ``originalText``,
``tokens`` (with character offsets) and ``annotations`` (quote, speaker, cue, addressee
spans over those tokens; type Direct, Indirect, FreeIndirect, IndirectFreeIndirect or
Reported). Only non-nested gold quotes (``isNested`` false) are scored.

Scoring, all on the corpus' tokens (a system character span covers a corpus token when
it overlaps more than half of the token's characters):

* token level: precision/recall/F1 of the tokens inside any quote;
* quote level: a gold and a system quote match when each covers at least half of the
  other's tokens (one-to-one, largest overlap first);
* speaker accuracy, over matched quotes: the speaker is right when the system and gold
  speaker spans share a token, or when both have no speaker;
* joint: a quote that is matched and whose speaker is right (P/R/F1).

Per type: recall by the gold type, precision by the system kind.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from lagebild.analysis import Quote

# The corpus' quote types and the QuoteKind they correspond to.
GOLD_KIND: dict[str, str] = {
    "Direct": "direct",
    "Indirect": "indirect",
    "FreeIndirect": "free_indirect",
    "IndirectFreeIndirect": "free_indirect",
    "Reported": "reported",
}

_DOCUMENT_NAME = re.compile(r"^(?P<id>\S+) - (?P<title>.*?)\s*\((?P<date>\d{4}-\d{2}-\d{2})\)\s*$")


@dataclass(frozen=True)
class GoldQuote:
    type: str
    tokens: frozenset[int]
    speaker: frozenset[int]
    text: str
    speaker_text: str


@dataclass
class GoldArticle:
    name: str
    text: str
    token_spans: list[tuple[int, int]]
    quotes: list[GoldQuote]
    id: str | None = None
    title: str | None = None
    date: str | None = None
    document_name: str = ""


@dataclass(frozen=True)
class SystemQuote:
    kind: str
    tokens: frozenset[int]
    speaker: frozenset[int]
    text: str
    speaker_text: str


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class _Totals:
    tokens: _Tally = field(default_factory=_Tally)
    quotes: _Tally = field(default_factory=_Tally)
    joint: _Tally = field(default_factory=_Tally)
    speaker_right: int = 0
    matched: int = 0


def parse_document_name(name: str) -> tuple[str | None, str | None, str | None]:
    """``ID - Title (YYYY-MM-DD)`` -> (id, title, date)."""
    match = _DOCUMENT_NAME.match(name)
    if not match:
        return None, name or None, None
    return match["id"], match["title"], match["date"]


def read_gold_article(path: Path) -> GoldArticle:
    data = json.loads(path.read_text(encoding="utf-8"))
    text: str = data["originalText"]
    token_spans = [(t["charBegin"], t["charEnd"]) for t in data["tokens"]]
    quotes = [
        GoldQuote(
            type=a["type"],
            tokens=frozenset(a["quote"]["tokenIds"]),
            speaker=frozenset(a["speaker"]["tokenIds"]),
            text=a["quote"]["text"],
            speaker_text=a["speaker"]["text"],
        )
        for a in data["annotations"]
        if not a["isNested"] and a["quote"]["tokenIds"]
    ]
    name = data.get("documentName", "")
    id_, title, date = parse_document_name(name)
    return GoldArticle(path.name, text, token_spans, quotes, id_, title, date, name)


def read_gold(directory: Path, limit: int | None = None) -> list[GoldArticle]:
    paths = sorted(directory.glob("*.json"))
    if limit is not None:
        paths = paths[:limit]
    return [read_gold_article(p) for p in paths]


def tokens_covered(token_spans: list[tuple[int, int]], start: int, end: int) -> frozenset[int]:
    """Indices of corpus tokens of which [start, end) covers more than half."""
    covered = []
    for i, (b, e) in enumerate(token_spans):
        if e <= start:
            continue
        if b >= end:
            break
        if 2 * (min(e, end) - max(b, start)) > e - b:
            covered.append(i)
    return frozenset(covered)


def system_quotes(article: GoldArticle, quotes: Iterable[Quote]) -> list[SystemQuote]:
    found = []
    for q in quotes:
        speaker = (
            tokens_covered(article.token_spans, q.speaker.start, q.speaker.end)
            if q.speaker
            else frozenset()
        )
        tokens = tokens_covered(article.token_spans, q.start, q.end)
        if q.interruption is not None:
            gap = q.interruption
            tokens -= tokens_covered(article.token_spans, gap.start, gap.end)
        found.append(
            SystemQuote(
                kind=q.kind,
                tokens=tokens,
                speaker=speaker,
                text=q.text,
                speaker_text=q.speaker.text if q.speaker else "",
            )
        )
    return [q for q in found if q.tokens]


def _covers_half(a: frozenset[int], b: frozenset[int]) -> bool:
    shared = len(a & b)
    return 2 * shared >= len(a) and 2 * shared >= len(b)


def match_quotes(gold: list[GoldQuote], system: list[SystemQuote]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index), largest overlap first."""
    candidates = [
        (len(g.tokens & s.tokens), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if g.tokens & s.tokens and _covers_half(g.tokens, s.tokens)
    ]
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in sorted(candidates, reverse=True):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return pairs


def speaker_right(gold: GoldQuote, system: SystemQuote) -> bool:
    if not gold.speaker:
        return not system.speaker
    return bool(gold.speaker & system.speaker)


def score_article(
    article: GoldArticle,
    system: list[SystemQuote],
    overall: _Totals,
    by_gold_type: dict[str, _Totals],
    by_system_kind: dict[str, _Totals],
    errors: list[dict[str, Any]],
) -> None:
    gold = article.quotes
    gold_tokens = frozenset().union(*(g.tokens for g in gold)) if gold else frozenset()
    sys_tokens = frozenset().union(*(s.tokens for s in system)) if system else frozenset()
    overall.tokens.tp += len(gold_tokens & sys_tokens)
    overall.tokens.fp += len(sys_tokens - gold_tokens)
    overall.tokens.fn += len(gold_tokens - sys_tokens)
    for g in gold:
        t = by_gold_type[g.type].tokens
        t.tp += len(g.tokens & sys_tokens)
        t.fn += len(g.tokens - sys_tokens)
    for s in system:
        t = by_system_kind[s.kind].tokens
        t.tp += len(s.tokens & gold_tokens)
        t.fp += len(s.tokens - gold_tokens)

    pairs = match_quotes(gold, system)
    matched_g = {gi: si for gi, si in pairs}
    matched_s = {si: gi for gi, si in pairs}
    for gi, g in enumerate(gold):
        totals = by_gold_type[g.type]
        si = matched_g.get(gi)
        if si is None:
            for tot in (overall, totals):
                tot.quotes.fn += 1
                tot.joint.fn += 1
            errors.append(_error("missed", article, g, None))
            continue
        right = speaker_right(g, system[si])
        for tot in (overall, totals):
            tot.quotes.tp += 1
            tot.matched += 1
            tot.speaker_right += right
            if right:
                tot.joint.tp += 1
            else:
                tot.joint.fn += 1
        if not right:
            overall.joint.fp += 1
            errors.append(_error("wrong speaker", article, g, system[si]))
    for si, s in enumerate(system):
        totals = by_system_kind[s.kind]
        match = matched_s.get(si)
        if match is None:
            for tot in (overall, totals):
                tot.quotes.fp += 1
                tot.joint.fp += 1
            errors.append(_error("spurious", article, None, s))
            continue
        totals.quotes.tp += 1
        if speaker_right(gold[match], s):
            totals.joint.tp += 1
        else:
            totals.joint.fp += 1


def _error(
    what: str, article: GoldArticle, gold: GoldQuote | None, system: SystemQuote | None
) -> dict[str, Any]:
    return {
        "error": what,
        "article": article.name,
        "gold_type": gold.type if gold else None,
        "gold": gold.text if gold else None,
        "gold_speaker": gold.speaker_text if gold else None,
        "system_kind": system.kind if system else None,
        "system": system.text if system else None,
        "system_speaker": system.speaker_text if system else None,
        "size": len(gold.tokens) if gold else len(system.tokens) if system else 0,
    }


def _report(totals: _Totals) -> dict[str, Any]:
    return {
        "tokens": totals.tokens.scores(),
        "quotes": totals.quotes.scores(),
        "speaker_accuracy": round(totals.speaker_right / totals.matched, 4)
        if totals.matched
        else None,
        "joint": totals.joint.scores(),
        "gold": totals.quotes.tp + totals.quotes.fn,
        "matched": totals.matched,
    }


def score(articles: list[GoldArticle], system: list[list[SystemQuote]]) -> dict[str, Any]:
    """Scores of system quotes against the gold articles (parallel lists)."""
    overall = _Totals()
    by_gold_type: dict[str, _Totals] = defaultdict(_Totals)
    by_system_kind: dict[str, _Totals] = defaultdict(_Totals)
    errors: list[dict[str, Any]] = []
    for article, found in zip(articles, system, strict=True):
        score_article(article, found, overall, by_gold_type, by_system_kind, errors)
    kinds = Counter(s.kind for found in system for s in found)
    errors.sort(key=lambda e: -e["size"])
    return {
        "articles": len(articles),
        "overall": _report(overall),
        "recall_by_gold_type": {
            t: {
                "tokens_recall": v.tokens.scores()["recall"],
                "quotes_recall": v.quotes.scores()["recall"],
                "joint_recall": v.joint.scores()["recall"],
                "speaker_accuracy": round(v.speaker_right / v.matched, 4) if v.matched else None,
                "gold": v.quotes.tp + v.quotes.fn,
            }
            for t, v in sorted(by_gold_type.items())
        },
        "precision_by_system_kind": {
            k: {
                "tokens_precision": v.tokens.scores()["precision"],
                "quotes_precision": v.quotes.scores()["precision"],
                "joint_precision": v.joint.scores()["precision"],
                "system": kinds[k],
            }
            for k, v in sorted(by_system_kind.items())
        },
        "errors": errors,
    }


def _docs(nlp: Language, articles: list[GoldArticle]) -> Iterator[Any]:
    """Docs made as ``lagebild.analyze`` makes them (id, title, date, dateline in meta)."""
    from lagebild import make_doc
    from lagebild.readers.wikinews import record_from_document

    def prepared() -> Iterator[Any]:
        for article in articles:
            document = {"originalText": article.text, "documentName": article.document_name}
            record = record_from_document(document, article.name, article.name)
            yield make_doc(nlp, record)

    yield from nlp.pipe(prepared(), batch_size=16)


def evaluate_quotes(
    nlp: Language, directory: Path, limit: int | None = None, max_errors: int | None = 25
) -> dict[str, Any]:
    """Run the pipeline over a Wikinews quotation directory and score its quotes.

    Returns the scores (see the module docstring), ``errors``: the ``max_errors`` largest
    missed, spurious and wrong-speaker quotes (all with None), and ``errors_total``.
    """
    articles = read_gold(Path(directory), limit)
    system = [
        system_quotes(article, doc._.quotes or [])
        for article, doc in zip(articles, _docs(nlp, articles), strict=True)
    ]
    result = score(articles, system)
    result["errors_total"] = len(result["errors"])
    if max_errors is not None:
        result["errors"] = result["errors"][:max_errors]
    return result


def format_report(result: dict[str, Any], errors: int = 0) -> str:
    """Plain-text table of a result of ``evaluate_quotes``; ``errors`` worst errors appended."""
    o = result["overall"]
    lines = [
        f"articles: {result['articles']}   gold quotes: {o['gold']}",
        f"{'':24}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for name in ("tokens", "quotes", "joint"):
        s = o[name]
        lines.append(f"{name:24}{s['precision']:8.3f}{s['recall']:8.3f}{s['f1']:8.3f}")
    lines.append(f"{'speaker accuracy':24}{o['speaker_accuracy'] or 0:8.3f}")
    lines.append("recall by gold type:      tokens  quotes   joint speaker    gold")
    for t, s in result["recall_by_gold_type"].items():
        lines.append(
            f"  {t:22}{s['tokens_recall']:8.3f}{s['quotes_recall']:8.3f}{s['joint_recall']:8.3f}"
            f"{s['speaker_accuracy'] or 0:8.3f}{s['gold']:8d}"
        )
    lines.append("precision by system kind: tokens  quotes   joint  system")
    for k, s in result["precision_by_system_kind"].items():
        lines.append(
            f"  {k:22}{s['tokens_precision']:8.3f}{s['quotes_precision']:8.3f}"
            f"{s['joint_precision']:8.3f}{s['system']:8d}"
        )
    for e in result["errors"][:errors]:
        lines.append(
            f"- {e['error']} [{e['gold_type'] or e['system_kind']}] {e['article']}\n"
            f"    gold:   {e['gold']!r} / speaker {e['gold_speaker']!r}\n"
            f"    system: {e['system']!r} / speaker {e['system_speaker']!r}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """``python -m lagebild.evaluate.quotes DIR [--limit N] [--errors N]``"""
    import argparse

    import lagebild

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print the N worst errors")
    args = parser.parse_args(argv)
    result = evaluate_quotes(lagebild.load(), args.directory, args.limit, max_errors=args.errors)
    print(format_report(result, args.errors))


if __name__ == "__main__":
    main()
