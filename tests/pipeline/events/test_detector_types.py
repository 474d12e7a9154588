"""Per-type gates of the learned detector: a type's own keep or proposal threshold overrides the
overall one, is saved with the model, is held open by ``hold_gate_open`` and is chosen by the
cross-validation only where it gains enough (hand-built Docs)."""

from __future__ import annotations

import pytest
import spacy

from lagebild.codebook.loader import load_codebook
from lagebild.evaluate import events as ev
from lagebild.pipeline.events.detector import DetectorModel, detect, hold_gate_open

from .test_detector import make_doc, model, rule_event  # noqa: F401  (the fixture)


def gated(model: DetectorModel, **types: dict[str, float]) -> DetectorModel:  # noqa: F811
    return DetectorModel(model.nlp, model.calibrator, 1.01, 0.0, 0.0, 0.0, **types)


@pytest.mark.parametrize(
    ("type_keep", "stays"),
    [
        ({}, True),  # overall keep 0: every rule event stays
        ({"ACCUSE": 0.5}, False),  # the doubted accusation falls under its type's own keep
        ({"COERCE": 0.5}, True),  # another type's keep leaves it alone
    ],
)
def test_a_types_own_keep_drops_only_that_types_rule_events(model, type_keep, stays):  # noqa: F811
    doc = make_doc()
    events = [rule_event(doc, 1, "ACCUSE")]  # no recipient: the confidence model doubts it
    found = detect(doc, events, gated(model, type_keep=type_keep), load_codebook())
    assert bool(found) is stays


@pytest.mark.parametrize(
    ("type_threshold", "active"),
    [({}, False), ({"COERCE": 0.5}, True), ({"COERCE": 1.01}, False)],
)
def test_a_types_own_threshold_switches_proposals_on(model, type_threshold, active):  # noqa: F811
    assert gated(model, type_threshold=type_threshold).active is active


def test_an_overall_gate_given_by_the_caller_comes_without_the_types(model):  # noqa: F811
    doc = make_doc()
    events = [rule_event(doc, 1, "ACCUSE")]
    typed = gated(model, type_keep={"ACCUSE": 0.9})
    assert not detect(doc, events, typed, load_codebook())
    assert detect(doc, events, typed, load_codebook(), keep=0.0)  # measured alone


def test_per_type_gates_are_saved_and_held_open(model, tmp_path):  # noqa: F811
    typed = gated(model, type_keep={"ACCUSE": 0.9}, type_threshold={"COERCE": 0.4})
    typed.to_disk(tmp_path / "detector")
    loaded = DetectorModel.from_disk(tmp_path / "detector")
    assert (loaded.type_keep, loaded.type_threshold) == ({"ACCUSE": 0.9}, {"COERCE": 0.4})
    pipeline = spacy.blank("de")
    pipeline.add_pipe("lagebild_event_detector").model = loaded
    hold_gate_open(pipeline)
    doc = make_doc()
    assert detect(doc, [rule_event(doc, 1, "ACCUSE")], loaded, load_codebook())


def _search(model, events, gold) -> ev.TypeSearch:  # noqa: F811
    docs, rules = {}, {}
    for article in gold:
        doc = make_doc()
        docs[article["id"]] = doc
        rules[article["id"]] = [rule_event(doc, i, t, r) for i, t, r in events]
    held = {
        key: ev.HeldOut(model, model.scores(list(doc.sents)), model.rightness(rules[key], doc))
        for key, doc in docs.items()
    }
    return ev.TypeSearch(docs, rules, gold, load_codebook(), held, 1.01, 0.0)


def _articles(n: int) -> list[dict]:
    # the coercion is gold, the accusation of nobody is not
    right = {"type": "COERCE", "actor": [{"code": "DEU"}], "recipient": [{"code": "DEU"}]}
    return [{"id": f"a{i}", "events": [right]} for i in range(n)]


@pytest.mark.parametrize(("articles", "chosen"), [(40, True), (10, False)])
def test_a_types_keep_is_chosen_only_with_enough_evidence(model, articles, chosen):  # noqa: F811
    search = _search(model, [(0, "COERCE", ["DEU"]), (1, "ACCUSE", [])], _articles(articles))
    typed = ev.choose_type_gates(search, floor=0.0, gain=0.001)
    assert ("ACCUSE" in typed["type_keep"]) is chosen
    assert "COERCE" not in typed["type_keep"]  # dropping right events gains nothing
    if chosen:
        assert typed["scores"]["precision"] == pytest.approx(1.0)


def test_a_types_keep_must_gain_the_least_gain(model):  # noqa: F811
    search = _search(model, [(0, "COERCE", ["DEU"]), (1, "ACCUSE", [])], _articles(40))
    assert ev.choose_type_gates(search, floor=0.0, gain=0.5)["type_keep"] == {}
