"""Sentence starts at line breaks, so headlines and sub-headings without final
punctuation do not run into the next sentence. Runs before the parser, which
keeps boundaries already set and decides the rest."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "lagebild_sentences",
    requires=[],
    assigns=["token.is_sent_start"],
)
def make_sentence_breaks(nlp: Language, name: str) -> LineBreakSentences:
    return LineBreakSentences()


class LineBreakSentences:
    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_line_starts(doc))
        return doc


def find_line_starts(doc: Doc) -> list[int]:
    """Indices of the first non-space token after every line break."""
    starts = []
    after_break = False
    for token in doc:
        if token.is_space or not token.text.strip():
            after_break = after_break or "\n" in token.text
        else:
            if after_break and token.i > 0:
                starts.append(token.i)
            after_break = "\n" in token.whitespace_
    return starts


def set_annotations(doc: Doc, starts: list[int]) -> None:
    for i in starts:
        doc[i].is_sent_start = True
