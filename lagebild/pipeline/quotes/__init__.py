"""Quotations: who said what, in direct, indirect, free indirect and reported speech.

Finds, per article, the quoted content, its kind, the cue (reporting verb or source
phrase), the speaker mention and the addressee, and writes ``doc._.quotes`` as a list
of ``lagebild.analysis.Quote``. Spans follow the German Wikinews quotation corpus
(Petersen-Frey & Biemann 2024): direct quotes include their quotation marks; indirect
quotes are the reported clause without the frame and final punctuation; free indirect
and reported quotes are whole sentences. The speaker is the nearest mention naming the
speaker (a pronoun stays a pronoun; its actor comes from the actor linker's mentions).

The steps run in order of reliability, and a later step never takes tokens an earlier
one has taken: direct quotes, indirect speech (reporting verbs and source phrases),
free indirect speech (Konjunktiv continuing a report), reported speech acts.
"""

from __future__ import annotations

from lagebild.german.marks import QUOTE_PAIRS
from lagebild.german.verbs import is_konjunktiv1
from lagebild.pipeline.quotes.core import Found
from lagebild.pipeline.quotes.finder import QuoteFinder, find_quotes, set_annotations
from lagebild.pipeline.quotes.marks import find_quotation_marks

__all__ = [
    "QUOTE_PAIRS",
    "Found",
    "QuoteFinder",
    "find_quotation_marks",
    "find_quotes",
    "is_konjunktiv1",
    "set_annotations",
]
