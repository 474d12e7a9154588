"""A learned event detector beside the codebook rules: which PLOVER types a sentence reports.

The model is spaCy's ``textcat_multilabel`` with the bag-of-words architecture (hashed
unigrams, one sigmoid per type) over a sentence's lower-cased lemmas plus its root lemma.
It is trained on the gold evidence sentences of ``events-train.jsonl`` (see
``training/scripts/train_event_detector.py`` and ``lagebild/models/event_detector/MODEL_CARD.md``).

The component ``lagebild_event_detector`` runs after ``lagebild_events`` and

1. scores every rule event: its ``confidence`` becomes a weighted mean of the rule's
   confidence and the detector's probability of the event's type in its evidence sentences
   (a rule event whose type the detector finds less likely than ``keep`` is dropped);
2. proposes an event of type T in a sentence where no rule fired, when the probability of T
   is at least the model's threshold (chosen by cross-validation over train articles). The
   participants come from the sentence's predicate as the rules read them: the subject (the
   agent of a passive, or the speaker of the quotation it stands in) acts; objects, the
   dative and prepositional objects receive. No actor, no event.

The threshold, ``keep`` and the weight are chosen by cross-validation over train articles
(``lagebild evaluate events --folds K``); a part that does not help there is switched off,
and a model with every part off leaves the events as the rules coded them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.codebook.loader import Codebook, load_codebook
from lagebild.errors import AnalysisError, ModelNotFoundError
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events.modality import factuality
from lagebild.pipeline.events.participants import (
    coded,
    participants_in,
    quote_around,
    speaker_participants,
    unique,
)

DETECTOR_PATH = Path(__file__).resolve().parents[2] / "models" / "event_detector"
META_FILE = "detector.json"
# 2^14 hashed features x ~15 types keeps the weights under 1 MB; the train vocabulary of
# lemmas is a few thousand, so collisions are rare.
BOW_LENGTH = 2**14
RECIPIENT_PREPOSITIONS = ("gegen", "an", "mit", "für", "zu", "nach", "bei", "über")
DEFAULT_THRESHOLD = 1.01  # an untuned model proposes nothing


def sentence_words(sent: Span) -> list[str]:
    """The classifier's view of a sentence: lower-cased lemmas and the root's lemma."""
    words = [(t.lemma_ or t.text).lower() for t in sent if not (t.is_punct or t.is_space)]
    if words:
        words.append(f"root={(sent.root.lemma_ or sent.root.text).lower()}")
    return words


class DetectorModel:
    """P(type | sentence) for the PLOVER types seen in training, and the proposal threshold."""

    def __init__(
        self,
        nlp: Language,
        threshold: float = DEFAULT_THRESHOLD,
        keep: float = 0.0,
        weight: float = 0.5,
    ) -> None:
        self.nlp = nlp
        self.threshold = threshold  # least probability of a proposal
        self.keep = keep  # least probability of a rule event's type for it to stay
        self.weight = weight  # share of the detector's probability in a rule event's confidence

    @property
    def active(self) -> bool:
        """Whether the model changes anything (cross-validation may switch every part off)."""
        return self.threshold <= 1.0 or self.keep > 0.0 or self.weight > 0.0

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.nlp.get_pipe("textcat_multilabel").labels)

    @classmethod
    def train(
        cls,
        examples: list[tuple[list[str], set[str]]],
        labels: Iterable[str],
        epochs: int = 12,
        seed: int = 0,
    ) -> DetectorModel:
        """Train on (words, types) pairs; a pair with no types is a negative sentence."""
        fix_random_seed(seed)
        nlp = spacy.blank("xx")
        textcat = nlp.add_pipe(
            "textcat_multilabel",
            config={
                "model": {
                    "@architectures": "spacy.TextCatBOW.v3",
                    "exclusive_classes": False,
                    "ngram_size": 1,
                    "no_output_layer": False,
                    "length": BOW_LENGTH,
                }
            },
        )
        for label in sorted(set(labels)):
            textcat.add_label(label)
        data = [
            Example.from_dict(
                Doc(nlp.vocab, words=words),
                {"cats": {label: float(label in gold) for label in textcat.labels}},
            )
            for words, gold in examples
            if words
        ]
        optimizer = nlp.initialize(lambda: data)
        rng = random.Random(seed)
        for _ in range(epochs):
            rng.shuffle(data)
            for batch in minibatch(data, size=16):
                nlp.update(batch, sgd=optimizer)
        return cls(nlp)

    def scores(self, sents: list[Span]) -> list[dict[str, float]]:
        docs = (Doc(self.nlp.vocab, words=sentence_words(s) or ["-"]) for s in sents)
        return [dict(doc.cats) for doc in self.nlp.pipe(docs, batch_size=64)]

    def to_disk(self, path: Path, meta: dict[str, Any] | None = None) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.nlp.to_disk(path / "textcat")
        info = {"threshold": self.threshold, "keep": self.keep, "weight": self.weight}
        info["labels"] = list(self.labels)
        info |= meta or {}
        (path / META_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> DetectorModel:
        meta_path = path / META_FILE
        if not meta_path.exists():
            raise ModelNotFoundError(
                "no event detector here; rebuild it with `make -C training events-detector`",
                source=str(path),
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        gates = (float(meta["threshold"]), float(meta["keep"]), float(meta["weight"]))
        return cls(spacy.load(path / "textcat"), *gates)


@Language.factory(
    "lagebild_event_detector",
    requires=["doc._.events", "doc._.mentions", "doc._.actors"],
    assigns=["doc._.events"],
    default_config={"model_path": None, "codebook_path": None},
)
def make_event_detector(
    nlp: Language, name: str, model_path: str | None, codebook_path: str | None
) -> EventDetector:
    return EventDetector(model_path, codebook_path)


class EventDetector:
    def __init__(self, model_path: str | Path | None = None, codebook_path: str | None = None):
        self.model = DetectorModel.from_disk(Path(model_path) if model_path else DETECTOR_PATH)
        self.codebook = load_codebook(Path(codebook_path) if codebook_path else None)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.events is None:
            raise AnalysisError(
                "lagebild_event_detector needs doc._.events: add lagebild_events before it"
            )
        if self.model.active:
            doc._.events = detect(doc, doc._.events, self.model, self.codebook)
        return doc


def detect(
    doc: Doc,
    events: list[Event],
    model: DetectorModel,
    codebook: Codebook,
    threshold: float | None = None,
    keep: float | None = None,
    scores: list[dict[str, float]] | None = None,
    weight: float | None = None,
) -> list[Event]:
    """The rule events rescored (those whose type the detector finds less likely than
    ``keep`` dropped), plus the proposals in sentences without one. ``threshold`` and
    ``keep`` default to the model's; ``scores`` are the model's scores of ``doc.sents``."""
    if not doc.has_annotation("SENT_START"):
        return events
    sents = list(doc.sents)
    scores = scores if scores is not None else model.scores(sents)
    index = {s.start_char: i for i, s in enumerate(sents)}
    least = model.keep if keep is None else keep
    share = model.weight if weight is None else weight
    rescored = [
        rescore(e, scores, index, share) for e in events if probability(e, scores, index) >= least
    ]
    covered = {index.get(s.start) for e in events for s in e.evidence or [e.sentence]}
    gate = model.threshold if threshold is None else threshold
    keys = {_key(e) for e in rescored}
    proposals = []
    for i, sent in enumerate(sents):
        if i in covered or not scores[i] or not sentence_words(sent):
            continue
        event_type, p = max(scores[i].items(), key=lambda kv: kv[1])
        if p < gate or event_type not in codebook.types:
            continue
        event = propose(doc, sent, event_type, p, codebook)
        if event is not None and _key(event) not in keys:
            keys.add(_key(event))
            proposals.append(event)
    return rescored + proposals


def rescore(
    event: Event, scores: list[dict[str, float]], index: dict[int, int], weight: float
) -> Event:
    """The rule's confidence mixed with the detector's probability of the event's type."""
    p = probability(event, scores, index)
    confidence = (1 - weight) * event.confidence + weight * p
    return event.model_copy(update={"confidence": round(confidence, 2)})


def probability(event: Event, scores: list[dict[str, float]], index: dict[int, int]) -> float:
    """The detector's probability of the event's type in its likeliest evidence sentence."""
    found = [index[s.start] for s in event.evidence or [event.sentence] if s.start in index]
    return max((scores[i].get(event.type, 0.0) for i in found), default=0.0)


def propose(doc: Doc, sent: Span, event_type: str, p: float, codebook: Codebook) -> Event | None:
    """An event of ``event_type`` in ``sent`` with the participants of its first predicate
    that names an actor, or None."""
    for token in _predicates(sent):
        actor = _actor(doc, token)
        if not coded(actor):
            continue
        ids = {a.actor for a in actor}
        recipient = [r for r in _recipient(doc, token) if r.actor not in ids]
        if codebook.types[event_type].requires_recipient and not coded(recipient):
            return None
        date = doc._.meta.date if doc._.meta else None
        year = int(date[:4]) if date and date[:4].isdigit() else None
        sentence = Sentence(start=sent.start_char, end=sent.end_char)
        return Event(
            type=event_type,
            actor=actor,
            recipient=recipient,
            modality=factuality(token, codebook, year).modality,
            score=codebook.score(event_type, None),
            quad=codebook.quad(event_type),
            trigger=CharSpan(start=token.idx, end=token.idx + len(token), text=token.text),
            sentence=sentence,
            confidence=round(p, 2),
            evidence=[sentence],
        )
    return None


def _predicates(sent: Span) -> list[Token]:
    """The root first, then the other full verbs of the sentence in order."""
    verbs = [t for t in sent if t.pos_ == "VERB" and t != sent.root]
    return [sent.root, *verbs]


def _actor(doc: Doc, token: Token) -> list[EventParticipant]:
    heads = args.agents(token) if args.is_passive(token) else args.subjects(token)
    actor = participants_in(doc, heads)
    if coded(actor):
        return actor
    quote = quote_around(doc, token)  # "…, sagte der Minister": the speaker acts
    return speaker_participants(doc, quote) if quote is not None else []


def _recipient(doc: Doc, token: Token) -> list[EventParticipant]:
    passive = args.is_passive(token)
    heads = args.objects(token) + args.datives(token)
    for prep in RECIPIENT_PREPOSITIONS:
        heads += args.prepositional([token], prep, passive)
    return unique(participants_in(doc, heads))


def _key(event: Event) -> tuple:
    return (
        event.type,
        frozenset(p.code or p.actor for p in event.actor),
        frozenset(p.code or p.actor for p in event.recipient),
        event.modality,
    )


def training_examples(
    doc: Doc, gold_events: list[dict[str, Any]]
) -> list[tuple[list[str], set[str]]]:
    """(words, types) for every sentence of an analysed gold article: the types of the gold
    events (required and optional) whose evidence is in the sentence, none for the rest."""
    from lagebild.evaluate.events import evidence_span  # evaluation imports the pipeline late

    spans = [(evidence_span(doc.text, g), g["type"]) for g in gold_events]
    examples = []
    for sent in doc.sents:
        types = {
            t for span, t in spans if span and span[0] < sent.end_char and sent.start_char < span[1]
        }
        examples.append((sentence_words(sent), types))
    return examples
