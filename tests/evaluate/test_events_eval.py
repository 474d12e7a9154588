"""Event scoring as EVENTS-GUIDELINES.md defines it, on hand-made gold and system events."""

from __future__ import annotations

import json
import re

import pytest

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.errors import DataFileError
from lagebild.evaluate.events import (
    ERROR_CLASSES,
    KEEPS,
    MIN_GAIN_EVENTS,
    THRESHOLDS,
    bootstrap_f1_interval,
    choose_gates,
    evaluate_events,
    evidence_span,
    format_report,
    format_summary,
    matches,
    score_events,
    triples,
)


def gold_event(type_, actors, recipients=(), modality="asserted", optional=False):
    return {
        "type": type_,
        "actor": [{"code": c, "text": c} for c in actors],
        "recipient": [{"code": c, "text": c} for c in recipients],
        "modality": modality,
        "optional": optional,
        "evidence": f"{type_} sentence",
    }


def system_event(type_, actors, recipients=(), modality="asserted"):
    return Event(
        type=type_,
        actor=[EventParticipant(code=c, text=c) for c in actors],
        recipient=[EventParticipant(code=c, text=c) for c in recipients],
        modality=modality,
        quad="verbal_conflict",
        trigger=CharSpan(start=0, end=4, text="Test"),
        sentence=Sentence(start=0, end=10),
        confidence=0.5,
        evidence=[Sentence(start=0, end=10)],
    )


@pytest.mark.parametrize(
    ("system", "gold", "expected"),
    [
        (
            system_event("REQUEST", ["RUS"], ["NATO"]),
            gold_event("REQUEST", ["RUS"], ["NATO"]),
            True,
        ),
        (
            system_event("REJECT", ["RUS"], ["NATO"]),
            gold_event("REQUEST", ["RUS"], ["NATO"]),
            False,
        ),
        # actor sets need only share one code
        (
            system_event("REQUEST", ["RUS"], ["USA"]),
            gold_event("REQUEST", ["CHN", "RUS"], ["USA"]),
            True,
        ),
        (system_event("REQUEST", ["CHN"], ["USA"]), gold_event("REQUEST", ["RUS"], ["USA"]), False),
        # a gold event without recipient accepts any system recipient
        (system_event("ACCUSE", ["RUS"], ["USA"]), gold_event("ACCUSE", ["RUS"]), True),
        # a gold recipient must be found
        (system_event("ACCUSE", ["RUS"]), gold_event("ACCUSE", ["RUS"], ["USA"]), False),
        (system_event("ACCUSE", ["RUS"], ["GBR"]), gold_event("ACCUSE", ["RUS"], ["USA"]), False),
        # real = asserted, historical, future; not real = negated, hypothetical
        (system_event("COERCE", ["CHN"], [], "historical"), gold_event("COERCE", ["CHN"]), True),
        (system_event("AGREE", ["CHN"], [], "future"), gold_event("AGREE", ["CHN"]), True),
        (
            system_event("SANCTION", ["EU"], ["RUS"]),
            gold_event("SANCTION", ["EU"], ["RUS"], "negated"),
            False,
        ),
        (
            system_event("SANCTION", ["EU"], ["RUS"], "hypothetical"),
            gold_event("SANCTION", ["EU"], ["RUS"], "negated"),
            True,
        ),  # fmt: skip
    ],
)
def test_matching_rule(system, gold, expected):
    assert matches(system, gold) is expected


def test_recall_counts_required_gold_events_matched():
    gold = [{"id": "a", "events": [gold_event("REQUEST", ["RUS"], ["NATO"]),
                                   gold_event("ASSAULT", ["ISR"], ["PSE"])]}]  # fmt: skip
    result = score_events(gold, {"a": [system_event("REQUEST", ["RUS"], ["NATO"])]})
    assert result["events"]["recall"] == 0.5
    assert result["events"]["precision"] == 1.0
    assert [m["type"] for m in result["missed"]] == ["ASSAULT"]


def mixed_articles(copies):
    """Articles where the coder is right, half right and wrong, ``copies`` times over."""
    gold, system = [], {}
    for n in range(copies):
        for name, found in (("right", ["REQUEST"]), ("half", []), ("wrong", ["ASSAULT"])):
            article = f"{name}-{n}"
            events = [gold_event("REQUEST", ["RUS"])]
            if name == "half":
                events.append(gold_event("REQUEST", ["RUS"]))
                found = ["REQUEST"]
            gold.append({"id": article, "events": events})
            system[article] = [system_event(t, ["RUS"]) for t in found]
    return gold, system


@pytest.mark.parametrize("copies", [1, 4, 20])
def test_the_f1_interval_over_articles_holds_the_f1(copies):
    result = score_events(*mixed_articles(copies))["events"]
    low, high = result["f1_interval"]
    assert low <= result["f1"] <= high


def test_the_f1_interval_narrows_as_the_set_grows():
    widths = []
    for copies in (2, 40):
        low, high = score_events(*mixed_articles(copies))["events"]["f1_interval"]
        widths.append(high - low)
    assert widths[1] < widths[0] / 2


@pytest.mark.parametrize(
    ("per_article", "expected"),
    [([], [0.0, 0.0]), ([(1, 1, 1, 1)] * 5, [1.0, 1.0]), ([(0, 0, 2, 1)] * 3, [0.0, 0.0])],
    ids=["no articles", "every article right", "every article wrong"],
)
def test_the_f1_interval_of_uniform_articles_is_a_point(per_article, expected):
    assert bootstrap_f1_interval(per_article) == expected


def test_the_f1_interval_is_the_same_on_every_run():
    gold, system = mixed_articles(3)
    assert (
        score_events(gold, system)["events"]["f1_interval"]
        == (score_events(gold, system)["events"]["f1_interval"])
    )


def test_the_summary_line_gives_the_f1_with_its_interval():
    result = score_events(*mixed_articles(2))
    low, high = result["events"]["f1_interval"]
    assert f"F1 {result['events']['f1']:.3f} (95 % interval over articles {low:.3f}–{high:.3f}" in (
        format_summary(result)
    )


def test_events_matching_only_optional_gold_are_neither_right_nor_wrong():
    gold = [{"id": "a", "events": [gold_event("REQUEST", ["RUS"], ["NATO"]),
                                   gold_event("SUPPORT", ["RUS"], [], optional=True)]}]  # fmt: skip
    system = {"a": [system_event("REQUEST", ["RUS"], ["NATO"]), system_event("SUPPORT", ["RUS"])]}
    result = score_events(gold, system)
    assert result["events"]["system"] == 1
    assert result["events"]["precision"] == 1.0
    assert result["wrong"] == []


def test_missing_optional_gold_events_are_not_missed():
    gold = [{"id": "a", "events": [gold_event("SUPPORT", ["RUS"], [], optional=True)]}]
    result = score_events(gold, {"a": []})
    assert result["events"]["gold"] == 0
    assert result["missed"] == []


def test_wrong_events_lower_precision_and_quote_their_sentence():
    gold = [{"id": "a", "events": [gold_event("REQUEST", ["RUS"], ["NATO"])]}]
    system = {"a": [system_event("REQUEST", ["RUS"], ["NATO"]), system_event("ASSAULT", ["RUS"])]}
    result = score_events(gold, system, texts={"a": "Russland greift an."})
    assert result["events"]["precision"] == 0.5
    assert result["events"]["f1"] == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    assert result["wrong"][0]["evidence"] == ["Russland g"]


def test_scores_are_micro_averaged_over_articles():
    gold = [
        {"id": "a", "events": [gold_event("REQUEST", ["RUS"])]},
        {
            "id": "b",
            "events": [
                gold_event("ACCUSE", ["USA"]),
                gold_event("REJECT", ["USA"]),
                gold_event("THREATEN", ["USA"]),
            ],
        },  # fmt: skip
    ]
    system = {"a": [system_event("REQUEST", ["RUS"])], "b": [system_event("ACCUSE", ["USA"])]}
    result = score_events(gold, system)
    assert result["events"]["recall"] == pytest.approx(2 / 4)
    assert result["recall_by_type"]["REJECT"] == {"gold": 1, "matched": 0, "recall": 0.0}


def test_an_event_of_another_article_does_not_count():
    gold = [{"id": "a", "events": [gold_event("REQUEST", ["RUS"])]}, {"id": "b", "events": []}]
    result = score_events(gold, {"b": [system_event("REQUEST", ["RUS"])]})
    assert result["events"]["recall"] == 0.0
    assert result["events"]["precision"] == 0.0


def test_events_expand_to_one_triple_per_actor_recipient_pair():
    event = system_event("REQUEST", ["RUS", "CHN"], ["USA", "NATO"])
    assert len(triples(event)) == 4
    assert triples(system_event("ACCUSE", ["RUS"])) == {("ACCUSE", "RUS", "-", True)}


def test_triple_scores_leave_out_optional_triples_on_both_sides():
    gold = [{"id": "a", "events": [
        gold_event("REQUEST", ["RUS", "CHN"], ["USA"]),
        gold_event("SUPPORT", ["GBR"], ["USA"], optional=True),
    ]}]  # fmt: skip
    system = {"a": [system_event("REQUEST", ["RUS"], ["USA", "NATO"]),
                    system_event("SUPPORT", ["GBR"], ["USA"])]}  # fmt: skip
    result = score_events(gold, system)["triples"]
    # system triples: RUS-USA (right), RUS-NATO (wrong); the SUPPORT triple is optional
    assert (result["correct"], result["system"], result["gold"]) == (1, 2, 2)


def test_evaluate_events_reads_articles_relative_to_the_gold_file(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        " date 2022-02 Titel\n\nRussland fordert ein Ende.\n", encoding="utf-8"
    )
    gold_line = {"id": "a", "file": "articles/a.txt", "date": "2022-02",
                 "events": [gold_event("REQUEST", ["RUS"])]}  # fmt: skip
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold_line) + "\n", encoding="utf-8")
    seen = {}

    def analyze(text, title=None, date=None, id=None):
        seen.update(text=text, title=title, date=date, id=id)
        from lagebild.analysis import ArticleAnalysis

        return ArticleAnalysis(text=text, sentences=[], events=[system_event("REQUEST", ["RUS"])])

    result = evaluate_events(analyze, gold_path)
    assert seen == {"text": "Russland fordert ein Ende.\n", "title": "Titel", "date": "2022-02",
                    "id": "a"}  # fmt: skip
    assert result["events"]["f1"] == 1.0
    assert "event level" in format_report(result)


def write_one_article_gold(folder, article_id, text, events):
    folder.mkdir(exist_ok=True)
    (folder / f"{article_id}.txt").write_text(f" date 2022-02 Titel\n\n{text}\n", encoding="utf-8")
    line = {"id": article_id, "file": f"{article_id}.txt", "date": "2022-02", "events": events}
    gold_path = folder / "gold.jsonl"
    gold_path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return gold_path


def analyze_requests(text, title=None, date=None, id=None):
    from lagebild.analysis import ArticleAnalysis

    return ArticleAnalysis(text=text, sentences=[], events=[system_event("REQUEST", ["RUS"])])


def test_several_gold_files_are_scored_as_one_pooled_set(tmp_path):
    right = write_one_article_gold(
        tmp_path / "a", "a", "Russland fordert.", [gold_event("REQUEST", ["RUS"])]
    )
    wrong = write_one_article_gold(
        tmp_path / "b", "b", "China fordert.", [gold_event("REQUEST", ["CHN"])]
    )
    result = evaluate_events(analyze_requests, [right, wrong])
    assert result["articles"] == 2
    assert (result["events"]["correct"], result["events"]["system"], result["events"]["gold"]) == (
        1,
        2,
        2,
    )
    assert result["file"] == f"{right} + {wrong}"


def test_an_article_id_in_two_pooled_gold_files_is_an_error_naming_the_second(tmp_path):
    first = write_one_article_gold(tmp_path / "a", "x", "Russland fordert.", [])
    second = write_one_article_gold(tmp_path / "b", "x", "China fordert.", [])
    with pytest.raises(DataFileError, match=f"^{re.escape(str(second))}: article id 'x'"):
        evaluate_events(analyze_requests, [first, second])


def sentence_event(type_, actors, recipients=(), modality="asserted", start=0, end=10):
    event = system_event(type_, actors, recipients, modality)
    sentence = Sentence(start=start, end=end)
    return event.model_copy(update={"sentence": sentence, "evidence": [sentence]})


def evidenced(event, evidence):
    return event | {"evidence": evidence}


ARTICLE = "Russland fordert Hilfe. Die Nato lehnt ab."  # sentences at 0-23 and 24-42


@pytest.mark.parametrize(
    ("system", "gold", "missed", "wrong"),
    [
        # nothing coded in the gold event's sentence; the system event is in another one
        (
            [sentence_event("REJECT", ["NATO"], start=24, end=42)],
            evidenced(gold_event("REQUEST", ["RUS"]), "Russland fordert Hilfe."),
            "no event in the sentence",
            "no event in the sentence",
        ),
        (
            [sentence_event("DEMAND", ["RUS"], end=23)],
            evidenced(gold_event("REQUEST", ["RUS"]), "Russland fordert Hilfe."),
            "wrong type",
            "wrong type",
        ),
        (
            [sentence_event("REQUEST", ["CHN"], end=23)],
            evidenced(gold_event("REQUEST", ["RUS"]), "Russland fordert Hilfe."),
            "wrong actor",
            "wrong actor",
        ),
        (
            [sentence_event("REQUEST", ["RUS"], end=23)],
            evidenced(gold_event("REQUEST", ["RUS"], ["NATO"]), "Russland fordert Hilfe."),
            "wrong or missing recipient",
            "wrong or missing recipient",
        ),
        (
            [sentence_event("REQUEST", ["RUS"], modality="negated", end=23)],
            evidenced(gold_event("REQUEST", ["RUS"]), "Russland fordert Hilfe."),
            "wrong modality",
            "wrong modality",
        ),
    ],
)
def test_error_table_classes(system, gold, missed, wrong):
    result = score_events([{"id": "a", "events": [gold]}], {"a": system}, {"a": ARTICLE})
    assert [m["error"] for m in result["missed"]] == [missed]
    assert result["errors"]["missed"][missed] == 1
    assert [w["error"] for w in result["wrong"]] == [wrong]
    assert sum(result["errors"]["wrong"].values()) == 1
    assert "no event in the sentence" in format_report(result)


@pytest.mark.parametrize(
    ("text", "evidence", "expected"),
    [
        ("Erst dies. Dann das.", "Dann das.", (11, 20)),
        ("Erst dies. Dann  das.", "Dann das.", None),  # no match, not even of the first words
        ("Erst dies.", "", None),
    ],
)
def test_evidence_is_found_in_the_text(text, evidence, expected):
    assert evidence_span(text, {"evidence": evidence}) == expected


ARTICLES = {
    "a": ("Russland kritisierte die Nato scharf.", gold_event("ACCUSE", ["RUS"], ["NATO"])),
    "b": ("Die EU verhängte Sanktionen gegen Russland.", gold_event("SANCTION", ["EU"], ["RUS"])),
    "c": ("Die Nato lehnte die Forderung Russlands ab.", gold_event("REJECT", ["NATO"], ["RUS"])),
}


def write_gold(tmp_path):
    lines = []
    for key, (text, event) in ARTICLES.items():
        (tmp_path / f"{key}.txt").write_text(f" date 2022-02 Titel\n\n{text}\n", encoding="utf-8")
        event = event | {"evidence": text}
        lines.append(json.dumps({"id": key, "file": f"{key}.txt", "events": [event]}))
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold_path


def test_cross_validation_scores_every_gate_and_chooses_one(nlp, tmp_path):
    result = evaluate_events(nlp, write_gold(tmp_path), folds=3)
    cv = result["cross_validation"]
    assert cv["folds"] == 3
    assert len(cv["grid"]) == len(THRESHOLDS) * len(KEEPS)
    assert set(cv["chosen"]) == {"threshold", "keep", "weight"}
    assert cv["rules"]["f1"] == pytest.approx(result["without_detector"]["events"]["f1"])
    assert set(result["errors"]["missed"]) == set(ERROR_CLASSES)


@pytest.mark.parametrize("folds", [1, 4])
def test_folds_must_split_the_articles(nlp, tmp_path, folds):
    with pytest.raises(ValueError, match="folds"):
        evaluate_events(nlp, write_gold(tmp_path), folds=folds)


RULES = {"precision": 0.73, "f1": 0.666}


def _row(threshold: float, keep: float, precision: float, f1: float) -> dict[str, float]:
    return {"threshold": threshold, "keep": keep, "precision": precision, "f1": f1}


@pytest.mark.parametrize(
    ("rows", "chosen"),
    [
        # a gain under MIN_GAIN is noise: the detector neither proposes nor drops
        ([_row(0.6, 0.5, 0.75, 0.671)], (1.01, 0.0)),
        ([_row(0.6, 0.5, 0.75, 0.680)], (0.6, 0.5)),
        # precision may not fall below the rules' (here under 0.75)
        ([_row(0.4, 0.0, 0.70, 0.690)], (1.01, 0.0)),
        # on equal F1 the fewer changes: the higher threshold, then the lower keep
        ([_row(0.5, 0.0, 0.74, 0.69), _row(0.7, 0.0, 0.74, 0.69)], (0.7, 0.0)),
        ([_row(0.7, 0.5, 0.74, 0.69), _row(0.7, 0.0, 0.74, 0.69)], (0.7, 0.0)),
    ],
)
def test_detector_gates_change_the_rules_only_for_a_clear_cross_validated_gain(rows, chosen):
    gates = choose_gates(rows, RULES)
    assert (gates["threshold"], gates["keep"]) == chosen


def test_cross_validation_measures_gates_against_the_rules_events_as_output(nlp, tmp_path):
    # a negated attack covers its sentence but is not output (codebook reported_modalities):
    # the rules' row is the closed gate's (no proposal, no drop), not the unfiltered events
    articles = [(key, text, [gold | {"evidence": text}]) for key, (text, gold) in ARTICLES.items()]
    articles.append(("d", "Die Nato griff Russland nicht an.", []))
    lines = []
    for key, text, events in articles:
        (tmp_path / f"{key}.txt").write_text(f" date 2022-02 Titel\n\n{text}\n", encoding="utf-8")
        lines.append(json.dumps({"id": key, "file": f"{key}.txt", "events": events}))
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cv = evaluate_events(nlp, gold_path, folds=2)["cross_validation"]
    closed = next(r for r in cv["grid"] if r["threshold"] == 1.01 and r["keep"] == 0.0)
    assert cv["rules"]["precision"] == pytest.approx(closed["precision"])
    assert cv["rules"]["f1"] == pytest.approx(closed["f1"])


@pytest.mark.parametrize(
    ("gold", "gain", "chosen"),
    [
        # the least gain is MIN_GAIN_EVENTS events' worth of F1: 0.005 is 12 events of 2,400
        (2400, 0.005, (0.7, 0.3)),
        # but only 3 of 600 (session 9's data size): noise
        (600, 0.005, (1.01, 0.0)),
        (600, 0.010, (0.7, 0.3)),
        # without a count of gold events, MIN_GAIN (0.01)
        (None, 0.005, (1.01, 0.0)),
    ],
)
def test_the_least_gain_of_a_gate_is_a_number_of_events(gold, gain, chosen):
    rules = {"precision": 0.80, "f1": 0.740} | ({"gold": gold} if gold else {})
    gates = choose_gates([_row(0.7, 0.3, 0.81, 0.740 + gain)], rules)
    assert (gates["threshold"], gates["keep"]) == chosen
    assert MIN_GAIN_EVENTS / 2400 < 0.005 < MIN_GAIN_EVENTS / 600
