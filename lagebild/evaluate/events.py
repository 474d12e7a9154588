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

Error classes. Each missed gold event and each wrong system event gets the first class that
fits, comparing it with the events of the other side in the same sentence (a gold event's
sentence is where its evidence text is found; a system event's are its evidence sentences):
``no event in the sentence``, ``wrong type`` (none of the same type), ``wrong actor`` (same
type, no shared actor code), ``wrong or missing recipient`` (same type and actor) and
``wrong modality`` (same type, actor and recipient, real on one side only).

Uncertainty. An evaluation set of 18 articles gives a wide F1; ``f1_interval`` is the 95 %
percentile interval of event F1 over 2,000 bootstrap resamples of the set's articles (seeded,
so reproducible). Two sets whose intervals overlap are not told apart by their scores.

Several gold files are scored as one pooled set (``read_gold_files``): one F1 and one interval
over all their articles, the steadier figure when each held-back set is small.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from lagebild.analysis import ArticleAnalysis, Event
from lagebild.errors import DataFileError

REAL_MODALITIES = frozenset({"asserted", "historical", "future"})
NO_RECIPIENT = "-"

Analyzer = Callable[..., ArticleAnalysis]
Triple = tuple[str, str, str, bool]
ArticleCounts = tuple[int, int, int, int]  # gold matched, system right, system, gold
ERROR_CLASSES = (
    "no event in the sentence",
    "wrong type",
    "wrong actor",
    "wrong or missing recipient",
    "wrong modality",
)


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
    triple_correct = triple_system = triple_gold = 0
    gold_by_type: Counter[str] = Counter()
    matched_by_type: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    per_article: list[ArticleCounts] = []
    for article in gold:
        matched = correct = judged = 0  # this article's counts (optional matches not judged)
        article_id = article["id"]
        text = (texts or {}).get(article_id)
        events = [_as_dict(e) for e in system.get(article_id, [])]
        required = [g for g in article["events"] if not g.get("optional")]
        optional = [g for g in article["events"] if g.get("optional")]
        gold_spans = [evidence_span(text, g) for g in article["events"]]
        for g in required:
            gold_by_type[g["type"]] += 1
            if any(matches(s, g) for s in events):
                matched_by_type[g["type"]] += 1
                matched += 1
            else:
                span = evidence_span(text, g)
                near = [s for s in events if span is None or _overlaps(_spans(s), [span])]
                error = error_class(g, near, gold=True)
                missed.append(_describe_gold(article_id, g) | {"error": error})
        for s in events:
            if any(matches(s, g) for g in required):
                judged += 1
                correct += 1
            elif any(matches(s, g) for g in optional):
                continue  # neither right nor wrong
            else:
                judged += 1
                near = [
                    g
                    for g, span in zip(article["events"], gold_spans, strict=True)
                    if span is None or _overlaps(_spans(s), [span])
                ]
                error = error_class(s, near, gold=False)
                wrong.append(_describe_system(article_id, s, text) | {"error": error})
        per_article.append((matched, correct, judged, len(required)))
        gold_triples = set().union(*(triples(g) for g in required)) if required else set()
        optional_triples = set().union(*(triples(g) for g in optional)) if optional else set()
        system_triples = set().union(*(triples(s) for s in events)) if events else set()
        system_triples -= optional_triples - gold_triples
        triple_correct += len(system_triples & gold_triples)
        triple_system += len(system_triples)
        triple_gold += len(gold_triples)
    recall_matched, event_correct, event_system, event_gold = _totals(per_article)
    event_scores: dict[str, Any] = dict(_prf(event_correct, event_system, event_gold))
    # recall counts gold events matched; precision counts system events matching
    event_scores["recall"] = recall_matched / event_gold if event_gold else 0.0
    event_scores["gold_matched"] = recall_matched
    event_scores["f1"] = _f1_of(per_article)
    event_scores["f1_interval"] = bootstrap_f1_interval(per_article)
    return {
        "articles": len(gold),
        "events": event_scores,
        "triples": _prf(triple_correct, triple_system, triple_gold),
        "recall_by_type": {
            t: {"gold": n, "matched": matched_by_type[t], "recall": matched_by_type[t] / n}
            for t, n in sorted(gold_by_type.items(), key=lambda kv: (-kv[1], kv[0]))
        },
        "errors": {
            "missed": _count_errors(missed),
            "wrong": _count_errors(wrong),
        },
        "missed": missed,
        "wrong": wrong,
    }


def _totals(counts: list[ArticleCounts]) -> ArticleCounts:
    """The column sums of per-article counts (gold matched, system right, system, gold)."""
    matched, correct, system, gold = (sum(c[i] for c in counts) for i in range(4))
    return matched, correct, system, gold


def _f1_of(counts: list[ArticleCounts]) -> float:
    """Event F1 as the scorer defines it: precision over judged system events, recall over
    required gold events matched."""
    matched, correct, system, gold = _totals(counts)
    p = correct / system if system else 0.0
    r = matched / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def bootstrap_f1_interval(
    per_article: list[ArticleCounts], samples: int = 2000, seed: int = 13
) -> list[float]:
    """The 95 % percentile interval of event F1 when the articles are drawn again with
    replacement: the scores of a small set vary that much with the articles it happens to
    hold. ``per_article`` holds (gold matched, system right, system, gold) per article."""
    if not per_article:
        return [0.0, 0.0]
    draw = random.Random(seed)
    scores = sorted(_f1_of(draw.choices(per_article, k=len(per_article))) for _ in range(samples))
    return [round(scores[int(0.025 * samples)], 3), round(scores[int(0.975 * samples) - 1], 3)]


def error_class(event: dict[str, Any], others: list[dict[str, Any]], gold: bool) -> str:
    """Why ``event`` found no match among ``others``, the events of the other side in its
    sentence: the first of ERROR_CLASSES that fits (``gold``: ``event`` is the gold one)."""
    if not others:
        return ERROR_CLASSES[0]
    same_type = [o for o in others if o["type"] == event["type"]]
    if not same_type:
        return ERROR_CLASSES[1]
    actors = _codes(event["actor"])
    same_actor = [o for o in same_type if _codes(o["actor"]) & actors]
    if not same_actor:
        return ERROR_CLASSES[2]
    pairs = [(event, o) if gold else (o, event) for o in same_actor]
    if not any(_recipient_fits(g, s) for g, s in pairs):
        return ERROR_CLASSES[3]
    return ERROR_CLASSES[4]


def _recipient_fits(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    wanted = _codes(gold.get("recipient", []))
    return not wanted or bool(_codes(system.get("recipient", [])) & wanted)


def _count_errors(items: list[dict[str, Any]]) -> dict[str, int]:
    counts = Counter(item["error"] for item in items)
    return {name: counts[name] for name in ERROR_CLASSES}


def _spans(event: dict[str, Any]) -> list[tuple[int, int]]:
    sentences = event.get("evidence") or [event["sentence"]]
    return [(e["start"], e["end"]) for e in sentences]


def _overlaps(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in others)


def evidence_span(text: str | None, g: dict[str, Any]) -> tuple[int, int] | None:
    """Where a gold event's evidence sentence is in the text (None: not found, or no text)."""
    evidence = " ".join((g.get("evidence") or "").split())
    if not text or not evidence:
        return None
    start = text.find(evidence)
    if start < 0:  # line breaks or double spaces in the article: match on the first words
        start = text.find(evidence[:40])
    if start < 0:
        return None
    return start, start + len(evidence)


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


def as_paths(gold_paths: Path | Sequence[Path]) -> list[Path]:
    """One gold file or several, as a list of paths."""
    if isinstance(gold_paths, (str, Path)):
        return [Path(gold_paths)]
    return [Path(p) for p in gold_paths]


def read_gold_files(gold_paths: Path | Sequence[Path]) -> list[dict[str, Any]]:
    """The gold articles of one or more files, pooled into one set.

    An article id in two files would merge two articles' counts, so it is an error naming
    the second file.
    """
    articles: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in as_paths(gold_paths):
        for article in read_gold(path):
            if article["id"] in seen:
                raise DataFileError(
                    f"article id {article['id']!r} is in an earlier gold file too", source=str(path)
                )
            seen.add(article["id"])
            articles.append(article)
    return articles


def gold_names(gold_paths: Path | Sequence[Path]) -> str:
    """The gold file, or the pooled files joined by ' + ', as reports name them."""
    return " + ".join(str(p) for p in as_paths(gold_paths))


DETECTOR = "lagebild_event_detector"  # detector.COMPONENT, unimported: no spaCy at import
# proposal thresholds and least probabilities of rule events tried by cross-validation
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
KEEPS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0)
MIN_PRECISION = 0.75
# A gate that changes the rules' events must beat them in cross-validation by the F1 of
# MIN_GAIN_EVENTS events more found or fewer wrong: a smaller gain is noise, while a veto learned
# from few sentences drops plain events of unseen news ("Russland beschoss Kiew"). Session 9 set
# 0.01 F1 over 555 required gold events, about five events; over the ~2,200 of session 21 0.01
# is twenty, and a gate that transferred (s20 + n20 +0.021, held-back +0.011 with the model
# trained on all) gained 0.005 in cross-validation over the read sets. MIN_GAIN: without a count.
MIN_GAIN_EVENTS = 5
MIN_GAIN = 0.01


def evaluate_events(
    nlp_or_analyze: Any, gold_path: Path | Sequence[Path], folds: int | None = None
) -> dict[str, Any]:
    """Analyse every article of the gold file (or the pooled files) and score its events
    (see ``score_events``).

    ``nlp_or_analyze`` is the lagebild pipeline (a spaCy ``Language``) or a function called
    like ``lagebild.analyze(text, title=..., date=..., id=...)``. With the pipeline, the
    result also holds the scores without the learned detector (``without_detector``); with
    ``folds``, the detector is retrained on K-1 folds of articles and applied to the K-th,
    for every proposal threshold (``cross_validation``).
    """
    from spacy.language import Language

    gold = read_gold_files(gold_path)
    if isinstance(nlp_or_analyze, Language) and DETECTOR in nlp_or_analyze.pipe_names:
        result = _evaluate_with_detector(nlp_or_analyze, gold, folds)
    elif folds:
        raise ValueError("--folds needs the pipeline with its learned event detector")
    else:
        system, texts = _analyse(_analyzer(nlp_or_analyze), gold)
        result = score_events(gold, system, texts)
    result["file"] = gold_names(gold_path)
    return result


def _analyse(
    analyze: Analyzer, gold: list[dict[str, Any]]
) -> tuple[dict[str, list[Event]], dict[str, str]]:
    system: dict[str, list[Event]] = {}
    texts: dict[str, str] = {}
    for article in gold:
        record = _record(article)
        analysis = analyze(record.text, title=record.title, date=record.date, id=article["id"])
        system[article["id"]] = analysis.events
        texts[article["id"]] = analysis.text
    return system, texts


def _record(article: dict[str, Any]) -> Any:
    from lagebild.readers import read_path  # readers import the pipeline lazily

    record = next(iter(read_path(article["path"])))
    if isinstance(record, Exception):
        raise record
    record.id = article["id"]
    return record


def analyse_docs(nlp: Any, gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Article id -> the analysed Doc, with the rule events only (the detector left out)."""
    from lagebild import make_doc

    disabled = [DETECTOR] if DETECTOR in nlp.pipe_names else []
    with nlp.select_pipes(disable=disabled):
        return {a["id"]: nlp(make_doc(nlp, _record(a))) for a in gold}


def _evaluate_with_detector(
    nlp: Any, gold: list[dict[str, Any]], folds: int | None
) -> dict[str, Any]:
    from lagebild.pipeline.events.detector import detect

    docs = analyse_docs(nlp, gold)
    texts = {key: doc.text for key, doc in docs.items()}
    rules = {key: list(doc._.events) for key, doc in docs.items()}
    component = nlp.get_pipe(DETECTOR)
    system = {
        key: detect(doc, rules[key], component.model, component.codebook)
        for key, doc in docs.items()
    }
    result = score_events(gold, system, texts)
    without = score_events(gold, _reported(rules, component.codebook), texts)
    result["without_detector"] = {"events": without["events"], "errors": without["errors"]}
    result["detector"] = {"threshold": component.model.threshold, "keep": component.model.keep}
    if folds:
        result["cross_validation"] = cross_validate(docs, rules, gold, folds, component.codebook)
    return result


def _reported(rules: dict[str, list[Event]], codebook: Any) -> dict[str, list[Event]]:
    """The rule events the coder outputs (``modality.reported``; the detector applies it
    last): what the rules alone give, against which the gates are measured."""
    from lagebild.pipeline.events.modality import reported

    return {key: reported(events, codebook) for key, events in rules.items()}


def cross_validate(
    docs: dict[str, Any],
    rules: dict[str, list[Event]],
    gold: list[dict[str, Any]],
    folds: int,
    codebook: Any,
) -> dict[str, Any]:
    """Event scores of the detector retrained per fold of articles, for every (threshold,
    keep) pair, and the gates chosen (``choose_gates``); the
    weight of the confidence model whose confidences rank right events best (ROC AUC)."""
    from lagebild.pipeline.events.detector import detect

    if not 2 <= folds <= len(gold):
        raise ValueError(f"--folds must be between 2 and {len(gold)} (the articles)")
    grid = [(t, k) for t in THRESHOLDS for k in KEEPS]
    system: dict[tuple[float, float], dict[str, list[Event]]] = {pair: {} for pair in grid}
    rescored: dict[float, dict[str, list[Event]]] = {w: {} for w in WEIGHTS}
    for fold in range(folds):
        held_out = [a for i, a in enumerate(gold) if i % folds == fold]
        model = train_detector(docs, [a for i, a in enumerate(gold) if i % folds != fold])
        for article in held_out:
            doc, events = docs[article["id"]], rules[article["id"]]
            known = {
                "scores": model.scores(list(doc.sents)),
                "rightness": model.rightness(events, doc),
            }
            for t, k in grid:
                system[t, k][article["id"]] = detect(
                    doc, events, model, codebook, t, k, 0.0, **known
                )
            for w in WEIGHTS:
                rescored[w][article["id"]] = detect(
                    doc, events, model, codebook, 1.01, 0.0, w, **known
                )
    texts = {key: doc.text for key, doc in docs.items()}
    base = score_events(gold, _reported(rules, codebook), texts)["events"]
    rows = []
    for (t, k), detected in system.items():
        e = score_events(gold, detected, texts)["events"]
        rows.append({"threshold": t, "keep": k} | {m: e[m] for m in ("precision", "recall", "f1")})
    chosen = choose_gates(rows, base)
    confidence = {w: confidence_quality(gold, rescored[w]) for w in WEIGHTS}
    weight = max(WEIGHTS, key=lambda w: (confidence[w].get("auc") or 0, -confidence[w]["brier"]))
    return {
        "folds": folds,
        "rules": {m: base[m] for m in ("precision", "recall", "f1")},
        "min_gain": min_gain(base),
        "best": max(rows, key=_rank),
        "chosen": {"threshold": chosen["threshold"], "keep": chosen["keep"], "weight": weight},
        "confidence": {f"weight {w}": confidence[w] for w in WEIGHTS},
        "grid": rows,
    }


def choose_gates(rows: list[dict[str, float]], rules: dict[str, float]) -> dict[str, float]:
    """The (threshold, keep) row with the best F1 at least ``min_gain`` above the rules' whose
    precision is at least MIN_PRECISION or, where the rules are below that, the rules'
    precision; else proposals and dropping stay off (threshold 1.01, keep 0)."""
    floor = min(MIN_PRECISION, rules["precision"])
    gain = min_gain(rules)
    good = [r for r in rows if r["precision"] >= floor and r["f1"] >= rules["f1"] + gain]
    best = max(good, key=_rank, default=None)
    return best or {"threshold": 1.01, "keep": 0.0}


def min_gain(rules: dict[str, float]) -> float:
    """The least F1 gain a gate needs: MIN_GAIN_EVENTS over the required gold events of the
    rules' scores (``gold``), MIN_GAIN where they give no count."""
    gold = rules.get("gold")
    return MIN_GAIN_EVENTS / gold if gold else MIN_GAIN


def _rank(row: dict[str, float]) -> tuple[float, float, float]:
    # on equal F1 the fewer changes: the higher threshold, the lower keep
    return (round(row["f1"], 6), row["threshold"], -row["keep"])


def confidence_quality(
    gold: list[dict[str, Any]], system: dict[str, list[Event]]
) -> dict[str, Any]:
    """How well ``confidence`` predicts that a system event is right (matches a required gold
    event; those matching only optional ones are left out): Brier score, ROC AUC and the
    precision of events above and below 0.5."""
    pairs = []
    for article in gold:
        required = [g for g in article["events"] if not g.get("optional")]
        optional = [g for g in article["events"] if g.get("optional")]
        for event in system.get(article["id"], []):
            right = any(matches(event, g) for g in required)
            if right or not any(matches(event, g) for g in optional):
                pairs.append((event.confidence, right))
    if not pairs:
        return {"events": 0, "brier": 0.0, "auc": None}
    brier = sum((c - r) ** 2 for c, r in pairs) / len(pairs)
    hits = [c for c, r in pairs if r]
    misses = [c for c, r in pairs if not r]
    ordered = sum((a > b) + 0.5 * (a == b) for a in hits for b in misses)
    auc = ordered / (len(hits) * len(misses)) if hits and misses else None
    high = [r for c, r in pairs if c >= 0.5]
    low = [r for c, r in pairs if c < 0.5]
    return {
        "events": len(pairs),
        "brier": brier,
        "auc": auc,
        "precision_at_or_above_0.5": sum(high) / len(high) if high else None,
        "precision_below_0.5": sum(low) / len(low) if low else None,
        "above_0.5": len(high),
    }


def train_detector(docs: dict[str, Any], gold: list[dict[str, Any]]) -> Any:
    """The detector trained on the analysed gold articles (labels: the PLOVER types seen)
    and their rule events (``doc._.events`` without the detector)."""
    from lagebild.pipeline.events import detector

    sentences = [x for a in gold for x in detector.training_examples(docs[a["id"]], a["events"])]
    labels = {t for _, types in sentences for t in types}
    events = [x for a in gold for x in detector.event_examples(docs[a["id"]], a["events"])]
    return detector.DetectorModel.train(sentences, labels, events, detector.SENTENCE_SHARE)


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
        f"event F1 95 % interval over articles (bootstrap): {format_interval(e)}",
        f"triple level: P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}  "
        f"({t['correct']} right, {t['system']} system, {t['gold']} gold)",
        "",
        "recall by type:",
    ]
    for event_type, row in result["recall_by_type"].items():
        lines.append(f"  {event_type:<10} {row['matched']:>3}/{row['gold']:<3} {row['recall']:.2f}")
    lines += ["", format_error_table(result)]
    for title in ("missed", "wrong"):
        items = result[title]
        lines += ["", f"{title} ({len(items)}):"]
        for item in items[:max_errors]:
            lines.append(
                f"  {item['article']}: {item['type']} {','.join(item['actor'])} -> "
                f"{','.join(item['recipient']) or '-'} [{item['modality']}]"
                + (f" «{item['trigger']}»" if "trigger" in item else "")
                + (f" ({item['error']})" if "error" in item else "")
            )
            lines.extend(f"      {sentence.strip()[:200]}" for sentence in item["evidence"][:2])
    return "\n".join(lines)


def format_interval(scores: dict[str, Any]) -> str:
    low, high = scores.get("f1_interval", (0.0, 0.0))
    return f"{low:.3f}–{high:.3f}"


def format_summary(result: dict[str, Any]) -> str:
    """One line: event P / R / F1 with the F1's bootstrap interval over articles."""
    e = result["events"]
    return (
        f"events P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f} "
        f"(95 % interval over articles {format_interval(e)}; {result['articles']} articles)"
    )


def format_error_table(result: dict[str, Any]) -> str:
    """The error table: missed gold and wrong system events by class."""
    errors = result["errors"]
    width = max(len(name) for name in ERROR_CLASSES)
    lines = [f"{'error class':<{width}}  missed  wrong"]
    for name in ERROR_CLASSES:
        lines.append(f"{name:<{width}}  {errors['missed'][name]:>6}  {errors['wrong'][name]:>5}")
    total_missed, total_wrong = sum(errors["missed"].values()), sum(errors["wrong"].values())
    lines.append(f"{'all':<{width}}  {total_missed:>6}  {total_wrong:>5}")
    return "\n".join(lines)
