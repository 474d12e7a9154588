"""Event locations against gold JSON lines (EVENTS-GUIDELINES.md, Location).

Over the required gold events that carry a location and that some system event matches
(the event-level rule of ``lagebild.evaluate.events``):
- country accuracy: the system event's location has the gold country (no location is wrong);
- for gold ``point`` locations, the share whose system location lies within 50 km.
Of several matching system events, the one coded from the gold evidence sentence is taken,
else the first (``matched_from_another_sentence`` counts these). Also reported: how many
gold events without a location got one (``unsupported``), and every miss (with the gold
evidence sentence when the matching system event is of another sentence).

``by_sentence`` scores location apart from event matching: every required gold event with a
location whose evidence sentence holds some system event (of any type), against the best
location the system gave an event of that sentence (gold country first, then the nearest).
It is an upper bound for that sentence, and it covers gold events the coder misses.
``gold_with_location`` says how many required gold locations there are to score at all.

``oracle`` (``lagebild evaluate locations GOLD --oracle``) scores the place rules apart from
event detection and matching: every required gold event gets an event of its own in its
evidence sentence (gold type, actors and recipients; the trigger of a system event of that
type there, else of any system event there, else the sentence root) and the rules place it.
It covers every gold location whose sentence is found, so it is larger and steadier than
the matched view; gold events without a location count as ``unsupported`` when the rules
place them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from lagebild.analysis import CharSpan, Event, EventParticipant, Place, Sentence
from lagebild.evaluate.events import _analyzer, gold_names, matches, read_gold_files
from lagebild.geo.gazetteer import distance_km

POINT_KM = 50.0


def _pick(events: list[Event], gold: dict[str, Any], text: str) -> Event | None:
    matching = [e for e in events if matches(e, gold)]
    in_sentence = _in_evidence(matching, gold, text)
    return in_sentence[0] if in_sentence else matching[0] if matching else None


def _in_evidence(events: list[Event], gold: dict[str, Any], text: str) -> list[Event]:
    """The events coded from the gold event's evidence sentence."""
    evidence = " ".join(gold.get("evidence", "").split())
    found = []
    for event in events:
        sentence = " ".join(text[event.sentence.start : event.sentence.end].split())
        if evidence and sentence and (evidence in sentence or sentence in evidence):
            found.append(event)
    return found


def score_locations(
    gold: list[dict[str, Any]], system: dict[str, list[Event]], texts: dict[str, str]
) -> dict[str, Any]:
    """Score locations of system events (article id -> events) against gold articles."""
    tally, elsewhere = _Tally(), 0
    misses: list[dict[str, Any]] = []
    for article in gold:
        article_id = article["id"]
        for g in article["events"]:
            if g.get("optional"):
                continue
            event = _pick(system.get(article_id, []), g, texts.get(article_id, ""))
            if event is None:
                continue
            if g.get("location"):
                elsewhere += not _in_evidence([event], g, texts.get(article_id, ""))
            if tally.add(event.location, g.get("location")):
                misses.append(_describe(article_id, g, event, texts.get(article_id, "")))
    return {
        "articles": len(gold),
        "gold_with_location": sum(
            1 for a in gold for g in a["events"] if g.get("location") and not g.get("optional")
        ),
        "matched_with_location": tally.located,
        "matched_from_another_sentence": elsewhere,
        **tally.rates(),
        "matched_without_location": tally.unlocated,
        "unsupported": tally.unsupported,
        "misses": misses,
        "by_sentence": score_by_sentence(gold, system, texts),
    }


def score_by_sentence(
    gold: list[dict[str, Any]], system: dict[str, list[Event]], texts: dict[str, str]
) -> dict[str, Any]:
    """Gold locations against the best system location of the evidence sentence's events."""
    located = country_right = points = points_near = 0
    for article in gold:
        article_id = article["id"]
        for g in article["events"]:
            want = g.get("location")
            if g.get("optional") or not want:
                continue
            events = _in_evidence(system.get(article_id, []), g, texts.get(article_id, ""))
            if not events:
                continue
            located += 1
            got = min((e.location for e in events), key=lambda place: _badness(place, want))
            country_right += got is not None and got.country == want.get("country")
            if want.get("precision") == "point" and want.get("lat") is not None:
                points += 1
                points_near += _within(got, want)
    return {
        "gold_in_system_sentence": located,
        **_rates(located, country_right, points, points_near),
    }


@dataclass
class _Tally:
    """The counts of one view (matched or oracle events) of gold against system locations."""

    located: int = 0
    country_right: int = 0
    points: int = 0
    points_near: int = 0
    unlocated: int = 0  # gold events without a location
    unsupported: int = 0  # ... to which the system gave one

    def add(self, got: Place | None, want: dict[str, Any] | None) -> bool:
        """Count one gold event; True when the system's location misses the gold one."""
        if not want:
            self.unlocated += 1
            self.unsupported += got is not None and got.country is not None
            return False
        self.located += 1
        right = got is not None and got.country == want.get("country")
        self.country_right += right
        near = None
        if want.get("precision") == "point" and want.get("lat") is not None:
            self.points += 1
            near = _within(got, want)
            self.points_near += near
        return not right or near is False

    def rates(self) -> dict[str, Any]:
        return _rates(self.located, self.country_right, self.points, self.points_near)


def _rates(located: int, country_right: int, points: int, points_near: int) -> dict[str, Any]:
    """Country accuracy over located events and the share of points within 50 km, with counts."""
    return {
        "country_accuracy": country_right / located if located else 0.0,
        "country_right": country_right,
        "points": points,
        "points_within_50km": points_near / points if points else 0.0,
        "points_near": points_near,
    }


def _badness(got: Place | None, want: dict[str, Any]) -> tuple[bool, float]:
    """Wrong country first, then the distance (unknown: as far as can be)."""
    if got is None:
        return (True, math.inf)
    far = math.inf
    if got.lat is not None and got.lon is not None and want.get("lat") is not None:
        far = distance_km(got.lat, got.lon, want["lat"], want["lon"])
    return (got.country != want.get("country"), far)


def _within(got: Any, want: dict[str, Any]) -> bool:
    if got is None or got.lat is None or got.lon is None:
        return False
    return distance_km(got.lat, got.lon, want["lat"], want["lon"]) <= POINT_KM


def _describe(article_id: str, g: dict[str, Any], event: Event, text: str) -> dict[str, Any]:
    want, got = g["location"], event.location
    return {
        "article": article_id,
        "type": g["type"],
        "gold": f"{want.get('text')} ({want.get('country')}, {want.get('precision')})",
        "system": f"{got.text} ({got.country}, {got.precision})" if got else None,
        "evidence": " ".join(text[event.sentence.start : event.sentence.end].split())[:200],
        # a match from another sentence: the gold event's own sentence, to see where it was
        "gold_evidence": None
        if _in_evidence([event], g, text)
        else " ".join(g.get("evidence", "").split())[:200],
    }


Locate = Callable[[Doc, Event], Place | None]


def evidence_sentence(doc: Doc, evidence: str) -> Span | None:
    """The sentence of ``doc`` the gold evidence quotes (whitespace-normalised): one that
    holds it, else one it holds (the evidence spans two parsed sentences), else one holding
    its first 60 characters (the evidence runs on past a wrong sentence split)."""
    wanted = " ".join(evidence.split())
    if not wanted:
        return None
    flat = [(s, " ".join(s.text.split())) for s in doc.sents]
    for test in (
        lambda t: len(t) > 3 and wanted in t,
        lambda t: len(t) > 20 and t in wanted,
        lambda t: wanted[:60] in t,
    ):
        found = next((s for s, t in flat if test(t)), None)
        if found is not None:
            return found
    return None


def oracle_event(g: dict[str, Any], sentence: Span, system: list[Event]) -> Event:
    """A system-like event for gold event ``g`` in its evidence sentence: gold type, actors
    and recipients, the trigger of a system event of the same type there, else of any there,
    else the sentence's root (the place rules read the clause of the trigger)."""
    start, end = sentence.start_char, sentence.end_char
    there = [e for e in system if start <= e.trigger.start < end]
    same = [e for e in there if e.type == g["type"]]
    if same or there:
        trigger = (same or there)[0].trigger
    else:
        root = sentence.root
        trigger = CharSpan(start=root.idx, end=root.idx + len(root), text=root.text)
    actors = [_participant(a, sentence) for a in g.get("actor", [])]
    # the recipients too: where an attack happened may turn on its target's state
    recipients = [_participant(a, sentence) for a in g.get("recipient", [])]
    quad = system[0].quad if system and system[0].type == g["type"] else _quad(g["type"])
    return Event(
        type=g["type"],
        actor=actors,
        recipient=recipients,
        quad=quad,
        trigger=trigger,
        sentence=Sentence(start=start, end=end),
        confidence=1.0,
    )


def _participant(actor: dict[str, Any], sentence: Span) -> EventParticipant:
    """A gold actor with the offsets of its text in the sentence, as a system actor has
    them (rules read where the actor stands: die Polizei Hamburg nahm fest)."""
    text = actor.get("text") or ""
    at = sentence.text.find(text) if text else -1
    start = sentence.start_char + at if at >= 0 else None
    return EventParticipant(
        code=actor.get("code"), sector=actor.get("sector"), text=text,
        start=start, end=None if start is None else start + len(text),
    )  # fmt: skip


def _quad(event_type: str) -> Any:
    from lagebild.codebook import load_codebook

    return load_codebook().quad(event_type)


def score_oracle(
    gold: list[dict[str, Any]], docs: dict[str, Doc], locate: Locate
) -> dict[str, Any]:
    """Place an oracle event for every required gold event and score it like a match."""
    tally, not_found = _Tally(), 0
    misses: list[dict[str, Any]] = []
    for article in gold:
        doc = docs[article["id"]]
        system = list(doc._.events or []) if Doc.has_extension("events") else []
        for g in article["events"]:
            if g.get("optional"):
                continue
            sentence = evidence_sentence(doc, g.get("evidence", ""))
            if sentence is None:
                not_found += 1
                continue
            event = oracle_event(g, sentence, system)
            got = locate(doc, event)
            if tally.add(got, g.get("location")):
                event.location = got
                misses.append(_describe(article["id"], g, event, doc.text))
    return {
        "gold_sentence_found": tally.located,
        **tally.rates(),
        "without_location": tally.unlocated,
        "unsupported": tally.unsupported,
        "sentence_not_found": not_found,
        "misses": misses,
    }


def evaluate_locations(
    nlp_or_analyze: Any, gold_path: Path | Sequence[Path], oracle: bool = False
) -> dict[str, Any]:
    """Analyse every article of the gold file (or the pooled files) and score its event
    locations; with
    ``oracle`` (a spaCy pipeline needed) also the place rules on oracle events."""
    from lagebild.readers import read_path

    gold = read_gold_files(gold_path)
    system: dict[str, list[Event]] = {}
    texts: dict[str, str] = {}
    docs: dict[str, Doc] = {}
    analyze = None if oracle else _analyzer(nlp_or_analyze)
    for article in gold:
        record = next(iter(read_path(article["path"])))
        if isinstance(record, Exception):
            raise record
        if analyze is not None:
            analysis = analyze(record.text, title=record.title, date=record.date, id=article["id"])
        else:
            doc = _doc(nlp_or_analyze, record, article["id"])
            docs[article["id"]] = doc
            analysis = _from_doc(doc)
        system[article["id"]] = analysis.events
        texts[article["id"]] = analysis.text
    result = score_locations(gold, system, texts)
    if oracle:
        result["oracle"] = score_oracle(gold, docs, _rule_locator(nlp_or_analyze))
    result["file"] = gold_names(gold_path)
    return result


def _doc(nlp: Any, record: Any, article_id: str) -> Doc:
    """The analysed Doc of one record, made as ``lagebild.analyze`` makes it."""
    from lagebild import make_doc
    from lagebild.readers.dateline import parse_dateline
    from lagebild.record import Record, normalise_date

    made = Record(
        text=record.text, id=article_id, title=record.title, date=normalise_date(record.date)
    )
    made.dateline = parse_dateline(record.text)
    result: Doc = nlp(make_doc(nlp, made))
    return result


def _from_doc(doc: Doc) -> Any:
    from lagebild.analysis import ArticleAnalysis

    return ArticleAnalysis.from_doc(doc)


def _rule_locator(nlp: Any) -> Locate:
    """The place rules of ``lagebild_places`` with the pipeline's gazetteer; the mentions
    of a Doc are found once for all its events."""
    from lagebild.pipeline.places import find_places, locate_event_by_rule

    gazetteer = nlp.get_pipe("lagebild_places").gazetteer
    cache: dict[int, tuple[Doc, list[Any]]] = {}

    def locate(doc: Doc, event: Event) -> Place | None:
        if id(doc) not in cache or cache[id(doc)][0] is not doc:
            cache[id(doc)] = (doc, find_places(doc, gazetteer))
        return locate_event_by_rule(doc, event, cache[id(doc)][1], gazetteer)[1]

    return locate
