"""GermEval 2014 NER evaluation (outer level, strict chunk metric).

File format (GermEval 2014): one token per line, ``idx<TAB>token<TAB>outer<TAB>inner``,
sentences separated by blank lines, each optionally preceded by a ``#<TAB>source``
comment line. Labels are IOB2 (``B-PER``, ``I-LOCderiv``, ``O``...).

The metric is the official GermEval 2014 "outer chunk" strict metric: a predicted
entity counts only if its span *and* label both match a gold entity exactly
(conlleval-style chunking). Gold tokens are used as given; the pipeline runs on
``Doc`` objects built from them, so tokenisation never affects the score.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAIN_LABELS = ("PER", "ORG", "LOC", "OTH")
GERMEVAL_LABELS = tuple(
    f"{base}{suffix}" for base in MAIN_LABELS for suffix in ("", "deriv", "part")
)

Chunk = tuple[int, int, str]  # (start token, end token exclusive, label)

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}


@dataclass
class Sentence:
    """One GermEval sentence: raw rows (for write-back) and the token rows."""

    comment: str | None = None
    rows: list[list[str]] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return [r[1] for r in self.rows]

    @property
    def outer(self) -> list[str]:
        return [r[2] if len(r) > 2 else "O" for r in self.rows]


def read_germeval(path: Path) -> list[Sentence]:
    """Read a GermEval 2014 TSV file into sentences."""
    sentences: list[Sentence] = []
    current = Sentence()
    for line in Path(path).read_text(encoding="utf8").splitlines():
        if not line.strip():
            if current.rows:
                sentences.append(current)
            current = Sentence()
            continue
        if line.startswith("#"):
            if current.rows:  # comment without a blank line before it
                sentences.append(current)
                current = Sentence()
            current.comment = line
            continue
        current.rows.append(line.split("\t"))
    if current.rows:
        sentences.append(current)
    return sentences


def chunks(tags: Iterable[str]) -> set[Chunk]:
    """Entity chunks of an IOB/IOB2 tag sequence, conlleval-style.

    An ``I-X`` after ``O`` or after a different type starts a new chunk (as in
    conlleval, used by the GermEval 2014 evaluation script).
    """
    found: set[Chunk] = set()
    start: int | None = None
    label = ""
    n = 0
    for i, tag in enumerate(tags):
        n = i + 1
        prefix, _, typ = tag.partition("-")
        if tag == "O" or not typ:
            prefix, typ = "O", ""
        begins = prefix == "B" or (prefix == "I" and (start is None or typ != label))
        ends = start is not None and (prefix == "O" or begins)
        if ends:
            assert start is not None
            found.add((start, i, label))
            start = None
        if begins:
            start, label = i, typ
    if start is not None:
        found.add((start, n, label))
    return found


def _prf(correct: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "gold": n_gold,
        "predicted": n_pred,
        "correct": correct,
    }


def score_chunks(gold: list[set[Chunk]], pred: list[set[Chunk]]) -> dict[str, Any]:
    """Strict chunk P/R/F overall and per label, plus the four main labels.

    ``main4`` scores only PER/ORG/LOC/OTH entities (the -deriv/-part entities are
    ignored on both sides); ``collapsed`` maps every -deriv/-part label to its
    main label before scoring.
    """
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for c in g:
            n_gold[c[2]] += 1
        for c in p:
            n_pred[c[2]] += 1
        for c in g & p:
            tp[c[2]] += 1
    labels = sorted(set(n_gold) | set(n_pred) | set(GERMEVAL_LABELS))
    per_label = {lab: _prf(tp[lab], n_pred[lab], n_gold[lab]) for lab in labels}
    overall = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    main4 = _prf(
        sum(tp[lab] for lab in MAIN_LABELS),
        sum(n_pred[lab] for lab in MAIN_LABELS),
        sum(n_gold[lab] for lab in MAIN_LABELS),
    )

    def base(label: str) -> str:
        for m in MAIN_LABELS:
            if label.startswith(m):
                return m
        return label

    def collapse(cs: set[Chunk]) -> set[Chunk]:
        return {(s, e, base(lab)) for s, e, lab in cs}

    c_tp = c_gold = c_pred = 0
    for g, p in zip(gold, pred, strict=True):
        cg, cp = collapse(g), collapse(p)
        c_tp += len(cg & cp)
        c_gold += len(cg)
        c_pred += len(cp)
    return {
        "overall": overall,
        "per_label": per_label,
        "main4": main4,
        "collapsed": _prf(c_tp, c_pred, c_gold),
    }


def _spaces(words: list[str]) -> list[bool]:
    spaces = [True] * len(words)
    for i, w in enumerate(words):
        if w in _NO_SPACE_AFTER:
            spaces[i] = False
        if i > 0 and w in _NO_SPACE_BEFORE:
            spaces[i - 1] = False
    if spaces:
        spaces[-1] = False
    return spaces


def doc_iob(doc: Doc) -> list[str]:
    """IOB2 tags of a Doc's entities."""
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = f"B-{ent.label_}"
        for i in range(ent.start + 1, ent.end):
            tags[i] = f"I-{ent.label_}"
    return tags


def predict(nlp: Language, sentences: list[Sentence], batch_size: int = 256) -> Iterator[list[str]]:
    """Run the pipeline on Docs built from the gold tokens; yield IOB2 tags."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=s.words, spaces=_spaces(s.words)) for s in sentences)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield doc_iob(doc)


def write_germeval(sentences: list[Sentence], predictions: list[list[str]], out: Path) -> None:
    """Write the sentences back with the predicted outer label in column 3."""
    lines: list[str] = []
    for sent, tags in zip(sentences, predictions, strict=True):
        if sent.comment is not None:
            lines.append(sent.comment)
        for row, tag in zip(sent.rows, tags, strict=True):
            new = list(row)
            while len(new) < 4:
                new.append("O")
            new[2] = tag
            lines.append("\t".join(new))
        lines.append("")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf8")


def evaluate_ner(
    nlp: Language, path: Path, write_predictions: Path | None = None
) -> dict[str, Any]:
    """Evaluate ``nlp``'s entities on a GermEval 2014 file (outer level, strict).

    Returns a JSON-serialisable dict: ``overall``/``main4``/``collapsed`` P/R/F1 and
    ``per_label`` scores for the 12 outer labels (and any other label seen), plus
    token and sentence counts. With ``write_predictions`` the file is written back
    with the predicted outer label in the third column.
    """
    sentences = read_germeval(Path(path))
    predictions = list(predict(nlp, sentences))
    gold = [chunks(s.outer) for s in sentences]
    pred = [chunks(p) for p in predictions]
    result = score_chunks(gold, pred)
    result["sentences"] = len(sentences)
    result["tokens"] = sum(len(s.rows) for s in sentences)
    result["file"] = str(path)
    if write_predictions is not None:
        write_germeval(sentences, predictions, Path(write_predictions))
    return result
