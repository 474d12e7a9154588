"""Sentence and paragraph bounds as the quote finder uses them."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.german.marks import QUOTE_PAIRS
from lagebild.pipeline.quotes.core import SENT_END


def sentence_bounds(doc: Doc) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Sentence token spans, the sentence of every token and the paragraph of every sentence.

    The model's sentences, joined where one ends without final punctuation inside a
    paragraph (the small model splits at names and numbers: "… Meles | Zenawi hat …")."""
    if doc.has_annotation("SENT_START"):
        sents: list[tuple[int, int]] = []
        for sent in doc.sents:
            if sents and _runs_on(doc, sents[-1][1]):
                sents[-1] = (sents[-1][0], sent.end)
            else:
                sents.append((sent.start, sent.end))
    else:
        sents = [(0, len(doc))]
    sent_of = [0] * len(doc)
    para_of: list[int] = []
    para = 0
    for n, (s, e) in enumerate(sents):
        if s > 0 and "\n" in doc[s - 1].whitespace_ + (
            doc[s - 1].text if doc[s - 1].is_space else ""
        ):
            para += 1
        para_of.append(para)
        for i in range(s, e):
            sent_of[i] = n
    return sents, sent_of, para_of


def _runs_on(doc: Doc, boundary: int) -> bool:
    """Does the sentence ending before ``boundary`` go on in the next one?"""
    last = doc[boundary - 1]
    if last.text in SENT_END or last.text == ":" or last.is_space:
        return False
    if "\n" in last.whitespace_ or boundary >= len(doc):
        return False
    nxt = doc[boundary]
    if last.text in ("„", "‚"):
        return True  # German opening marks never end a sentence (schrieb „ | Die Zeit“)
    if last.text in QUOTE_PAIRS:
        # „…“ und „…“, heißt es: a closing mark is a boundary only before a new sentence
        before = doc[boundary - 2].text if boundary >= 2 else ""
        return before not in SENT_END and (nxt.is_lower or nxt.text == ",")
    return not nxt.is_space and (nxt.is_lower or nxt.pos_ in ("PROPN", "NOUN", "NUM"))
