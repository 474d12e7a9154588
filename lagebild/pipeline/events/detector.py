"""A learned event detector beside the codebook rules: two small models trained on gold.

- The *sentence classifier* tells which PLOVER types a sentence reports: spaCy's
  ``textcat_multilabel`` with the bag-of-words architecture (hashed unigrams, one sigmoid per
  type) over the sentence's lower-cased lemmas plus its root lemma.
- The *confidence model* tells how likely a rule event is right: the same architecture with
  one label over the event's type, whether it has a coded recipient, and the two together,
  trained on the rule events of the train articles labelled by the gold.

The component ``lagebild_event_detector`` runs after ``lagebild_events`` and

1. scores every rule event: its ``confidence`` becomes a weighted mean of the rule's
   confidence and the confidence model's probability; a rule event below ``keep`` is dropped;
2. proposes an event of type T in a sentence where no rule fired, when the sentence
   classifier's probability of T is at least ``threshold``. The participants come from the
   sentence's predicate as the rules read them: the subject (the agent of a passive, or the
   speaker of the quotation it stands in) acts; objects, the dative and prepositional
   objects receive. No actor, no event.

``threshold``, ``keep`` and the weight are chosen by cross-validation over train articles
(``lagebild evaluate events --folds K``); a part that does not help there is switched off.
Training: ``training/scripts/train_event_detector.py``; data, scores and licences:
``lagebild/models/event_detector/MODEL_CARD.md``.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from thinc.api import Model

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.codebook.loader import Codebook, load_codebook
from lagebild.codebook.quotes_loader import load_lexicon as load_reporting_lexicon
from lagebild.errors import AnalysisError, ModelNotFoundError
from lagebild.german.verbs import has_pluperfect_auxiliary
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events.candidates import VERBAL_QUADS
from lagebild.pipeline.events.modality import factuality, reported
from lagebild.pipeline.events.participants import (
    coded,
    participants_in,
    quote_around,
    speaker_of,
    speaker_participants,
    unique,
)

DETECTOR_PATH = Path(__file__).resolve().parents[2] / "models" / "event_detector"
META_FILE = "detector.json"
# 2^14 hashed features x ~15 types keeps the weights under 1 MB; the train vocabulary of
# lemmas is a few thousand, so collisions are rare.
BOW_LENGTH = 2**14
RECIPIENT_PREPOSITIONS = ("gegen", "an", "mit", "für", "zu", "nach", "bei", "über")
TARGETED_ACTS = frozenset({"ASSAULT", "COERCE"})
DEFAULT_THRESHOLD = 1.01  # an untuned model proposes nothing
COMPONENT = "lagebild_event_detector"
RIGHT = "RIGHT"
LEAD_SENTENCES = 3  # the sentences of a news story's lead
# The share of the sentence classifier's P(type | sentence) in a rule event's P(right), for a
# model trained now (a saved model keeps its own in detector.json). The confidence model reads
# how the rule found the event; the classifier, trained on the gold's evidence sentences, reads
# whether the sentence's words tell of such an act at all. Out of fold over the read articles
# (1,770 rule events) ROC AUC of right vs wrong: 0.735 P(right) alone, 0.684 P(type) alone,
# 0.752 with a share of 0.2 (0.746 at 0.35).
SENTENCE_SHARE = 0.2


def sentence_words(sent: Span) -> list[str]:
    """The classifier's view of a sentence: lower-cased lemmas and the root's lemma."""
    words = [(t.lemma_ or t.text).lower() for t in sent if not (t.is_punct or t.is_space)]
    if words:
        words.append(f"root={(sent.root.lemma_ or sent.root.text).lower()}")
    return words


@dataclass(frozen=True)
class EventContext:
    """What the confidence model reads about an article beside the event itself: the
    sentences with rule events (and how many) and the starts of the lead's sentences."""

    per_sentence: Counter[int]
    lead: tuple[int, ...]


def event_context(doc: Doc, events: list[Event]) -> EventContext:
    # only the first sentences are walked: the lead is what news conventions single out
    lead = tuple(s.start_char for s in islice(doc.sents, LEAD_SENTENCES))
    return EventContext(Counter(e.sentence.start for e in events), lead)


def event_features(
    event: Event, doc: Doc | None = None, context: EventContext | None = None
) -> list[str]:
    """The confidence model's view of a rule event: its type and whether it has a coded
    recipient; with the Doc also how the rule found it (trigger lemma and part of speech,
    mode, modality), where its participants come from (the trigger's own phrase, elsewhere
    in the sentence, an earlier sentence, or no mention: a fallback such as the home state),
    their sectors, whether it stands in a quotation or the pluperfect (background), how many
    sentences support it, how many rule events share its sentence and whether it is in the
    lead."""
    recipient = any(p.code for p in event.recipient)
    features = [
        f"type={event.type}",
        f"recipient={recipient}",
        f"type+recipient={event.type}:{recipient}",
    ]
    if doc is None:
        return features
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    features += [
        f"mode={event.type}:{event.mode}",
        f"modality={event.modality}",
        f"evidence={min(len(event.evidence), 3)}",
        f"actors={min(len(event.actor), 3)}",
        f"rule={_bucket(event.confidence)}",
        *(f"actor_sector={p.sector}" for p in unique_sectors(event.actor)),
        *(f"recipient_sector={p.sector}" for p in unique_sectors(event.recipient)),
        f"same_code={bool(_codes(event.actor) & _codes(event.recipient))}",
    ]
    if context is not None:
        position = (
            context.lead.index(event.sentence.start)
            if event.sentence.start in context.lead
            else LEAD_SENTENCES
        )
        features += [
            f"in_sentence={min(context.per_sentence[event.sentence.start], 3)}",
            f"sentence={position}",
        ]
    if trigger is None:
        return features
    lemma = (trigger.lemma_ or trigger.text).lower()
    quote = quote_around(doc, trigger)
    features += [
        f"lemma={lemma}",
        f"type+lemma={event.type}:{lemma}",
        f"pos={trigger.pos_}",
        f"dep={trigger.dep_}",
        f"quote={quote.kind if quote is not None else None}",
        f"pluperfect={has_pluperfect_auxiliary(trigger)}",
    ]
    actor = {_source(doc, p, event, trigger) for p in event.actor}
    features += [f"actor_from={w}" for w in sorted(actor)]
    features += [f"type+actor_from={event.type}:{w}" for w in sorted(actor)]
    features += [
        f"recipient_from={w}"
        for w in sorted({_source(doc, p, event, trigger) for p in event.recipient})
    ]
    return features


def unique_sectors(participants: list[EventParticipant]) -> list[EventParticipant]:
    seen: dict[str | None, EventParticipant] = {}
    for p in participants:
        seen.setdefault(p.sector, p)
    return list(seen.values())


def _codes(participants: list[EventParticipant]) -> set[str]:
    return {p.code for p in participants if p.code}


def _bucket(confidence: float) -> int:
    """The rule's confidence in steps of 0.1 from 0.4 (below: 0) to 0.8 (above: 5)."""
    return sum(confidence > edge for edge in (0.4, 0.5, 0.6, 0.7, 0.8))


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _source(doc: Doc, participant: EventParticipant, event: Event, trigger: Token) -> str:
    """Where a participant was found: ``none`` (no mention: a stand-in such as the home
    state or the domestic counterpart), ``before`` / ``after`` the event's sentence (an
    earlier subject carried over), ``phrase`` (in the trigger's own subtree) or
    ``sentence`` (elsewhere in the sentence, as a quotation's speaker is)."""
    if participant.start is None or participant.end is None:
        return "none"
    if participant.start < event.sentence.start:
        return "before"
    if participant.start >= event.sentence.end:
        return "after"
    token = _token_at(doc, participant.start, participant.end)
    return "phrase" if token is not None and trigger.is_ancestor(token) else "sentence"


class DetectorModel:
    """P(type | sentence) for the PLOVER types seen in training, P(right | rule event), and
    the gates that say how they are used."""

    def __init__(
        self,
        nlp: Language,
        calibrator: Language | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        keep: float = 0.0,
        weight: float = 0.0,
        sentence_share: float = 0.0,
    ) -> None:
        self.nlp = nlp
        # share of P(type | sentence) in a rule event's P(right) (SENTENCE_SHARE)
        self.sentence_share = sentence_share
        self.calibrator = calibrator
        self.threshold = threshold  # least probability of a proposal
        self.keep = keep  # least probability of a rule event's type for it to stay
        self.weight = weight  # share of the detector's probability in a rule event's confidence

    @property
    def active(self) -> bool:
        """Whether the model changes anything (cross-validation may switch every part off)."""
        return self.threshold <= 1.0 or (
            self.calibrator is not None and (self.keep > 0.0 or self.weight > 0.0)
        )

    @property
    def labels(self) -> tuple[str, ...]:
        textcat = cast(TextCategorizer, self.nlp.get_pipe("textcat_multilabel"))
        return tuple(textcat.labels)

    @classmethod
    def train(
        cls,
        sentences: list[tuple[list[str], set[str]]],
        labels: Iterable[str],
        events: list[tuple[list[str], bool]] | None = None,
        sentence_share: float = 0.0,
    ) -> DetectorModel:
        """Train the sentence classifier on (words, types) pairs (no types: a negative
        sentence) and, given (features, right) pairs of rule events, the confidence model."""
        calibrator = None
        if events and len({right for _, right in events}) == 2:
            data = [(words, {RIGHT} if right else set()) for words, right in events]
            calibrator = train_textcat(data, {RIGHT}, epochs=20)
        return cls(train_textcat(sentences, labels), calibrator, sentence_share=sentence_share)

    def scores(self, sents: list[Span]) -> list[dict[str, float]]:
        return self.scores_of([sentence_words(s) for s in sents])

    def scores_of(self, words: list[list[str]]) -> list[dict[str, float]]:
        """P(type) of each sentence given its ``sentence_words``."""
        return predict_cats(self.nlp, [w or ["-"] for w in words], batch_size=64)

    def rightness(self, events: list[Event], doc: Doc | None = None) -> list[float]:
        """P(right) of each rule event (1.0 without a confidence model); given the Doc the
        events were found in, the model reads their context too (``event_features``)."""
        if self.calibrator is None or not events:
            return [1.0] * len(events)
        context = event_context(doc, events) if doc is not None else None
        rows = [event_features(e, doc, context) for e in events]
        cats = predict_cats(self.calibrator, rows, batch_size=self.calibrator.batch_size)
        return [c[RIGHT] for c in cats]

    def to_disk(self, path: Path, meta: dict[str, Any] | None = None) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.nlp.to_disk(path / "textcat")
        if self.calibrator is not None:
            self.calibrator.to_disk(path / "calibrator")
        info: dict[str, Any] = {
            "threshold": self.threshold,
            "keep": self.keep,
            "weight": self.weight,
            "sentence_share": self.sentence_share,
            "labels": list(self.labels),
        }
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
        calibrator = spacy.load(path / "calibrator") if (path / "calibrator").exists() else None
        share = float(meta.get("sentence_share", 0.0))  # before session 21: none
        return cls(spacy.load(path / "textcat"), calibrator, *gates, sentence_share=share)


def predict_cats(nlp: Language, rows: list[list[str]], batch_size: int) -> list[dict[str, float]]:
    """``[doc.cats for doc in nlp.pipe((Doc(nlp.vocab, words=r) for r in rows), batch_size)]``
    without the Docs. The bag-of-words classifier (``TextCatBOW``, unigrams) reads a Doc only
    as the counts of its words' keys (ORTH), and a word's key is its string's id, known from
    the word itself; the same layers then compute the same numbers from the same arrays, batch
    by batch as the pipe groups them. A Doc per sentence or rule event (a lexeme in the vocab
    for every new word) and the pipe's machinery cost more than the model."""
    textcat = cast(TextCategorizer, nlp.get_pipe(nlp.pipe_names[-1]))
    layers = _bag_of_words_layers(textcat.model)
    if layers is None:  # another architecture: the model reads its Docs itself
        docs = (Doc(nlp.vocab, words=r) for r in rows)
        return [dict(doc.cats) for doc in nlp.pipe(docs, batch_size=batch_size)]
    counts, output = layers
    labels = textcat.labels
    cats: list[dict[str, float]] = []
    for start in range(0, len(rows), batch_size):
        batch = rows[start : start + batch_size]
        if not any(batch):  # as TextCategorizer.predict: no words at all, all zeros
            cats += [dict.fromkeys(labels, 0.0) for _ in batch]
            continue
        keys: list[int] = []
        vals: list[int] = []
        lengths: list[int] = []
        for row in batch:
            row_keys, row_vals = _word_counts(row)
            keys += row_keys
            vals += row_vals
            lengths.append(len(row_keys))
        inputs = (
            numpy.array(keys, dtype=numpy.uint64),
            numpy.array(vals, dtype="f"),
            numpy.array(lengths, dtype="int32"),
        )
        scores = output.predict(counts.predict(inputs))
        cats += [{label: float(row[j]) for j, label in enumerate(labels)} for row in scores]
    return cats


def _word_counts(words: list[str]) -> tuple[list[int], list[int]]:
    """The distinct keys of the words in ascending order and how often each occurs: what
    ``extract_ngrams`` gets from ``numpy.unique`` (a dict counts a row of a few dozen words
    in a tenth of its time)."""
    counts: dict[int, int] = {}
    for word in words:
        key = get_string_id(word)
        counts[key] = counts.get(key, 0) + 1
    keys = sorted(counts)
    return keys, [counts[k] for k in keys]


def _bag_of_words_layers(model: Model) -> tuple[Model, Model] | None:
    """The sparse linear layer and the output layer of a unigram ``TextCatBOW`` over ORTH
    (``extract_ngrams >> sparse_linear``, then ``logistic``), or None for another model."""
    nodes = {node.name: node for node in model.walk()}
    extract = nodes.get("extract_ngrams")
    names = [layer.name for layer in model.layers]
    if (
        extract is None
        or extract.attrs.get("ngram_size") != 1
        or extract.attrs.get("attr") != ORTH
        or names != ["with_cpu(extract_ngrams>>resizable(sparse_linear))", "with_cpu(logistic)"]
    ):
        return None
    return nodes["resizable(sparse_linear)"], nodes["logistic"]


def train_textcat(
    examples: list[tuple[list[str], set[str]]],
    labels: Iterable[str],
    epochs: int = 12,
    seed: int = 0,
) -> Language:
    """A bag-of-words multi-label classifier trained on (words, labels) pairs."""
    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    textcat = cast(
        TextCategorizer,
        nlp.add_pipe(
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
        ),
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
    return nlp


def hold_gate_open(nlp: Language) -> Language:
    """``nlp`` with its detector's gate held open: the detector still sets every event's
    confidence but proposes and drops none, so the events are the rules' alone (what
    ``lagebild evaluate … --rules-only`` measures, and what the rules' tests test)."""
    model = cast(EventDetector, nlp.get_pipe(COMPONENT)).model
    model.threshold, model.keep = DEFAULT_THRESHOLD, 0.0
    return nlp


@Language.factory(
    COMPONENT,
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
        else:
            doc._.events = reported(doc._.events, self.codebook)
        return doc


def detect(
    doc: Doc,
    events: list[Event],
    model: DetectorModel,
    codebook: Codebook,
    threshold: float | None = None,
    keep: float | None = None,
    weight: float | None = None,
    scores: list[dict[str, float]] | None = None,
    rightness: list[float] | None = None,
) -> list[Event]:
    """The rule events rescored (those the confidence model finds less likely right than
    ``keep`` dropped), plus the proposals in sentences without one. ``threshold``, ``keep``
    and ``weight`` default to the model's; ``scores`` (of ``doc.sents``) and ``rightness``
    (of ``events``) to what the model says (given, they spare cross-validation the work)."""
    gate = model.threshold if threshold is None else threshold
    least = model.keep if keep is None else keep
    share = model.weight if weight is None else weight
    right = rightness if rightness is not None else model.rightness(events, doc)
    sentences = doc.has_annotation("SENT_START")
    sents = list(doc.sents) if sentences else []
    if sentences and events and model.calibrator is not None and model.sentence_share > 0:
        scores = scores if scores is not None else model.scores(sents)
        right = with_sentence(events, right, sents, scores, model.sentence_share)
    kept = [rescore(e, p, share) for e, p in zip(events, right, strict=True) if p >= least]
    if gate > 1.0 or not sentences:
        return reported(kept, codebook)
    index = {s.start_char: i for i, s in enumerate(sents)}
    covered = {index.get(s.start) for e in events for s in e.evidence or [e.sentence]}
    # only a sentence without a rule event can get a proposal: the classifier scores those
    # alone (it scores each sentence by itself, so the scores are the same)
    open_ = [i for i in range(len(sents)) if i not in covered and _has_words(sents[i])]
    found: list[dict[str, float]] | dict[int, dict[str, float]] = (
        scores  # all sentences scored already (the sentence share, cross-validation)
        if scores is not None
        else dict(
            zip(open_, model.scores_of([sentence_words(sents[i]) for i in open_]), strict=True)
        )
    )
    keys = {_key(e) for e in kept}
    proposals = []
    for i in open_:
        sent = sents[i]
        if not found[i]:
            continue
        event_type, p = max(found[i].items(), key=lambda kv: kv[1])
        if p < gate or event_type not in codebook.types:
            continue
        event = propose(doc, sent, event_type, p, codebook)
        if event is not None and _key(event) not in keys:
            keys.add(_key(event))
            proposals.append(event)
    return reported(kept + proposals, codebook)


def _has_words(sent: Span) -> bool:
    """Whether ``sentence_words(sent)`` has any (without building them)."""
    return any(not (t.is_punct or t.is_space) for t in sent)


def with_sentence(
    events: list[Event],
    rightness: list[float],
    sents: list[Span],
    scores: list[dict[str, float]],
    share: float,
) -> list[float]:
    """P(right) of each rule event mixed with the sentence classifier's probability that its
    sentence tells of an act of its type (``scores`` of ``sents``)."""
    index = {s.start_char: i for i, s in enumerate(sents)}
    mixed = []
    for event, p in zip(events, rightness, strict=True):
        i = index.get(event.sentence.start)
        told = scores[i].get(event.type, 0.0) if i is not None else p
        mixed.append((1 - share) * p + share * told)
    return mixed


def rescore(event: Event, rightness: float, weight: float) -> Event:
    """The rule's confidence mixed with the confidence model's probability that it is right."""
    confidence = (1 - weight) * event.confidence + weight * rightness
    return event.model_copy(update={"confidence": round(confidence, 2)})


def propose(doc: Doc, sent: Span, event_type: str, p: float, codebook: Codebook) -> Event | None:
    """An event of ``event_type`` in ``sent`` with the participants of its first predicate
    that names an actor, or None."""
    material = codebook.quad(event_type) not in VERBAL_QUADS
    conflict_talk = codebook.quad(event_type) == "verbal_conflict"
    for token in _predicates(sent):
        if material and is_reporting_verb(token):
            continue  # "…, berichtet Reuters": who reports an attack did not commit it
        if conflict_talk and subject_is_not_speaker(token, codebook):
            continue  # "X ist für Y verantwortlich": X is accused, no accuser
        actor = _actor(doc, token, material)
        if not coded(actor):
            continue
        ids = {a.actor for a in actor}
        recipient = [r for r in _recipient(doc, token) if r.actor not in ids]
        if needs_target(event_type, codebook) and not coded(recipient):
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


def needs_target(event_type: str, codebook: Codebook) -> bool:
    """Whether a proposal of this type needs a coded recipient: the types the codebook says
    are directed at someone, and attacks and coercion, which are acts on a target (in the
    train and coded gold 86 of 88 required ASSAULT and COERCE events have one). The sentence
    classifier only says the sentence tells of such an act; a predicate with no target is
    seldom it ("Ein Gefangener starb", "sitzt in Untersuchungshaft")."""
    return codebook.types[event_type].requires_recipient or event_type in TARGETED_ACTS


def subject_is_not_speaker(token: Token, codebook: Codebook) -> bool:
    """A blame adjective or a psych verb whose subject is the blamed or the cause (the
    codebook's ``blamed_subject_adjectives`` and ``experiencer_object_verbs``): no one speaks
    there, so no accusation or rejection has the subject as its actor."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" or any(c.dep_ == "cop" for c in token.children):
        blamed = codebook.blamed_subject_adjectives
        return lemma in blamed or token.lower_ in blamed
    # a reflexive use is the speaker's own feeling ("empörte sich über"): that one speaks
    return lemma in codebook.experiencer_object_verbs and not args.is_reflexive(token)


def is_reporting_verb(token: Token) -> bool:
    """A verb of saying or reporting by the quotation finder's lexicon (berichten, erzählen,
    mitteilen, zitieren …): its subject tells of an act, the act's actor is in what is told."""
    particle = next((c.text for c in token.children if c.dep_ == "compound:prt"), "")
    return bool(load_reporting_lexicon().verbs_for(token.text, token.lemma_, particle))


def _predicates(sent: Span) -> list[Token]:
    """The root first, then the other full verbs of the sentence in order."""
    verbs = [t for t in sent if t.pos_ == "VERB" and t != sent.root]
    return [sent.root, *verbs]


def _actor(doc: Doc, token: Token, material: bool) -> list[EventParticipant]:
    heads = args.agents(token) if args.is_passive(token) else args.subjects(token)
    # as in the rules' frames, a prepositional attribute of the subject does not act
    # ("Spannungen mit den USA")
    actor = participants_in(doc, heads, names_only=True)
    if coded(actor):
        return actor
    if material:
        # who tells of an attack or an arrest did not commit it ("Nach Angaben des
        # Polizeichefs wurden 14 Häftlinge gefangen genommen"): the speaker acts only where
        # the act's subject is "wir"/"man", as in the rules
        return speaker_of(doc, token, False)
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


def event_examples(doc: Doc, gold_events: list[dict[str, Any]]) -> list[tuple[list[str], bool]]:
    """(features, right) for every rule event of an analysed gold article: right when it
    matches a required gold event; one that matches only optional ones is left out."""
    from lagebild.evaluate.events import matches

    required = [g for g in gold_events if not g.get("optional")]
    optional = [g for g in gold_events if g.get("optional")]
    events = list(doc._.events or [])
    context = event_context(doc, events)
    examples = []
    for event in events:
        right = any(matches(event, g) for g in required)
        if right or not any(matches(event, g) for g in optional):
            examples.append((event_features(event, doc, context), right))
    return examples
