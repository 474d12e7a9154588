"""``lagebild evaluate actors``: locating gold mentions and scoring linked codes.

The scoring runs on a real (small) pipeline: a blank German model whose entities come
from an entity ruler, plus ``lagebild_actors`` with a knowledge base written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import lagebild.pipeline.actors  # noqa: F401  (registers the component)
from lagebild.analysis import Actor, ArticleAnalysis, Entity, Mention
from lagebild.errors import ReadError
from lagebild.evaluate.actors import (
    MISS_CLASSES,
    GoldEntity,
    evaluate_actors,
    format_report,
    miss_class,
    occurrences,
    predicted_codes,
    read_gold,
)
from tests.pipeline.actors.test_actors import write_kb

ARTICLE = (
    " date 2022-02 Russland und China\n\n"
    "Peking (dpa) - Russland und China rücken zusammen. Beide Länder fordern ein Ende der"
    " Nato-Osterweiterung. Moskau warnt die Ukraine.\n"
)

GOLD_EVENTS = [
    {
        "type": "REQUEST",
        "actor": [{"code": "RUS", "text": "Beide Länder"}, {"code": "CHN", "text": "Beide Länder"}],
        "recipient": [{"code": "NATO", "text": "Nato"}],
        "evidence": "Beide Länder fordern ein Ende der Nato-Osterweiterung.",
    },
    {
        "type": "THREATEN",
        "actor": [{"code": "RUS", "text": "Moskau"}],
        "recipient": [{"code": "POL", "text": "Ukraine"}],
        "evidence": "Moskau warnt die Ukraine.",
    },
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    line = {"id": "a1", "file": "articles/a1.txt", "date": "2022-02", "events": GOLD_EVENTS}
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


@pytest.fixture
def small_nlp(tmp_path: Path):
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "LOC", "pattern": name}
            for name in ("Russland", "China", "Peking", "Moskau", "Ukraine")
        ]
        + [{"label": "ORGpart", "pattern": "Nato-Osterweiterung"}]
    )
    kb_dir = write_kb(tmp_path / "kb")
    nlp.add_pipe("lagebild_actors", config={"kb_path": str(kb_dir)})
    return nlp


def test_gold_entities_of_both_sides_are_read_once_each(gold_file):
    ((path, entities),) = read_gold(gold_file)
    assert path.name == "a1.txt"
    assert [(e.text, e.code) for e in entities] == [
        ("Beide Länder", "RUS"),
        ("Beide Länder", "CHN"),
        ("Nato", "NATO"),
        ("Moskau", "RUS"),
        ("Ukraine", "POL"),
    ]


def test_evaluation_counts_right_and_wrong_codes(small_nlp, gold_file):
    result = evaluate_actors(small_nlp, gold_file)
    assert (result["correct"], result["total"]) == (4, 5)
    assert result["accuracy"] == pytest.approx(0.8)
    assert result["per_code"]["RUS"] == {"total": 2, "correct": 2, "accuracy": 1.0}
    assert result["per_code"]["POL"]["correct"] == 0
    (error,) = result["errors"]
    assert (error["text"], error["code"], error["predicted"]) == ("Ukraine", "POL", ["UKR"])
    report = format_report(result)
    assert "4/5" in report and "'Ukraine' gold POL, got UKR" in report
    assert result["not_in_text"] == 0


@pytest.mark.parametrize(
    ("text", "evidence", "mention", "expected"),
    [
        ("Er sagte: Die Nato warnt.", "Die Nato warnt.", "Nato", ["Nato"]),
        (
            "Die Regierungsvertreter und die Regierung.",
            "Die Regierungsvertreter und die Regierung.",
            "Regierung",
            ["Regierung"],
        ),
        (
            "Ein Ende der Nato-Osterweiterung.",
            "Ein Ende der Nato-Osterweiterung.",
            "Nato",
            ["Nato"],
        ),
        ("Beide\nLänder fordern.", "Beide Länder fordern.", "Beide Länder", ["Beide\nLänder"]),
        ("Moskau warnt. Das Treffen endet.", "Das Treffen endet.", "Moskau", ["Moskau"]),
        ("Kein Treffer hier.", "Kein Treffer hier.", "Moskau", []),
    ],
)
def test_mentions_are_found_in_their_evidence_sentence(text, evidence, mention, expected):
    assert [text[s:e] for s, e in occurrences(text, evidence, mention)] == expected


def test_a_mention_overlapping_the_gold_text_supplies_codes():
    text = "Die britische Regierung warnt."
    analysis = ArticleAnalysis(
        text=text,
        sentences=[],
        mentions=[
            Mention(start=4, end=23, text="britische Regierung", kind="role", actors=["GBR"])
        ],
        actors={"GBR": Actor(name="Großbritannien", kind="state", code="GBR", sector="GOV")},
    )
    entity = GoldEntity("a", "Die britische Regierung", "GBR", text)
    assert predicted_codes(analysis, entity) == {"GBR"}
    missing = GoldEntity("a", "Frankreich", "FRA", text)
    assert predicted_codes(analysis, missing) is None


def test_a_missing_article_file_is_a_read_error(small_nlp, gold_file):
    (gold_file.parent / "articles" / "a1.txt").unlink()
    with pytest.raises(ReadError):
        evaluate_actors(small_nlp, gold_file)


@pytest.mark.parametrize(
    ("gold_text", "gold_code", "expected"),
    [
        ("Die britische Regierung", "FRA", "wrong code"),
        ("Die Opposition", "GBR", "no mention"),
        ("Greenpeace", "GREENPEACE", "entity without mention"),
        ("Jane Roe", "GBR", "mention without actor"),
        ("Frankreich", "FRA", "not in text"),
    ],
)
def test_each_miss_gets_its_class(gold_text, gold_code, expected):
    text = "Die britische Regierung, Jane Roe und Greenpeace warnen. Die Opposition schweigt."
    analysis = ArticleAnalysis(
        text=text,
        sentences=[],
        entities=[
            Entity(start=38, end=48, text="Greenpeace", label="ORG"),
        ],
        mentions=[
            Mention(start=0, end=23, text="Die britische Regierung", kind="role", actors=["GBR"]),
            Mention(start=25, end=33, text="Jane Roe", kind="name", actors=["text:jane-roe"]),
        ],
        actors={
            "GBR": Actor(name="Großbritannien", kind="state", code="GBR", sector="GOV"),
            "text:jane-roe": Actor(name="Jane Roe", kind="person", in_kb=False),
        },
    )
    entity = GoldEntity("a", gold_text, gold_code, text)
    predicted = predicted_codes(analysis, entity)
    assert miss_class(analysis, entity, predicted) == expected


def test_the_report_counts_misses_by_class_and_lists_them_on_request(small_nlp, gold_file):
    result = evaluate_actors(small_nlp, gold_file)
    assert result["miss_classes"]["wrong code"] == 1
    assert sum(result["miss_classes"].values()) == len(result["errors"])
    assert set(result["miss_classes"]) == set(MISS_CLASSES)
    assert "misses by class: no mention 0" in format_report(result)
    assert "[wrong code]" in format_report(result, misses=True)
    assert "[wrong code]" not in format_report(result, misses=False)
