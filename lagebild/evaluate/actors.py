"""``lagebild evaluate actors GOLD.jsonl``: are the gold events' participants linked to
the right state or organisation code?

Gold format: the event gold (``EVENTS-GUIDELINES.md``), one article per line with
``file`` (relative to the gold file), ``date`` and ``events``; each event's
``actor``/``recipient`` entities have the mention ``text`` and the right ``code``,
and ``evidence`` is the sentence they are in.

A gold entity counts as right when some occurrence of its text inside the evidence
sentence (found in the article) overlaps a system mention whose actors include an
actor with the gold code. Each gold entity counts once, so ``Beide Länder`` given
twice (RUS and CHN) counts twice, and both codes must be among the mention's actors.
When the text is not inside the evidence sentence (the gold names one sentence per
event; some mentions sit in the sentence next to it, some evidence is the headline),
the occurrence nearest to the evidence counts (see ``occurrences``). Entities whose
text cannot be found in the article at all count as errors.

Every miss gets a class (``MISS_CLASSES``), so that the report says what to fix:
``no mention`` (nothing of the system covers the text), ``entity without mention`` (NER
found a name there, linking made nothing of it), ``mention without actor`` (a mention
whose actors have no code), ``wrong code`` and ``not in text``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.analysis import ArticleAnalysis
from lagebild.errors import ReadError
from lagebild.evaluate.events import as_paths, gold_names
from lagebild.readers import read_records

if TYPE_CHECKING:
    from spacy.language import Language


NEARBY_CHARS = 600
MISS_CLASSES = (
    "no mention",
    "entity without mention",
    "mention without actor",
    "wrong code",
    "not in text",
)


@dataclass(frozen=True)
class GoldEntity:
    article: str
    text: str
    code: str
    evidence: str


def read_gold(gold_path: Path) -> list[tuple[Path, list[GoldEntity]]]:
    """Articles of a gold file with their gold entities (actors and recipients)."""
    articles: list[tuple[Path, list[GoldEntity]]] = []
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        path = Path(gold_path).parent / item["file"]
        entities = [
            GoldEntity(item.get("id") or path.stem, part["text"], part["code"], event["evidence"])
            for event in item["events"]
            for side in ("actor", "recipient")
            for part in event.get(side, [])
            if part.get("code")
        ]
        articles.append((path, entities))
    return articles


def analyse_article(nlp: Language, path: Path) -> ArticleAnalysis:
    """Read an article file (any format ``lagebild.readers`` knows) and analyse it."""
    from lagebild import make_doc

    record = next(iter(read_records([path])), None)
    if record is None:
        raise ReadError("no article in the file", source=str(path))
    if isinstance(record, ReadError):
        raise record
    return ArticleAnalysis.from_doc(nlp(make_doc(nlp, record)))


def evaluate_actors(nlp: Language, gold_path: Path | Sequence[Path]) -> dict[str, Any]:
    """Share of gold event participants whose mention is linked to the right code, over the
    gold file or the pooled files.

    Returns ``{"file", "total", "correct", "accuracy", "per_code": {code: {total, correct,
    accuracy}}, "not_in_text", "miss_classes": {class: count}, "errors": [{article, text,
    code, predicted, class, evidence}]}`` (``predicted`` is None when the text is not in the
    article: counted as an error).
    """
    total: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    for path, entities in (a for p in as_paths(gold_path) for a in read_gold(p)):
        if not entities:
            continue
        analysis = analyse_article(nlp, path)
        for entity in entities:
            predicted = predicted_codes(analysis, entity)
            total[entity.code] += 1
            if predicted is not None and entity.code in predicted:
                correct[entity.code] += 1
            else:
                errors.append(
                    {
                        "article": entity.article,
                        "text": entity.text,
                        "code": entity.code,
                        "predicted": sorted(predicted) if predicted is not None else None,
                        "class": miss_class(analysis, entity, predicted),
                        "evidence": entity.evidence,
                    }
                )
    n, right = sum(total.values()), sum(correct.values())
    return {
        "file": gold_names(gold_path),
        "total": n,
        "correct": right,
        "accuracy": right / n if n else 0.0,
        "per_code": {
            code: {
                "total": total[code],
                "correct": correct[code],
                "accuracy": correct[code] / total[code],
            }
            for code in sorted(total, key=lambda c: (-total[c], c))
        },
        "not_in_text": sum(1 for e in errors if e["predicted"] is None),
        "miss_classes": {c: sum(1 for e in errors if e["class"] == c) for c in MISS_CLASSES},
        "errors": errors,
    }


def predicted_codes(analysis: ArticleAnalysis, entity: GoldEntity) -> set[str] | None:
    """Codes of the system mentions overlapping the entity's text in its evidence sentence
    (None when the evidence or the text is not found in the article)."""
    spans = occurrences(analysis.text, entity.evidence, entity.text)
    if not spans:
        return None
    codes: set[str] = set()
    for start, end in spans:
        for mention in analysis.mentions:
            if mention.start < end and start < mention.end:
                codes.update(
                    code
                    for a in mention.actors
                    if a in analysis.actors and (code := analysis.actors[a].code)
                )
    return codes


def miss_class(analysis: ArticleAnalysis, entity: GoldEntity, predicted: set[str] | None) -> str:
    """Why a gold entity was missed (one of ``MISS_CLASSES``)."""
    if predicted is None:
        return "not in text"
    if predicted:
        return "wrong code"
    spans = occurrences(analysis.text, entity.evidence, entity.text)

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in spans)

    if any(overlaps(m.start, m.end) for m in analysis.mentions):
        return "mention without actor"
    if any(overlaps(e.start, e.end) for e in analysis.entities):
        return "entity without mention"
    return "no mention"


def occurrences(text: str, evidence: str, mention: str) -> list[tuple[int, int]]:
    """Character spans of ``mention`` inside each place ``evidence`` occurs in ``text``
    (whitespace may differ). The gold gives one evidence sentence per event, and now and
    then the mention is in the sentence next to it or the evidence is the headline (not
    part of the text): then the occurrence nearest to the evidence, within
    ``NEARBY_CHARS``, else the first in the article."""
    evidence_spans = _find_loose(text, evidence)
    spans: list[tuple[int, int]] = []
    for ev_start, ev_end in evidence_spans:
        region = text[ev_start:ev_end]
        spans.extend((ev_start + s, ev_start + e) for s, e in _find_loose(region, mention))
    if spans:
        return spans
    everywhere = _find_loose(text, mention)
    if not everywhere:
        return []
    if not evidence_spans:
        return everywhere[:1]
    anchor = evidence_spans[0][0]
    nearest = min(everywhere, key=lambda span: abs(span[0] - anchor))
    return [nearest] if abs(nearest[0] - anchor) <= NEARBY_CHARS else everywhere[:1]


def _find_loose(text: str, needle: str) -> list[tuple[int, int]]:
    words = needle.split()
    if not words:
        return []
    # Whole words only: "Regierung" is not inside "Regierungsvertreter" (but "Nato" is
    # inside "Nato-Osterweiterung": a hyphen ends a word).
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def format_report(result: dict[str, Any], max_errors: int = 100, misses: bool = True) -> str:
    """The report ``lagebild evaluate actors`` prints: overall, misses by class, per code,
    and (``misses``) each miss with its class."""
    lines = [
        f"actor linking on {result['file']}: {result['correct']}/{result['total']} gold "
        f"entities linked to the right code = {result['accuracy']:.1%}"
        f" ({result['not_in_text']} not found in the article text, e.g. only in the headline)",
        "",
        "misses by class: "
        + ", ".join(f"{c} {n}" for c, n in result.get("miss_classes", {}).items()),
        "",
        f"{'code':<10} {'right':>5} {'total':>5} {'accuracy':>9}",
    ]
    for code, row in result["per_code"].items():
        lines.append(f"{code:<10} {row['correct']:>5} {row['total']:>5} {row['accuracy']:>9.1%}")
    errors = result["errors"]
    if errors and misses:
        lines += ["", f"errors ({len(errors)}):"]
        for error in errors[:max_errors]:
            got = "not found" if error["predicted"] is None else ",".join(error["predicted"]) or "-"
            lines.append(
                f"  {error['article']}: {error['text']!r} gold {error['code']}, got {got}"
                f" [{error.get('class', '?')}]"
            )
        if len(errors) > max_errors:
            lines.append(f"  … and {len(errors) - max_errors} more")
    return "\n".join(lines)
