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


def _doc_with_sentences(text):
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp(text)


@pytest.mark.parametrize(
    ("evidence", "sentence"),
    [("Proteste in Bagdad.", "Proteste in Bagdad."),
     ("Russland   warnte.", "Russland warnte."),  # whitespace normalised
     ("Niemand sprach.", None)],
)  # fmt: skip
def test_the_oracle_finds_the_gold_evidence_sentence(evidence, sentence):
    from lagebild.evaluate.locations import evidence_sentence

    found = evidence_sentence(_doc_with_sentences(TEXT), evidence)
    assert (found.text.strip() if found is not None else None) == sentence


@pytest.mark.parametrize(
    ("system_type", "trigger"),
    [("PROTEST", "Proteste"),  # a system event of the gold type lends its trigger
     ("ASSAULT", "Proteste"),  # else any system event of the sentence
     (None, "in")],  # else the sentence root (blank pipeline: the first token's head)
)  # fmt: skip
def test_an_oracle_event_has_gold_type_and_actors_in_the_evidence_sentence(system_type, trigger):
    from lagebild.evaluate.locations import evidence_sentence, oracle_event

    doc = _doc_with_sentences(TEXT)
    for token in doc:  # a blank pipeline has no parse: make the second token each root
        token.head = doc[1] if token.i < 3 else token
    sentence = evidence_sentence(doc, "Proteste in Bagdad.")
    system = [system_event(None, type_=system_type)] if system_type else []
    event = oracle_event(gold_event(BAGDAD), sentence, system)
    assert (event.type, event.actor[0].code, event.trigger.text) == ("PROTEST", "IRQ", trigger)
    assert (event.sentence.start, event.sentence.end) == (0, sentence.end_char)


@pytest.mark.parametrize(
    ("location", "country_right", "near", "unsupported"),
    [(place("IRQ", 33.3, 44.4), 1, 1, 1),
     (place("IRQ", 36.3, 43.1), 1, 0, 1),
     (None, 0, 0, 0)],
)  # fmt: skip
def test_the_oracle_scores_every_gold_event_apart_from_event_matching(
    location, country_right, near, unsupported
):
    from lagebild.evaluate.locations import score_oracle

    doc = _doc_with_sentences(TEXT)
    unlocated = {**gold_event(None, type_="ACCUSE", code="RUS"), "evidence": "Russland warnte."}
    gold = [{"id": "a", "events": [gold_event(BAGDAD), unlocated,
                                   gold_event(BAGDAD, optional=True)]}]  # fmt: skip
    result = score_oracle(gold, {"a": doc}, lambda d, e: location)
    assert (result["gold_sentence_found"], result["points"]) == (1, 1)
    assert (result["country_right"], result["points_near"]) == (country_right, near)
    assert (result["without_location"], result["unsupported"]) == (1, unsupported)
    assert len(result["misses"]) == 1 - near


@pytest.mark.parametrize(
    ("actor_text", "start"),
    [("Russland", 20),  # found in the evidence sentence: its offsets
     ("Moskau", None)],  # not there: none, as for an actor the text only implies
)  # fmt: skip
def test_an_oracle_actor_carries_the_offsets_of_its_text(actor_text, start):
    from lagebild.evaluate.locations import evidence_sentence, oracle_event

    doc = _doc_with_sentences(TEXT)
    gold = {**gold_event(None), "actor": [{"code": "RUS", "text": actor_text}]}
    event = oracle_event(gold, evidence_sentence(doc, "Russland warnte."), [])
    assert event.actor[0].start == start
