"""The confidence model's richer view of a rule event (session 17): how the rule found it,
where its participants come from, and its place in the article, on a hand-built Doc."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.analysis import CharSpan, Event, EventParticipant, Quote, Sentence
from lagebild.pipeline.events.detector import (
    DetectorModel,
    event_context,
    event_features,
)

VOCAB = spacy.blank("de").vocab
TEXT = "Die Regierung kritisierte Moskau . Sie hatte Kiew verurteilt ."
WORDS = TEXT.split(" ")
LEMMAS = [
    "der", "regierung", "kritisieren", "moskau", ".",
    "sie", "haben", "kiew", "verurteilen", ".",
]  # fmt: skip
HEADS = [1, 2, 2, 2, 2, 8, 8, 8, 8, 8]
DEPS = ["det", "nsubj", "ROOT", "obj", "punct", "nsubj", "aux", "obj", "ROOT", "punct"]
POS = ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PRON", "AUX", "PROPN", "VERB", "PUNCT"]
MORPHS = ["", "", "Tense=Past", "", "", "", "Tense=Past", "", "VerbForm=Part", ""]


def make_doc() -> Doc:
    starts = [True, False, False, False, False, True, False, False, False, False]
    doc = Doc(
        VOCAB, words=WORDS, lemmas=LEMMAS, heads=HEADS, deps=DEPS, pos=POS, morphs=MORPHS,
        sent_starts=starts,
    )  # fmt: skip
    doc._.quotes = []
    return doc


def participant(doc: Doc, i: int | None, code: str, sector: str = "GOV") -> EventParticipant:
    if i is None:  # a stand-in without a mention (the home state, the domestic counterpart)
        return EventParticipant(code=code, sector=sector, text=code)
    token = doc[i]
    return EventParticipant(
        code=code, sector=sector, text=token.text, start=token.idx, end=token.idx + len(token)
    )


def event(doc: Doc, trigger: int, actor: int | None, recipient: int | None, evidence: int = 1):
    sent = doc[trigger].sent
    sentence = Sentence(start=sent.start_char, end=sent.end_char)
    token = doc[trigger]
    return Event(
        type="ACCUSE",
        mode="disapprove",
        actor=[participant(doc, actor, "DEU")],
        recipient=[participant(doc, recipient, "RUS")] if recipient is not None else [],
        quad="verbal_conflict",
        trigger=CharSpan(start=token.idx, end=token.idx + len(token), text=token.text),
        sentence=sentence,
        confidence=0.7,
        evidence=[sentence] * evidence,
    )


def features(doc: Doc, events: list[Event], i: int = 0) -> set[str]:
    return set(event_features(events[i], doc, event_context(doc, events)))


def test_without_the_doc_only_type_and_recipient_are_read():
    doc = make_doc()
    assert event_features(event(doc, 2, 1, 3)) == [
        "type=ACCUSE",
        "recipient=True",
        "type+recipient=ACCUSE:True",
    ]


@pytest.mark.parametrize(
    ("trigger", "actor", "recipient", "expected"),
    [
        (2, 1, 3, {"actor_from=phrase", "recipient_from=phrase", "lemma=kritisieren"}),
        # the actor carried over from the sentence before ("Sie" unresolved there)
        (8, 1, 7, {"actor_from=before", "recipient_from=phrase", "lemma=verurteilen"}),
        # a stand-in: no mention behind the actor
        (2, None, 3, {"actor_from=none", "type+actor_from=ACCUSE:none"}),
    ],
)
def test_participants_are_told_by_where_they_were_found(trigger, actor, recipient, expected):
    doc = make_doc()
    assert expected <= features(doc, [event(doc, trigger, actor, recipient)])


@pytest.mark.parametrize(("trigger", "pluperfect"), [(2, False), (8, True)])
def test_the_pluperfect_marks_background(trigger, pluperfect):
    doc = make_doc()
    assert f"pluperfect={pluperfect}" in features(doc, [event(doc, trigger, 1, 3)])


def test_events_sharing_a_sentence_and_repeated_evidence_are_counted():
    doc = make_doc()
    events = [event(doc, 2, 1, 3, evidence=2), event(doc, 2, 1, None), event(doc, 8, 1, 7)]
    assert {"in_sentence=2", "evidence=2", "sentence=0"} <= features(doc, events, 0)
    assert {"in_sentence=1", "evidence=1", "sentence=1"} <= features(doc, events, 2)


def test_an_event_in_a_quotation_is_told_by_its_kind():
    doc = make_doc()
    doc._.quotes = [Quote(start=doc[5].idx, end=len(doc.text), text="…", kind="indirect")]
    events = [event(doc, 2, 1, 3), event(doc, 8, 1, 7)]
    assert "quote=None" in features(doc, events, 0)
    assert "quote=indirect" in features(doc, events, 1)


def test_confidence_model_learns_from_the_context():
    """Same type, same recipient: only where the actor comes from tells right from wrong."""
    doc = make_doc()
    right, wrong = [event(doc, 2, 1, 3)], [event(doc, 2, None, 3)]
    data = [(features(doc, right), True), (features(doc, wrong), False)] * 20
    model = DetectorModel.train([(["wort"], set())], {"ACCUSE"}, [(sorted(f), r) for f, r in data])
    (p_right,) = model.rightness(right, doc)
    (p_wrong,) = model.rightness(wrong, doc)
    assert p_right > 0.5 > p_wrong
