"""Custom spaCy components used by the shipped pipeline ``de_lagebild``.

Import this module before ``spacy.load("lagebild/models/de_lagebild")`` so that
the factories below are registered (``lagebild.load()`` does it).

``lagebild_lemma_lookup`` runs after the trainable (edit-tree) lemmatizer and
overrides its guess with dictionary lemmas:

1. ``(form, UPOS)`` -> lemma, the most frequent lemma in the UD training data;
2. for open-class words (NOUN, VERB, ADJ, ...) not found there, ``form`` -> lemma
   from the German lookup table of spacy-lookups-data (MIT licence);
3. otherwise the edit-tree lemma is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

OPEN_CLASS = ("NOUN", "VERB", "ADJ", "AUX", "ADV")


class LemmaLookup:
    """Override lemmas from (form, POS) and form-only dictionaries."""

    def __init__(self, nlp: Language, name: str, open_class: Iterable[str] = OPEN_CLASS) -> None:
        self.name = name
        self.open_class = set(open_class)
        self.pos_table: dict[str, str] = {}  # "form\tUPOS" -> lemma
        self.form_table: dict[str, str] = {}  # form -> lemma

    def __call__(self, doc: Doc) -> Doc:
        pos_table = self.pos_table
        form_table = self.form_table
        open_class = self.open_class
        for token in doc:
            text = token.text
            pos = token.pos_
            lemma = pos_table.get(f"{text}\t{pos}")
            if lemma is None and pos in open_class:
                lemma = form_table.get(text)
            if lemma is not None:
                token.lemma_ = lemma
        return doc

    def set_tables(self, pos_table: dict[str, str], form_table: dict[str, str]) -> None:
        self.pos_table = dict(pos_table)
        self.form_table = dict(form_table)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(
            path / "tables.msgpack",
            {"pos_table": self.pos_table, "form_table": self.form_table,
             "open_class": sorted(self.open_class)},
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> LemmaLookup:
        data: dict[str, Any] = srsly.read_msgpack(ensure_path(path) / "tables.msgpack")
        self.pos_table = data["pos_table"]
        self.form_table = data["form_table"]
        self.open_class = set(data["open_class"])
        return self


@Language.factory(
    "lagebild_lemma_lookup",
    default_config={"open_class": list(OPEN_CLASS)},
    assigns=["token.lemma"],
    requires=["token.pos"],
)
def make_lemma_lookup(nlp: Language, name: str, open_class: list[str]) -> LemmaLookup:
    return LemmaLookup(nlp, name, open_class)
