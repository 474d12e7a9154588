"""Quotation marks in every German style, matched into spans."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.german.marks import QUOTE_MARK, QUOTE_PAIRS, SINGLE_MARKS
from lagebild.german.scan import doc_text
from lagebild.pipeline.quotes.core import MAX_QUOTE_CHARS


def find_quotation_marks(text: str) -> list[tuple[int, int, bool]]:
    """Character spans (start, end, outermost) of text in matching quotation marks.

    Handles „…“, »…«, «…», "…", ‚…‘, ›…‹, “…” and quotes over several paragraphs, both
    where each paragraph reopens the quote (German convention) and where only the last
    one closes it. A mark still open when the next paragraph opens a new quote is dropped.
    """
    spans: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []
    last_break = -1
    for match in QUOTE_MARK.finditer(text):
        mark, pos = match.group(), match.start()
        if stack:
            brk = text.rfind("\n", stack[-1][1], pos)
            if brk > last_break:
                last_break = brk
                reopens = mark == stack[0][0] and not text[brk:pos].strip()
                if reopens:
                    continue
                if mark not in QUOTE_PAIRS[stack[-1][0]]:
                    stack.clear()
        if stack and mark in QUOTE_PAIRS[stack[-1][0]]:
            _, start = stack.pop()
            if pos - start <= MAX_QUOTE_CHARS:
                spans.append((start, pos + 1, not stack))
            continue
        if mark in SINGLE_MARKS and not stack:
            continue  # apostrophes and stray single marks outside quotes
        if mark in QUOTE_PAIRS:  # closing-only marks (’ as an apostrophe) never open
            stack.append((mark, pos))
    spans.sort()
    return spans


def mark_token_spans(doc: Doc) -> list[tuple[int, int]]:
    """Outermost quotation-mark spans as token spans (end exclusive)."""
    spans = []
    for start, end, outermost in find_quotation_marks(doc_text(doc)):
        if not outermost:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) >= 2:
            spans.append((span.start, span.end))
    return spans
