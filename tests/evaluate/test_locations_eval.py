"""Location scoring: country accuracy and points within 50 km over matched gold events."""

from __future__ import annotations

import pytest

from lagebild.analysis import CharSpan, Event, EventParticipant, Place, Sentence
from lagebild.evaluate.locations import score_locations

TEXT = "Proteste in Bagdad. Russland warnte."


def system_event(location, type_="PROTEST", code="IRQ", sentence=(0, 19)):
    return Event(
        type=type_, actor=[EventParticipant(code=code, text=code)], quad="verbal_conflict",
        trigger=CharSpan(start=0, end=8, text="Proteste"),
        sentence=Sentence(start=sentence[0], end=sentence[1]), confidence=0.8, location=location,
    )  # fmt: skip


def gold_event(location, type_="PROTEST", code="IRQ", optional=False):
    return {
        "type": type_,
        "actor": [{"code": code}],
        "recipient": [],
        "modality": "asserted",
        "optional": optional,
        "evidence": "Proteste in Bagdad.",
        "location": location,
    }


BAGDAD = {"text": "Bagdad", "country": "IRQ", "lat": 33.34, "lon": 44.40, "precision": "point"}


def place(country, lat=None, lon=None, precision="point"):
    return Place(text="x", name="x", country=country, lat=lat, lon=lon, precision=precision)


@pytest.mark.parametrize(
    ("location", "country_right", "near"),
    [(place("IRQ", 33.3, 44.4), 1, 1),  # right place
     (place("IRQ", 36.3, 43.1), 1, 0),  # Mossul: right country, 350 km off
     (place("IRQ", precision="country"), 1, 0),  # only the country
     (place("SYR", 33.5, 36.3), 0, 0),
     (None, 0, 0)],
)  # fmt: skip
def test_country_and_distance_are_scored_per_matched_event(location, country_right, near):
    gold = [{"id": "a", "events": [gold_event(BAGDAD)]}]
    result = score_locations(gold, {"a": [system_event(location)]}, {"a": TEXT})
    assert result["matched_with_location"] == 1 and result["points"] == 1
    assert (result["country_right"], result["points_near"]) == (country_right, near)
    assert len(result["misses"]) == 1 - near


def test_unmatched_and_optional_gold_events_are_not_scored():
    gold = [{"id": "a", "events": [gold_event(BAGDAD, type_="ASSAULT"),
                                   gold_event(BAGDAD, optional=True)]}]  # fmt: skip
    result = score_locations(gold, {"a": [system_event(None)]}, {"a": TEXT})
    assert result["matched_with_location"] == 0 and result["country_accuracy"] == 0.0


def test_a_location_where_gold_has_none_is_counted_as_unsupported():
    gold = [{"id": "a", "events": [gold_event(None)]}]
    result = score_locations(gold, {"a": [system_event(place("IRQ", 33.3, 44.4))]}, {"a": TEXT})
    assert (result["matched_without_location"], result["unsupported"]) == (1, 1)


def test_the_system_event_of_the_gold_sentence_is_preferred():
    gold = [{"id": "a", "events": [gold_event(BAGDAD)]}]
    elsewhere = system_event(place("RUS", 55.7, 37.6), sentence=(20, 36))
    here = system_event(place("IRQ", 33.3, 44.4))
    result = score_locations(gold, {"a": [elsewhere, here]}, {"a": TEXT})
    assert result["country_right"] == 1


@pytest.mark.parametrize(
    ("events", "scored", "country_right", "near"),
    [([system_event(place("IRQ", 36.3, 43.1), type_="ASSAULT"),  # another type: unmatched
       system_event(place("IRQ", 33.3, 44.4), type_="COERCE")], 1, 1, 1),  # the best one
     ([system_event(None, type_="ASSAULT")], 1, 0, 0),  # an event there, no place
     ([system_event(place("IRQ", 33.3, 44.4), type_="ASSAULT", sentence=(20, 36))], 0, 0, 0)],
)  # fmt: skip
def test_by_sentence_scores_gold_locations_apart_from_event_matching(
    events, scored, country_right, near
):
    gold = [{"id": "a", "events": [gold_event(BAGDAD)]}]
    result = score_locations(gold, {"a": events}, {"a": TEXT})
    assert result["matched_with_location"] == 0 and result["gold_with_location"] == 1
    by_sentence = result["by_sentence"]
    assert by_sentence["gold_in_system_sentence"] == scored
    assert (by_sentence["country_right"], by_sentence["points_near"]) == (country_right, near)


def test_a_match_from_another_sentence_is_counted():
    gold = [{"id": "a", "events": [gold_event(BAGDAD)]}]
    elsewhere = system_event(place("IRQ", 33.3, 44.4), sentence=(20, 36))
    result = score_locations(gold, {"a": [elsewhere]}, {"a": TEXT})
    assert (result["matched_with_location"], result["matched_from_another_sentence"]) == (1, 1)


@pytest.mark.parametrize(
    ("sentence", "gold_evidence"),
    [((0, 19), None),  # matched in the gold sentence: its evidence is the miss's
     ((20, 36), "Proteste in Bagdad.")],  # matched from another sentence: both are shown
)  # fmt: skip
def test_a_miss_shows_the_gold_sentence_when_matched_from_another(sentence, gold_evidence):
    gold = [{"id": "a", "events": [gold_event(BAGDAD)]}]
    event = system_event(place("SYR", 33.5, 36.3), sentence=sentence)
    (miss,) = score_locations(gold, {"a": [event]}, {"a": TEXT})["misses"]
    assert miss["gold_evidence"] == gold_evidence
