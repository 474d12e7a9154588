"""The PLOVER codebook file: valid, complete, consistent, and every entry reachable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.codebook.loader import DEFAULT_PATH, EVENT_TYPES, load_codebook
from lagebild.codebook.plover_export import to_plover_record
from lagebild.errors import DataFileError

# Quad classes as the PLOVER manual assigns them (chapter 3).
PLOVER_QUADS = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation", "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation", "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict", "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict", "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict", "COERCE": "material_conflict", "ASSAULT": "material_conflict",
}  # fmt: skip
MIN_ENTRIES_PER_TYPE = 12


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


def test_codebook_has_all_sixteen_types_with_their_quad(codebook):
    assert {t: info.quad for t, info in codebook.types.items()} == PLOVER_QUADS


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_type_has_several_german_expressions(codebook, event_type):
    assert codebook.entries_by_type()[event_type] >= MIN_ENTRIES_PER_TYPE


def test_codebook_has_several_hundred_entries(codebook):
    assert len(codebook.predicates) >= 500


def test_scores_are_conflict_negative_and_cooperation_positive(codebook):
    for info in codebook.types.values():
        scores = [info.score, *info.modes.values()]
        if info.quad.endswith("cooperation"):
            assert min(scores) >= 0, info.name
        elif info.name != "REQUEST":  # PLOVER scores requests for aid and meetings >= 0
            assert max(scores) < 0, info.name


def test_every_mode_of_an_entry_belongs_to_its_type(codebook):
    wrong = [(p.lemma, p.type, p.mode) for p in codebook.predicates
             if p.mode and p.mode not in codebook.types[p.type].modes]  # fmt: skip
    assert wrong == []


def test_every_mode_cue_names_a_mode_of_its_type(codebook):
    for event_type, modes in codebook.mode_cues.items():
        assert set(modes) <= set(codebook.types[event_type].modes), event_type


def test_every_entry_can_be_reached(codebook):
    """A plain entry after another plain entry of the same lemma could never be chosen."""
    seen: set[tuple] = set()
    shadowed = []
    for p in codebook.predicates:
        key = (p.pos, p.lemma, p.reflexive, p.with_words, p.with_pp, p.without_words,
               p.without_pp, p.without_subject, p.with_subject, p.intransitive)  # fmt: skip
        if key in seen:
            shadowed.append((p.lemma, p.type))
        seen.add(key)
    assert shadowed == []


def test_requests_and_rejections_share_their_modes(codebook):
    assert codebook.types["REQUEST"].modes.keys() == codebook.types["REJECT"].modes.keys()


@pytest.mark.parametrize(
    ("pos", "word", "event_type"),
    [
        ("verb", "auffordern", "REQUEST"),
        ("verb", "zurückweisen", "REJECT"),
        ("verb", "festnehmen", "COERCE"),
        ("verb", "entsenden", "MOBILIZE"),
        ("noun", "Raketenangriff", "ASSAULT"),  # a compound finds its head
        ("noun", "Staatsbesuch", "CONSULT"),
        ("noun", "Truppenentsendung", "MOBILIZE"),
        ("adj", "gesprächsbereit", "AGREE"),
    ],
)
def test_lookup_finds_german_expressions(codebook, pos, word, event_type):
    lookup = {"verb": codebook.verbs, "noun": codebook.nouns, "adj": codebook.adjectives}[pos]
    assert event_type in {p.type for p in lookup(word)}


def test_a_noun_is_not_found_inside_an_unrelated_word(codebook):
    assert codebook.nouns("Krieger") == []
    assert codebook.nouns("Gast") == []


def test_invalid_codebook_is_rejected_with_the_place_of_the_error(tmp_path):
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    data["predicates"][0]["type"] = "HUG"
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match="predicates/0"):
        load_codebook(path)


def test_unknown_frame_name_is_rejected(tmp_path):
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    data["predicates"][0]["frame"] = "nonexistent"
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown frame"):
        load_codebook(path)


def test_plover_record_has_the_manual_fields():
    from lagebild.analysis import Actor, ArticleAnalysis

    text = "Beide Länder forderten ein Ende der Nato-Osterweiterung."
    event = Event(
        type="REQUEST", mode="change",
        actor=[EventParticipant(code="RUS", sector="GOV", text="Beide Länder", actor="RUS")],
        recipient=[EventParticipant(code="NATO", sector="IGO", text="Nato", actor="NATO")],
        context=["military"], score=-1.0, quad="verbal_conflict",
        trigger=CharSpan(start=13, end=22, text="forderten"), sentence=Sentence(start=0, end=56),
        confidence=0.8, evidence=[Sentence(start=0, end=56)],
    )  # fmt: skip
    article = ArticleAnalysis(
        id="putin-in-peking", date="2022-02", text=text, sentences=[Sentence(start=0, end=56)],
        actors={"RUS": Actor(name="Russland", kind="state", code="RUS", wikidata="Q159")},
        events=[event],
    )  # fmt: skip
    record = to_plover_record(event, article)
    assert record["id"] == "putin-in-peking-13-REQUEST"
    assert record["event"] == ["REQUEST"] and record["mode"] == ["change"]
    assert record["quad_code"] == 3
    assert record["actor"][0] == {
        "code": "RUS",
        "sector": "GOV",
        "entity_text": "Beide Länder",
        "identifier_id": "Q159",
        "identifier_text": "Russland",
    }
    assert record["event_text"] == [text]
    json.dumps(record)  # serialisable as JSON lines


def test_codebook_file_is_where_the_loader_looks():
    assert Path(DEFAULT_PATH).name == "plover.yaml" and Path(DEFAULT_PATH).exists()


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("fordern", True), ("verlangen", True), ("aufrufen", True), ("anordnen", False),
     ("vorschlagen", False), ("raten", False)],
)  # fmt: skip
def test_public_calls_and_demands_need_no_addressee(codebook, verb, expected):
    """A demand or call is a REQUEST also to no one in particular; an order, a proposal or
    advice is one only with an addressee."""
    requests = [p for p in codebook.verbs(verb) if p.type == "REQUEST" and p.mode == "change"]
    assert requests
    assert any(p.addressee_optional for p in requests) is expected
