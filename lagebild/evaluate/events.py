"""Event evaluation against gold JSON lines, exactly as EVENTS-GUIDELINES.md scores it.

Gold file: one article per line, ``{"id", "file", "date", "events": [...]}``; ``file`` is
relative to the gold file. Each gold event has ``type``, ``actor``/``recipient`` lists of
``{code, sector, text}``, ``modality``, ``optional`` and ``evidence``.

Event level (primary). A system event matches a gold event of the same article when the
types are equal; both are real or both are not (real = asserted, historical, future);
their actor code sets intersect; and the gold event has no recipient or the recipient code
sets intersect. Recall = required gold events matched by some system event / required gold
events. Precision = system events matching a required gold event / system events, leaving
out those that match only optional gold events. Micro-averaged over articles.

Triple level. Every event becomes (type, actor code, recipient code or "-", real) triples;
triples of optional gold events are left out on both sides.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from lagebild.analysis import ArticleAnalysis, Event

REAL_MODALITIES = frozenset({"asserted", "historical", "future"})
NO_RECIPIENT = "-"

Analyzer = Callable[..., ArticleAnalysis]
Triple = tuple[str, str, str, bool]


def is_real(modality: str | None) -> bool:
    return (modality or "asserted") in REAL_MODALITIES


def _codes(side: Iterable[Any]) -> set[str]:
    codes = set()
    for p in side:
        code = p.get("code") if isinstance(p, dict) else p.code
        if code:
            codes.add(code)
    return codes


def _as_dict(event: Event | dict[str, Any]) -> dict[str, Any]:
    return event if isinstance(event, dict) else event.model_dump()


def matches(system: Event | dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a system event matches a gold event (the rule of the guideline)."""
    s = _as_dict(system)
    if s["type"] != gold["type"]:
        return False
    if is_real(s.get("modality")) != is_real(gold.get("modality")):
        return False
    if not _codes(s["actor"]) & _codes(gold["actor"]):
        return False
    gold_recipient = _codes(gold.get("recipient", []))
    return not gold_recipient or bool(_codes(s.get("recipient", [])) & gold_recipient)


def triples(event: Event | dict[str, Any]) -> set[Triple]:
    e = _as_dict(event)
    real = is_real(e.get("modality"))
    recipients = _codes(e.get("recipient", [])) or {NO_RECIPIENT}
    return {(e["type"], a, r, real) for a in _codes(e["actor"]) for r in recipients}


def _prf(correct: int, n_system: int, n_gold: int) -> dict[str, float | int]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "correct": correct, "system": n_system,
            "gold": n_gold}  # fmt: skip


def score_events(
    gold: list[dict[str, Any]],
    system: Mapping[str, list[Event] | list[dict[str, Any]]],
    texts: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Score system events (article id -> events) against gold articles (parsed JSON lines).

    ``texts`` (article id -> text) only serves to quote the evidence sentences of wrong
    events. Returns ``{"events": {precision, recall, f1, correct, system, gold},
    "triples": {...}, "recall_by_type": {type: {gold, matched, recall}}, "missed": [...],
    "wrong": [...], "articles": n}``.
    """
    event_correct = event_system = event_gold = 0
    triple_correct = triple_system = triple_gold = 0
    gold_by_type: Counter[str] = Counter()
    matched_by_type: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    for article in gold:
        article_id = article["id"]
        events = [_as_dict(e) for e in system.get(article_id, [])]
        required = [g for g in article["events"] if not g.get("optional")]
        optional = [g for g in article["events"] if g.get("optional")]
        for g in required:
            gold_by_type[g["type"]] += 1
            if any(matches(s, g) for s in events):
                matched_by_type[g["type"]] += 1
            else:
                missed.append(_describe_gold(article_id, g))
        event_gold += len(required)
        for s in events:
            if any(matches(s, g) for g in required):
                event_system += 1
                event_correct += 1
            elif any(matches(s, g) for g in optional):
                continue  # neither right nor wrong
            else:
                event_system += 1
                wrong.append(_describe_system(article_id, s, (texts or {}).get(article_id)))
        gold_triples = set().union(*(triples(g) for g in required)) if required else set()
        optional_triples = set().union(*(triples(g) for g in optional)) if optional else set()
        system_triples = set().union(*(triples(s) for s in events)) if events else set()
        system_triples -= optional_triples - gold_triples
        triple_correct += len(system_triples & gold_triples)
        triple_system += len(system_triples)
        triple_gold += len(gold_triples)
    recall_matched = sum(matched_by_type.values())
    event_scores = _prf(event_correct, event_system, event_gold)
    # recall counts gold events matched; precision counts system events matching
    event_scores["recall"] = recall_matched / event_gold if event_gold else 0.0
    event_scores["gold_matched"] = recall_matched
    p, r = event_scores["precision"], event_scores["recall"]
    event_scores["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "articles": len(gold),
        "events": event_scores,
        "triples": _prf(triple_correct, triple_system, triple_gold),
        "recall_by_type": {
            t: {"gold": n, "matched": matched_by_type[t], "recall": matched_by_type[t] / n}
            for t, n in sorted(gold_by_type.items(), key=lambda kv: (-kv[1], kv[0]))
        },
        "missed": missed,
        "wrong": wrong,
    }


def _side(side: Iterable[Any]) -> list[str]:
    return sorted(_codes(side))


def _describe_gold(article_id: str, g: dict[str, Any]) -> dict[str, Any]:
    return {
        "article": article_id,
        "type": g["type"],
        "actor": _side(g["actor"]),
        "recipient": _side(g.get("recipient", [])),
        "modality": g.get("modality", "asserted"),
        "evidence": [g.get("evidence", "")],
    }


def _describe_system(article_id: str, s: dict[str, Any], text: str | None) -> dict[str, Any]:
    evidence = s.get("evidence") or [s["sentence"]]
    return {
        "article": article_id,
        "type": s["type"],
        "actor": _side(s["actor"]),
        "recipient": _side(s.get("recipient", [])),
        "modality": s.get("modality", "asserted"),
        "trigger": s["trigger"]["text"],
        "evidence": [
            text[e["start"] : e["end"]] if text else f"{e['start']}-{e['end']}" for e in evidence
        ],  # fmt: skip
    }


def read_gold(gold_path: Path) -> list[dict[str, Any]]:
    """The gold articles of a JSON-lines file, each with ``path`` set to its article file."""
    articles = []
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            item["path"] = Path(gold_path).parent / item["file"]
            articles.append(item)
    return articles


def evaluate_events(nlp_or_analyze: Any, gold_path: Path) -> dict[str, Any]:
    """Analyse every article of the gold file and score its events (see ``score_events``).

    ``nlp_or_analyze`` is the lagebild pipeline (a spaCy ``Language``) or a function called
    like ``lagebild.analyze(text, title=..., date=..., id=...)``.
    """
    from lagebild.readers import read_path  # readers import the pipeline lazily

    analyze = _analyzer(nlp_or_analyze)
    gold = read_gold(Path(gold_path))
    system: dict[str, list[Event]] = {}
    texts: dict[str, str] = {}
    for article in gold:
        records = list(read_path(article["path"]))
        record = records[0]
        if isinstance(record, Exception):
            raise record
        analysis = analyze(record.text, title=record.title, date=record.date, id=article["id"])
        system[article["id"]] = analysis.events
        texts[article["id"]] = analysis.text
    result = score_events(gold, system, texts)
    result["file"] = str(gold_path)
    return result


def _analyzer(nlp_or_analyze: Any) -> Analyzer:
    from spacy.language import Language

    if isinstance(nlp_or_analyze, Language):
        import lagebild

        def analyze(text: str, **kwargs: Any) -> ArticleAnalysis:
            return lagebild.analyze(text, nlp=nlp_or_analyze, **kwargs)

        return analyze
    return nlp_or_analyze


def format_report(result: dict[str, Any], max_errors: int = 200) -> str:
    """A plain-text report: scores, recall by type, missed and wrong events."""
    e, t = result["events"], result["triples"]
    lines = [
        f"events on {result.get('file', '?')} ({result['articles']} articles)",
        f"event level:  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}  "
        f"({e['gold_matched']}/{e['gold']} gold matched, "
        f"{e['correct']}/{e['system']} system right)",
        f"triple level: P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}  "
        f"({t['correct']} right, {t['system']} system, {t['gold']} gold)",
        "",
        "recall by type:",
    ]
    for event_type, row in result["recall_by_type"].items():
        lines.append(f"  {event_type:<10} {row['matched']:>3}/{row['gold']:<3} {row['recall']:.2f}")
    for title in ("missed", "wrong"):
        items = result[title]
        lines += ["", f"{title} ({len(items)}):"]
        for item in items[:max_errors]:
            lines.append(
                f"  {item['article']}: {item['type']} {','.join(item['actor'])} -> "
                f"{','.join(item['recipient']) or '-'} [{item['modality']}]"
                + (f" «{item['trigger']}»" if "trigger" in item else "")
            )
            lines.extend(f"      {sentence.strip()[:200]}" for sentence in item["evidence"][:2])
    return "\n".join(lines)
