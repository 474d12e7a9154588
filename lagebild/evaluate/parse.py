"""Tagging, morphology, lemma and dependency evaluation on CoNLL-U files.

Gold tokens are used: each sentence becomes one ``Doc`` built from its syntactic
words (multiword-token range lines such as ``4-5 zum`` and empty nodes ``8.1`` are
skipped, their parts ``zu dem`` are the tokens), and the pipeline components run
on it. Scores are token-level accuracies over all syntactic words (punctuation
included, as in the CoNLL 2018 shared task):

* ``upos``, ``xpos`` (STTS, ``token.tag_``), ``lemma`` (exact, case-sensitive);
* ``feats``: the full FEATS set must match (order-insensitive; ``_`` = no features);
* ``per_feature``: for Case, Mood, Number, Gender, Person, Tense, VerbForm:
  ``accuracy`` over all words (absence counts as a value) and ``accuracy_gold``
  over the words whose gold FEATS carry the feature;
* ``uas``/``las`` (LAS with full labels incl. subtypes such as ``det:poss``) and
  ``las_universal`` (subtypes stripped, the CoNLL 2018 definition).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PER_FEATURES = ("Case", "Mood", "Number", "Gender", "Person", "Tense", "VerbForm")


@dataclass
class Word:
    id: int
    cols: list[str]  # the 10 CoNLL-U columns
    space_after: bool = True

    @property
    def form(self) -> str:
        return self.cols[1]


@dataclass
class Sentence:
    """One CoNLL-U sentence: the raw lines (for write-back) and its syntactic words."""

    lines: list[str] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)


def read_conllu(path: Path) -> list[Sentence]:
    """Read a CoNLL-U file into sentences of syntactic words (see ``syntactic_words``)."""
    sentences: list[Sentence] = []
    block: list[str] = []
    for line in [*Path(path).read_text(encoding="utf8").splitlines(), ""]:
        if line.strip():
            block.append(line)
            continue
        words = syntactic_words(block, str(path))
        if words:
            sentences.append(Sentence(block, words))
        block = []
    return sentences


def syntactic_words(lines: list[str], source: str = "") -> list[Word]:
    """The syntactic words of one sentence's CoNLL-U lines: comments, empty nodes and
    multiword ranges skipped, a range's SpaceAfter given to its last word."""
    words: list[Word] = []
    mwt_end = -1
    mwt_space = True
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"{source}: not a CoNLL-U line: {line!r}")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            mwt_end = int(cols[0].split("-")[1])
            mwt_space = "SpaceAfter=No" not in cols[9]
            continue
        idx = int(cols[0])
        if idx < mwt_end:
            space = True
        elif idx == mwt_end:
            space = mwt_space
        else:
            space = "SpaceAfter=No" not in cols[9]
        words.append(Word(idx, cols, space))
    return words


def feats_dict(feats: str) -> dict[str, str]:
    """``Case=Nom|Number=Sing`` -> dict; ``_`` or empty -> {}."""
    if not feats or feats == "_":
        return {}
    out: dict[str, str] = {}
    for part in feats.split("|"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def _deprel(label: str) -> str:
    return "root" if label.lower() == "root" else label


def _doc(nlp: Language, sent: Sentence) -> Doc:
    from spacy.tokens import Doc

    spaces = [w.space_after for w in sent.words]
    spaces[-1] = False
    return Doc(nlp.vocab, words=[w.form for w in sent.words], spaces=spaces)


def predicted_rows(doc: Doc) -> list[dict[str, Any]]:
    """Per token: upos, xpos, feats (dict), lemma, head (1-based, 0 = root), deprel."""
    rows: list[dict[str, Any]] = []
    for tok in doc:
        head = 0 if tok.head.i == tok.i else tok.head.i + 1
        rows.append(
            {
                "upos": tok.pos_ or "_",
                "xpos": tok.tag_ or "_",
                "feats": feats_dict(str(tok.morph)),
                "lemma": tok.lemma_ or "_",
                "head": head,
                "deprel": _deprel(tok.dep_) if tok.dep_ else "_",
            }
        )
    return rows


def _feats_str(feats: dict[str, str]) -> str:
    if not feats:
        return "_"
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower()))


def write_conllu(
    sentences: list[Sentence], predictions: list[list[dict[str, Any]]], out: Path
) -> None:
    """Write the sentences back with predicted columns 3-8 (LEMMA..DEPREL).

    Comments, multiword-token range lines and empty nodes are copied unchanged.
    """
    lines: list[str] = []
    for sent, rows in zip(sentences, predictions, strict=True):
        by_id = {w.id: r for w, r in zip(sent.words, rows, strict=True)}
        for line in sent.lines:
            cols = line.split("\t")
            if line.startswith("#") or "-" in cols[0] or "." in cols[0]:
                lines.append(line)
                continue
            r = by_id[int(cols[0])]
            new = (
                cols[:2]
                + [
                    r["lemma"],
                    r["upos"],
                    r["xpos"],
                    _feats_str(r["feats"]),
                    str(r["head"]),
                    r["deprel"],
                    "_",
                ]
                + cols[9:]
            )
            lines.append("\t".join(new))
        lines.append("")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf8")


def evaluate_parse(
    nlp: Language, path: Path, write_predictions: Path | None = None
) -> dict[str, Any]:
    """Evaluate tags, morphology, lemmas and dependencies of ``nlp`` on a CoNLL-U file.

    Returns a JSON-serialisable dict of accuracies (see the module docstring) plus
    word and sentence counts; optionally writes the predictions as CoNLL-U.
    """
    sentences = read_conllu(Path(path))
    docs = nlp.pipe((_doc(nlp, s) for s in sentences), batch_size=256)
    predictions = [predicted_rows(doc) for doc in docs]

    n = 0
    hits: Counter[str] = Counter()
    feat_all: Counter[str] = Counter()
    feat_gold_n: Counter[str] = Counter()
    feat_gold_hit: Counter[str] = Counter()
    for sent, rows in zip(sentences, predictions, strict=True):
        for word, pred in zip(sent.words, rows, strict=True):
            gold = word.cols
            n += 1
            g_feats = feats_dict(gold[5])
            g_head = int(gold[6]) if gold[6].isdigit() else -1
            g_rel = _deprel(gold[7])
            hits["upos"] += pred["upos"] == gold[3]
            hits["xpos"] += pred["xpos"] == gold[4]
            hits["lemma"] += pred["lemma"] == gold[2]
            hits["feats"] += pred["feats"] == g_feats
            hits["upos_feats"] += pred["feats"] == g_feats and pred["upos"] == gold[3]
            head_ok = pred["head"] == g_head
            hits["uas"] += head_ok
            hits["las"] += head_ok and pred["deprel"] == g_rel
            hits["las_universal"] += head_ok and pred["deprel"].split(":")[0] == g_rel.split(":")[0]
            for feat in PER_FEATURES:
                g_val = g_feats.get(feat)
                p_val = pred["feats"].get(feat)
                feat_all[feat] += g_val == p_val
                if g_val is not None:
                    feat_gold_n[feat] += 1
                    feat_gold_hit[feat] += g_val == p_val

    def acc(k: str) -> float:
        return hits[k] / n if n else 0.0

    result: dict[str, Any] = {
        key: acc(key)
        for key in ("upos", "xpos", "feats", "upos_feats", "lemma", "uas", "las", "las_universal")
    }
    result["per_feature"] = {
        feat: {
            "accuracy": feat_all[feat] / n if n else 0.0,
            "accuracy_gold": (
                feat_gold_hit[feat] / feat_gold_n[feat] if feat_gold_n[feat] else 0.0
            ),
            "gold_count": feat_gold_n[feat],
        }
        for feat in PER_FEATURES
    }
    result["words"] = n
    result["sentences"] = len(sentences)
    result["file"] = str(path)
    if write_predictions is not None:
        write_conllu(sentences, predictions, Path(write_predictions))
    return result
