"""Free indirect speech: Konjunktiv sentences that go on with a report."""

from __future__ import annotations

from spacy.tokens import Doc

from lagebild.codebook.quotes_loader import (
    ReportingLexicon,
)
from lagebild.german.marks import QUOTE_PAIRS
from lagebild.german.verbs import is_konjunktiv, is_konjunktiv1
from lagebild.pipeline.quotes.core import CONDITIONAL_VERBS, FREE_INDIRECT_REACH, Found, SearchState
from lagebild.pipeline.quotes.grammar import (
    sentence_actor,
    sentence_reporter,
    trim,
    trim_keep_final,
)
from lagebild.pipeline.quotes.indirect import main_clause_verb

# "möchte" is the everyday present of wanting, not a Konjunktiv of report
WISH_FORMS = frozenset({"möchte", "möchten"})


def konjunktiv_sentence(doc: Doc, lo: int, hi: int, lexicon: ReportingLexicon) -> str | None:
    """The mood of a sentence's main clause: 'k1' for Konjunktiv I (Das Bündnis müsse …),
    'k1_ending' for a form that only its ending marks as Konjunktiv I (nehme, ändere),
    'k2' for Konjunktiv II, 'hearsay' for the modal of reported claims with a perfect
    infinitive (Er soll … bestochen haben), 'plan' for the same modal without one (Der
    Start soll im Mai stattfinden), None otherwise. Verbs in quotation marks and in
    subordinate clauses do not count."""
    start = lo
    while start < hi and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= hi or doc[start].text in QUOTE_PAIRS:
        return None
    verb = main_clause_verb(doc, start, hi)
    if verb is None or verb.i == start and verb.lower_ in CONDITIONAL_VERBS:
        return None
    if _inside_marks(doc, lo, verb.i):
        return None
    if is_konjunktiv1(verb, lexicon):
        return "k1"
    if (
        verb.tag_.endswith("FIN")
        and is_konjunktiv1(verb, lexicon, by_ending=True)
        and verb.i > start
    ):
        return "k1_ending"  # "Die Konsequenzen nehme er in Kauf": only near a report
    if verb.lower_ in lexicon.hearsay_modals:
        # a perfect infinitive makes it a claim about the past (soll … getötet
        # worden sein), without one it may be a plan (soll im Mai beginnen)
        tail = [x.lower_ for x in doc[max(lo, hi - 4) : hi]]
        return "hearsay" if "sein" in tail or "haben" in tail else "plan"
    if (
        verb.lower_ in lexicon.konjunktiv2_forms
        and verb.lower_ not in WISH_FORMS
        and doc[start].lower_ not in ("wenn", "falls")
    ):
        return "k2"
    return None


def _inside_marks(doc: Doc, lo: int, i: int) -> bool:
    """Is token i inside quotation marks opened in this sentence?"""
    stack: list[str] = []
    for t in doc[lo:i]:
        if stack and t.text in QUOTE_PAIRS[stack[-1]]:
            stack.pop()
        elif t.text in QUOTE_PAIRS:
            stack.append(t.text)
    return bool(stack)


def find_free_indirect(
    state: SearchState, sents: list[tuple[int, int]], sent_of: list[int], para_of: list[int]
) -> None:
    """Konjunktiv sentences that go on with a report without a frame of their own."""
    doc = state.doc
    report_sents = {sent_of[f.end - 1]: f for f in sorted(state.found, key=lambda f: f.start)}
    last_speaker: tuple[int, int] | None = None
    last_sent = -10
    chain: Found | None = None
    unattributed = [f for f in state.found if f.kind == "direct" and f.speaker is None]
    for n, (lo, hi) in enumerate(sents):
        if unattributed and last_speaker is not None and n - last_sent <= FREE_INDIRECT_REACH:
            _attribute_quoted_words(state, lo, hi, last_speaker, unattributed)
        if n in report_sents:
            report = report_sents[n]
            if report.speaker != report.cue or last_speaker is None:
                # "demnach" names no one: the source named before it goes on
                last_speaker = report.speaker
            last_sent = n
        if hi - lo < 4 or not state.free(lo, hi):
            chain = None
            continue
        mood = konjunktiv_sentence(doc, lo, hi, state.lexicon)
        if mood is None:
            chain = None
            continue
        reporter = None
        if n > 0 and last_sent != n - 1 and para_of[n - 1] >= para_of[n] - 1:
            # "X verteidigte sein Vorgehen. So seien …": a report goes on with the one
            # who just acted, when no one just spoke
            reporter = sentence_reporter(state, *sents[n - 1]) or sentence_actor(
                state, *sents[n - 1]
            )
        if reporter is not None:
            last_speaker, last_sent = reporter, n - 1
        near = n - last_sent <= FREE_INDIRECT_REACH and para_of[last_sent] >= para_of[n] - 1
        # Konjunktiv I and claims with "soll … haben" are reported speech even without a
        # report before them (the speaker is then unknown); Konjunktiv II and plans with
        # "soll" only continue a report
        if not (
            mood in ("plan", "k1_ending")
            and near
            or mood == "k2"
            and n - last_sent == 1
            or mood in ("k1", "hearsay")
        ):
            chain = None
            continue
        speaker = last_speaker if near else None
        resumes = narration_resumes(doc, lo, hi, state.lexicon)
        start, end = trim_keep_final(doc, lo, hi) if resumes is None else trim(doc, lo, resumes)
        if chain is not None and para_of[sent_of[chain.end - 1]] == para_of[n]:
            state.taken[chain.end : end] = b"\x01" * (end - chain.end)
            chain.end = end
        else:
            chain = Found("free_indirect", start, end, speaker=speaker, inherited=True)
            if not state.add(chain):
                chain = None
                continue
        last_sent = n
        if resumes is not None:
            chain = None


def narration_resumes(doc: Doc, lo: int, hi: int, lexicon: ReportingLexicon) -> int | None:
    """Where a conjunct in the indicative takes the sentence back to the narrator (Er
    halte das für vertretbar | und bezeichnete die Erweiterung als „maßvoll“)."""
    for i in range(lo + 2, hi - 1):
        verb = doc[i + 1]
        if (
            doc[i].pos_ == "CCONJ"
            and verb.tag_ in ("VVFIN", "VAFIN", "VMFIN")
            and verb.dep_ == "conj"
            and verb.head.pos_ in ("VERB", "AUX")
            and not is_konjunktiv(verb, lexicon)
            and verb.lower_ not in lexicon.hearsay_modals
        ):
            return i
    return None


def _attribute_quoted_words(
    state: SearchState, lo: int, hi: int, speaker: tuple[int, int], unattributed: list[Found]
) -> None:
    """ "Es drohe „eine dramatische Erderwärmung“": words in quotation marks inside a
    Konjunktiv sentence that goes on with a report are its speaker's."""
    quotes = [q for q in unattributed if lo <= q.start < hi and q.speaker is None]
    if not quotes or konjunktiv_sentence(state.doc, lo, hi, state.lexicon) not in ("k1", "hearsay"):
        return
    for quote in quotes:
        quote.speaker, quote.inherited = speaker, True
