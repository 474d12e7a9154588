"""Experiment only (not in the shipped model): a gazetteer feature for the token encoder.

Registered for ``spacy train --code scripts/gazetteer_feature.py`` by
``configs/experiments/gazetteer.cfg``; the model card has its dev scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path


class Gazetteer:
    """Mark each token with the knowledge-base class of the name it is part of, as a
    feature for the token encoder (``ENT_ID``, read by ``MultiHashEmbed`` before the
    NER sets entities): ``gaz:LOC``, ``gaz:LOCderiv``, ``gaz:ORG``, ``gaz:PER``, or the
    ``-part`` class of a compound on a name (*Nato-Osterweiterung*). The names are a
    frozen copy of the actor knowledge base's unambiguous surfaces, written with the
    model, so the model does not change when the knowledge base is edited."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self.labels: dict[str, str] = {}  # surface -> GermEval label

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        from lagebild.kb.loader import get_kb
        from lagebild.pipeline.entities import KBSurfaces

        surfaces = KBSurfaces.from_kb(get_kb())
        self.labels = {s: label for label, forms in surfaces.by_label.items() for s in forms}
        self._index()

    def _index(self) -> None:
        self.sequences: dict[tuple[str, ...], str] = {}
        for surface, label in self.labels.items():
            self.sequences[tuple(surface.split())] = label
        self.first_words = {key[0] for key in self.sequences}
        self.longest = max((len(key) for key in self.sequences), default=0)

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        classes = [""] * len(words)
        i = 0
        while i < len(words):
            n = self._match_length(words, i)
            if n:
                label = self.sequences[tuple(words[i : i + n])]
                classes[i : i + n] = [label] * n
                i += n
                continue
            head, sep, rest = words[i].partition("-")
            if sep and rest[:1].isupper() and self.labels.get(head) in ("LOC", "ORG"):
                classes[i] = self.labels[head] + "part"
            i += 1
        for token, cls in zip(doc, classes, strict=True):
            if cls:
                token.ent_id_ = "gaz:" + cls
        return doc

    def _match_length(self, words: list[str], i: int) -> int:
        if words[i] not in self.first_words:
            return 0
        for n in range(min(self.longest, len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in self.sequences:
                return n
        return 0

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "names.msgpack", self.labels)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Gazetteer:
        self.labels = srsly.read_msgpack(ensure_path(path) / "names.msgpack")
        self._index()
        return self


@Language.factory("lagebild_gazetteer", assigns=["token.ent_id"])
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp, name)
