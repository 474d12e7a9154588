"""The event coder's parse repairs measured on a treebank: does each state something true?

The repairs (``lagebild/pipeline/events/repair.py``) rewrite heads, labels, tags and lemmas the
model got wrong in news German. Whether a repair states something true of German, and not only
of the sentences it was fitted to, can be tested on gold trees: run the model (and the
components the repairs read: sentences, entities, actors) on each CoNLL-U sentence with gold
tokens, then apply each repair alone to the model's analysis, and all of them together in the
coder's order, and score every version against the gold tree.

The names component's two repairs (a person's name particle read as a preposition, a common
noun read as a further word of a name) are measured the same way: the model's analysis is
taken with them left out. Per repair: LAS/UAS/lemma accuracy before → after, and the arcs it
changed, counted as ``right`` (wrong before, right after), ``wrong`` (right before, wrong
after) and ``other`` (wrong before and after). A repair whose ``wrong`` outnumber its
``right`` lowers LAS on
German text: its condition is too broad or false.

    python -m lagebild.evaluate.repairs [FILE.conllu ...] [--json OUT]

(default: GSD dev and the PUD part of /work/shared/data/ud_german). The shipped model was
trained on all of ud_german: its parse there is better than on unseen text, so fewer arcs are
left to repair than in news, but an arc a repair breaks there is broken all the same.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from thinc.types import Ints2d

from lagebild.evaluate.parse import Sentence, _deprel, _doc, read_conllu

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

UD = Path("/work/shared/data/ud_german")
DEFAULT_FILES = (UD / "de_gsd-ud-dev.conllu", UD / "de_pud-ud-part.conllu")
# what a repair may rewrite: restored from the model's analysis before each repair
ANALYSIS = [HEAD, DEP, POS, TAG, LEMMA, MORPH]
# the components after the ones the repairs read: not run
NOT_RUN = ("lagebild_events", "lagebild_event_detector", "lagebild_places", "lagebild_quotes")
ALL = "all (coder order)"


@dataclass
class Score:
    """Arc and lemma hits of one version of the analysis, and its changes to the model's."""

    words: int = 0
    uas: int = 0
    las: int = 0
    lemma: int = 0
    changed: Counter[str] = field(default_factory=Counter)

    def row(self) -> dict[str, Any]:
        n = self.words or 1
        return {
            "uas": round(self.uas / n, 5),
            "las": round(self.las / n, 5),
            "lemma": round(self.lemma / n, 5),
            "arcs_right": self.changed["arc_right"],
            "arcs_wrong": self.changed["arc_wrong"],
            "arcs_other": self.changed["arc_other"],
            "lemmas_right": self.changed["lemma_right"],
            "lemmas_wrong": self.changed["lemma_wrong"],
        }


# the two repairs of the names component (lagebild_entities), run before the coder's
ENTITY_REPAIRS = ("repair_name_particles", "repair_nouns_in_names")


def repairs() -> list[tuple[str, Callable[[Doc], object]]]:
    """The names component's repairs, then the coder's in its order (``coder.PARSE_REPAIRS``),
    each as a call on a Doc."""
    from lagebild.codebook.loader import load_codebook
    from lagebild.german import names
    from lagebild.pipeline.events.coder import PARSE_REPAIRS

    codebook = load_codebook(None)
    out: list[tuple[str, Callable[[Doc], object]]] = [
        (f"entities: {name.removeprefix('repair_')}", getattr(names, name))
        for name in ENTITY_REPAIRS
    ]
    for function, with_codebook in PARSE_REPAIRS:
        name = function.__name__.removeprefix("repair_")
        out.append((name, _with_codebook(function, codebook) if with_codebook else function))
    return out


def _with_codebook(function: Callable[..., object], codebook: Any) -> Callable[[Doc], object]:
    def call(doc: Doc) -> object:
        return function(doc, codebook)

    return call


def _gold(sent: Sentence) -> list[tuple[int, str, str]]:
    """Per word: gold head (0 = root), label, lemma."""
    rows = []
    for w in sent.words:
        head = int(w.cols[6]) if w.cols[6].isdigit() else -1
        rows.append((head, _deprel(w.cols[7]), w.cols[2]))
    return rows


def _analysis(doc: Doc) -> list[tuple[int, str, str]]:
    """Per token: predicted head (1-based, 0 = root), label, lemma."""
    return [(0 if t.head.i == t.i else t.head.i + 1, _deprel(t.dep_), t.lemma_) for t in doc]


def _tally(score: Score, gold: list[tuple[int, str, str]], before: list[tuple[int, str, str]],
           after: list[tuple[int, str, str]]) -> None:  # fmt: skip
    for g, b, a in zip(gold, before, after, strict=True):
        score.words += 1
        arc_ok = a[:2] == g[:2]
        score.uas += a[0] == g[0]
        score.las += arc_ok
        score.lemma += a[2] == g[2]
        if a[:2] != b[:2]:
            was_ok = b[:2] == g[:2]
            key = "arc_right" if arc_ok and not was_ok else "arc_wrong" if was_ok else "arc_other"
            score.changed[key] += 1
        if a[2] != b[2]:
            if a[2] == g[2]:
                score.changed["lemma_right"] += 1
            elif b[2] == g[2]:
                score.changed["lemma_wrong"] += 1


def _apply(doc: Doc, calls: Iterable[Callable[[Doc], object]], model: Ints2d) -> None:
    """Apply the repairs in turn; a cycle restores the model's tree, as the coder does."""
    from lagebild.pipeline.events.repair import has_cycle

    for call in calls:
        call(doc)
    if has_cycle(doc):
        doc.from_array(ANALYSIS, model)


@contextmanager
def without_entity_repairs() -> Iterator[None]:
    """The names component runs without its two parse repairs (measured as repairs here)."""
    from lagebild.pipeline import entities

    kept = {name: getattr(entities, name) for name in ENTITY_REPAIRS}
    try:
        for name in ENTITY_REPAIRS:
            setattr(entities, name, lambda doc: [])
        yield
    finally:
        for name, function in kept.items():
            setattr(entities, name, function)


def measure(nlp: Language, files: Iterable[Path], examples: int = 0) -> dict[str, Any]:
    """Scores of the model alone, of each repair alone and of all repairs, over ``files``;
    with ``examples``, up to that many changed arcs per repair (sentence, word, gold, before,
    after) to read."""
    named = repairs()
    scores: dict[str, Score] = {"model": Score(), **{n: Score() for n, _ in named}, ALL: Score()}
    shown: dict[str, list[dict[str, Any]]] = {n: [] for n, _ in named}
    sentences = [s for f in files for s in read_conllu(Path(f))]
    with without_entity_repairs():
        docs = list(nlp.pipe((_doc(nlp, s) for s in sentences), batch_size=64))
    for sent, doc in zip(sentences, docs, strict=True):
        gold = _gold(sent)
        model = cast(Ints2d, doc.to_array(ANALYSIS))
        before = _analysis(doc)
        _tally(scores["model"], gold, before, before)
        for name, call in named:
            _apply(doc, [call], model)
            after = _analysis(doc)
            _tally(scores[name], gold, before, after)
            if examples and len(shown[name]) < examples and after != before:
                shown[name].append(_example(doc, gold, before, after))
            doc.from_array(ANALYSIS, model)
        _apply(doc, [c for _, c in named], model)
        _tally(scores[ALL], gold, before, _analysis(doc))
    result: dict[str, Any] = {name: s.row() for name, s in scores.items()}
    result["files"] = [str(f) for f in files]
    result["sentences"] = len(sentences)
    if examples:
        result["examples"] = {n: e for n, e in shown.items() if e}
    return result


def _example(doc: Doc, gold: list[tuple[int, str, str]], before: list[tuple[int, str, str]],
             after: list[tuple[int, str, str]]) -> dict[str, Any]:  # fmt: skip
    def arc(row: tuple[int, str, str]) -> str:
        return f"{row[1]}<-{doc[row[0] - 1].text if row[0] else 'ROOT'}"

    changes = [
        f"{doc[i].text}: gold {arc(g)} model {arc(b)} repair {arc(a)}"
        for i, (g, b, a) in enumerate(zip(gold, before, after, strict=True))
        if a != b
    ]
    return {"text": doc.text, "changes": changes}


def table(result: dict[str, Any]) -> str:
    """The per-repair scores as a Markdown table (LAS, UAS, lemma as differences to the model)."""
    base = result["model"]
    lines = [
        "| repair | LAS | UAS | lemma | arcs right | arcs wrong | arcs other |",
        "|---|---|---|---|---|---|---|",
        f"| model | {base['las']:.4f} | {base['uas']:.4f} | {base['lemma']:.4f} | | | |",
    ]
    for name, row in result.items():
        if not isinstance(row, dict) or name in ("model", "examples"):
            continue
        if row == {**base} or not (row["arcs_right"] or row["arcs_wrong"] or row["arcs_other"]
                                   or row["lemmas_right"] or row["lemmas_wrong"]):  # fmt: skip
            lines.append(f"| {name} | ±0 | ±0 | ±0 | 0 | 0 | 0 |")
            continue
        delta = {k: (row[k] - base[k]) * 100 for k in ("las", "uas", "lemma")}
        lines.append(
            f"| {name} | {delta['las']:+.2f} | {delta['uas']:+.2f} | {delta['lemma']:+.2f} "
            f"| {row['arcs_right']} | {row['arcs_wrong']} | {row['arcs_other']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--json", type=Path, help="write the full result here")
    parser.add_argument("--examples", type=int, default=0, help="changed arcs shown per repair")
    args = parser.parse_args(argv)
    from lagebild.pipeline import build_pipeline

    nlp = build_pipeline(exclude=NOT_RUN)
    result = measure(nlp, args.files, args.examples)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf8")
    sys.stdout.write(table(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
