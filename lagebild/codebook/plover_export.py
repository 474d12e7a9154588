"""Events as PLOVER JSON records (PLOVER manual, chapter 6, Table 6.1 field names).

One record per event; compound actors stay lists of entity objects, as PLOVER wants.
The article text itself is not copied (``text`` is only for data one may redistribute);
``event_text`` holds the evidence sentences. ``modality`` carries PLOVER's auxiliary mode
(asserted, future, hypothetical, negated, historical).
"""

from __future__ import annotations

from typing import Any

from lagebild.analysis import ArticleAnalysis, Event, EventParticipant

QUAD_CODES = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
CODER = "lagebild"
CODEBOOK = "plover-de"


def to_plover_record(event: Event, article: ArticleAnalysis) -> dict[str, Any]:
    """The PLOVER JSON record of one event of an analysed article."""
    return {
        "id": event_id(event, article),
        "date": article.date,
        "actor": [_entity(p, article) for p in event.actor],
        "recipient": [_entity(p, article) for p in event.recipient],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.context),
        "modality": event.modality,
        "quad_code": QUAD_CODES[event.quad],
        "event_scale": event.score,
        "event_text": [article.text[s.start : s.end].strip() for s in event.evidence]
        or [article.text[event.sentence.start : event.sentence.end].strip()],
        "text_info": {
            "start": event.sentence.start,
            "end": event.sentence.end,
            "trigger": event.trigger.text,
            "trigger_start": event.trigger.start,
            "trigger_end": event.trigger.end,
        },
        "cite_info": {
            "citation": article.id,
            "title": article.title,
            "language": "de",
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "confidence": event.confidence,
        **_geolocation(event),
    }


def _geolocation(event: Event) -> dict[str, Any]:
    """PLOVER's location fields (place name, state/province, country, lat/long) with the
    GeoNames id and the precision; all null when the event has no location."""
    place = event.location
    return {
        "placename": place.name if place else None,
        "statename": place.admin1 if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "long": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "geonames_id": place.geonames_id if place else None,
        "geo_text": place.text if place else None,
    }


def event_id(event: Event, article: ArticleAnalysis) -> str:
    """Unique within the data set: article id, trigger offset and type."""
    return f"{article.id or 'article'}-{event.trigger.start}-{event.type}"


def _entity(participant: EventParticipant, article: ArticleAnalysis) -> dict[str, Any]:
    actor = article.actors.get(participant.actor or "")
    return {
        "code": participant.code,
        "sector": participant.sector,
        "entity_text": participant.text,
        "identifier_id": actor.wikidata if actor else None,
        "identifier_text": actor.name if actor else None,
    }
