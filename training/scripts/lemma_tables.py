"""Lemma dictionaries for the ``lagebild_lemma_lookup`` component.

* pos_table: ``form<TAB>UPOS`` -> most frequent lemma in the UD *training* docs;
* form_table: spacy-lookups-data's German ``lemma_lookup`` (form -> lemma).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

import spacy
import spacy_lookups_data
from spacy.tokens import DocBin


def pos_table(train_docbins: str | list[str]) -> dict[str, str]:
    nlp = spacy.blank("de")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    if isinstance(train_docbins, str):
        train_docbins = [train_docbins]
    for path in train_docbins:
        for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
            for t in doc:
                if t.lemma_ and t.pos_:
                    counts[f"{t.text}\t{t.pos_}"][t.lemma_] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def form_table() -> dict[str, str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf8") as f:
        return json.load(f)


def corpus_vocab(raw_tok: str, min_count: int = 2) -> set[str]:
    """Forms seen at least ``min_count`` times in the tokenised raw corpus."""
    counts: Counter[str] = Counter()
    with open(raw_tok, encoding="utf8") as f:
        for line in f:
            counts.update(line.split())
    return {w for w, c in counts.items() if c >= min_count}


def filtered_form_table(raw_tok: str | None, min_count: int = 2) -> dict[str, str]:
    """The lookup table restricted to forms attested in the raw corpus (size)."""
    table = form_table()
    if not raw_tok:
        return table
    vocab = corpus_vocab(raw_tok, min_count)
    return {k: v for k, v in table.items() if k in vocab}
