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
from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.util import ensure_path

OPEN_CLASS = ("NOUN", "VERB", "ADJ", "AUX", "ADV")
# (form, part of speech) pairs whose answer is remembered; emptied when full, so memory stays
# flat over millions of articles (German compounds keep the vocabulary of news open-ended)
MEMO_SIZE = 100_000
_UNKNOWN: Any = object()  # not yet asked (None is an answer: no lemma of the tables)


class LemmaLookup:
    """Override lemmas from (form, POS) and form-only dictionaries."""

    def __init__(self, nlp: Language, name: str, open_class: Iterable[str] = OPEN_CLASS) -> None:
        self.name = name
        self.open_class = set(open_class)
        self.pos_table: dict[str, str] = {}  # "form\tUPOS" -> lemma
        self.form_table: dict[str, str] = {}  # form -> lemma
        self._memo: dict[tuple[int, int], tuple[str, int] | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        # the answer is the (form, part of speech) pair's alone: asked once per pair, read off
        # one array (a Token and its strings cost more than the look-up); a word is written
        # only where its lemma differs (writing the same lemma changes nothing)
        memo = self._memo
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        rows = doc.to_array([ORTH, POS, LEMMA]).tolist()
        for i, (orth, pos, lemma_key) in enumerate(rows):
            found = memo.get((orth, pos), _UNKNOWN)
            if found is _UNKNOWN:
                found = memo[orth, pos] = self._lemma(doc[i])
            if found is not None and found[1] != lemma_key:
                doc[i].lemma_ = found[0]
        return doc

    def _lemma(self, token: Token) -> tuple[str, int] | None:
        """The tables' lemma of the token's form and part of speech, with its string key."""
        text = token.text
        pos = token.pos_
        lemma = self.pos_table.get(f"{text}\t{pos}")
        if lemma is None and pos in self.open_class:
            lemma = self.form_table.get(text)
        return None if lemma is None else (lemma, get_string_id(lemma))

    def set_tables(self, pos_table: dict[str, str], form_table: dict[str, str]) -> None:
        self.pos_table = dict(pos_table)
        self.form_table = dict(form_table)
        self._memo = {}

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
        self._memo = {}
        return self


@Language.factory(
    "lagebild_lemma_lookup",
    default_config={"open_class": list(OPEN_CLASS)},
    assigns=["token.lemma"],
    requires=["token.pos"],
)
def make_lemma_lookup(nlp: Language, name: str, open_class: list[str]) -> LemmaLookup:
    return LemmaLookup(nlp, name, open_class)
