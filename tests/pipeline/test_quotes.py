"""Quotation finding on hand-built Docs (German sentences written for the tests).

Each Doc is written as a small CoNLL-like table (word, UPOS, STTS tag, head, relation,
morphology, lemma; heads are 1-based within their sentence, 0 is the root; sentences are
separated by blank lines, paragraphs by a line ``¶``), so every construction is tested
independently of the trained model. Tests on real text through the full pipeline are
marked ``model``.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from lagebild.analysis import Mention
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.pronouns import is_relative
from lagebild.pipeline.quotes import (
    QUOTE_PAIRS,
    Found,
    QuoteFinder,
    find_quotation_marks,
    find_quotes,
    is_konjunktiv1,
)
from lagebild.pipeline.quotes.direct import looks_like_title
from lagebild.pipeline.quotes.grammar import np_right

VOCAB = spacy.blank("de").vocab
NO_SPACE_BEFORE = {",", ".", ":", "!", "?", ";", ")"}
QUOTE_PAIRS_CLOSERS = set('“”«»‘’‹›"')


def build(table: str) -> Doc:
    """A Doc from the table format described in the module docstring."""
    words, pos, tags, heads, deps, morphs, lemmas, starts, para_after = ([] for _ in range(9))
    offset = 0
    sentence: list[list[str]] = []

    def flush() -> None:
        nonlocal offset
        for n, row in enumerate(sentence):
            word, upos, tag, head, dep = row[:5]
            morph = row[5] if len(row) > 5 and row[5] != "_" else ""
            lemma = row[6] if len(row) > 6 else word
            words.append(word)
            pos.append(upos)
            tags.append(tag)
            heads.append(offset + (int(head) - 1 if int(head) else n))
            deps.append("ROOT" if dep == "root" else dep)
            morphs.append(morph)
            lemmas.append(lemma)
            starts.append(n == 0)
            para_after.append(False)
        offset += len(sentence)
        sentence.clear()

    for line in table.strip().splitlines():
        line = line.strip()
        if line == "¶":
            flush()
            para_after[-1] = True
        elif not line:
            flush()
        else:
            sentence.append(line.split())
    flush()
    spaces = _spaces(words)
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        heads=heads,
        deps=deps,
        morphs=morphs,
        lemmas=lemmas,
        sent_starts=starts,
    )
    if any(para_after):
        # paragraph breaks live in the whitespace, as in real text
        text_words = [t.text for t in doc]
        new_spaces = [bool(t.whitespace_) for t in doc]
        ws = ["\n\n" if para_after[i] else (" " if new_spaces[i] else "") for i in range(len(doc))]
        doc = _with_whitespace(doc, text_words, ws)
    return doc


def _spaces(words: list[str]) -> list[bool]:
    """Spaces as in print: none inside quotation marks next to the quoted text."""
    opening: list[bool] = []
    stack: list[str] = []
    for word in words:
        if stack and word in QUOTE_PAIRS[stack[-1]]:
            stack.pop()
            opening.append(False)
        elif word in QUOTE_PAIRS:
            stack.append(word)
            opening.append(True)
        else:
            opening.append(False)
    closing = [w in QUOTE_PAIRS_CLOSERS and not o for w, o in zip(words, opening, strict=True)]
    spaces = []
    for i in range(len(words)):
        if i + 1 == len(words):
            spaces.append(False)
            continue
        nxt = words[i + 1]
        spaces.append(not opening[i] and nxt not in NO_SPACE_BEFORE and not closing[i + 1])
    return spaces


def _with_whitespace(doc: Doc, words: list[str], ws: list[str]) -> Doc:
    # spaCy Docs take one trailing space per token; a paragraph break becomes a space token
    out_words, out_spaces, attrs = [], [], []
    for t, w in zip(doc, ws, strict=True):
        out_words.append(t.text)
        if w == "\n\n":
            out_spaces.append(False)
            out_words.append("\n\n")
            out_spaces.append(False)
            attrs.append(t)
            attrs.append(None)
        else:
            out_spaces.append(bool(w))
            attrs.append(t)
    index = {id(t): n for n, t in enumerate(attrs) if t is not None}
    heads, pos, tags, deps, morphs, lemmas, starts = [], [], [], [], [], [], []
    for n, t in enumerate(attrs):
        if t is None:
            heads.append(n - 1)
            pos.append("SPACE")
            tags.append("_SP")
            deps.append("dep")
            morphs.append("")
            lemmas.append("\n\n")
            starts.append(False)
        else:
            heads.append(index[id(t.head)])
            pos.append(t.pos_)
            tags.append(t.tag_)
            deps.append(t.dep_)
            morphs.append(str(t.morph))
            lemmas.append(t.lemma_)
            starts.append(bool(t.is_sent_start))
    return Doc(
        VOCAB,
        words=out_words,
        spaces=out_spaces,
        pos=pos,
        tags=tags,
        heads=heads,
        deps=deps,
        morphs=morphs,
        lemmas=lemmas,
        sent_starts=starts,
    )


def texts(doc: Doc, found: list[Found]) -> list[tuple[str, str, str | None]]:
    return [
        (
            f.kind,
            doc[f.start : f.end].text,
            doc[f.speaker[0] : f.speaker[1]].text if f.speaker else None,
        )
        for f in found
    ]


# --------------------------------------------------------------------------- tables

DIRECT_FRAME_AFTER = """
„ PUNCT $( 4 punct
Wir PRON PPER 4 nsubj
sind AUX VAFIN 4 cop Mood=Ind|VerbForm=Fin sein
bereit ADJ ADJD 7 ccomp
“ PUNCT $( 4 punct
, PUNCT $, 4 punct
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
er PRON PPER 7 nsubj
. PUNCT $. 7 punct
"""

DIRECT_FRAME_BEFORE = """
Der DET ART 2 det
Minister NOUN NN 3 nsubj
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
: PUNCT $. 3 punct
„ PUNCT $( 8 punct
Wir PRON PPER 8 nsubj
werden AUX VAFIN 8 aux Mood=Ind|VerbForm=Fin werden
verhandeln VERB VVINF 3 ccomp _ verhandeln
. PUNCT $. 8 punct
“ PUNCT $( 8 punct
"""

DIRECT_INTERRUPTED = """
« PUNCT $( 4 punct
Wir PRON PPER 4 nsubj
sind AUX VAFIN 4 cop Mood=Ind|VerbForm=Fin sein
bereit ADJ ADJD 7 ccomp
» PUNCT $( 4 punct
, PUNCT $, 4 punct
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
die DET ART 9 det
Ministerin NOUN NN 7 nsubj
. PUNCT $. 7 punct

« PUNCT $( 4 punct
Wir PRON PPER 4 nsubj
warten VERB VVFIN 0 root Mood=Ind|VerbForm=Fin warten
auf ADP APPR 6 case
Antwort NOUN NN 4 obl
. PUNCT $. 4 punct
» PUNCT $( 4 punct
"""

DIRECT_PARTIAL = """
Putin PROPN NE 2 nsubj
nannte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin nennen
die DET ART 4 det
Beziehungen NOUN NN 2 obj
« PUNCT $( 6 punct
beispiellos ADJ ADJD 2 xcomp
» PUNCT $( 6 punct
. PUNCT $. 2 punct
"""

TITLE_IN_MARKS = """
Der DET ART 2 det
Film NOUN NN 6 nsubj
„ PUNCT $( 5 punct
Das DET ART 5 det
Boot NOUN NN 2 appos
“ PUNCT $( 5 punct
läuft VERB VVFIN 0 root Mood=Ind|VerbForm=Fin laufen
heute ADV ADV 7 advmod
. PUNCT $. 7 punct
"""

MULTI_SENTENCE_DIRECT = """
Der DET ART 2 det
Sprecher NOUN NN 3 nsubj
erklärte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin erklären
: PUNCT $. 3 punct
„ PUNCT $( 7 punct
Die DET ART 7 det
Lage NOUN NN 8 nsubj
ist AUX VAFIN 9 cop Mood=Ind|VerbForm=Fin sein
ernst ADJ ADJD 3 ccomp
. PUNCT $. 9 punct

Wir PRON PPER 2 nsubj
handeln VERB VVFIN 0 root Mood=Ind|VerbForm=Fin handeln
sofort ADV ADV 2 advmod
. PUNCT $. 2 punct
“ PUNCT $( 2 punct
"""

INDIRECT_KONJUNKTIV = """
Der DET ART 2 det
Sprecher NOUN NN 3 nsubj
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
, PUNCT $, 10 punct
die DET ART 6 det
Regierung NOUN NN 10 nsubj
werde AUX VAFIN 10 aux Mood=Sub|VerbForm=Fin werden
die DET ART 9 det
Forderungen NOUN NN 10 obj
prüfen VERB VVINF 3 ccomp _ prüfen
. PUNCT $. 3 punct
"""

INDIRECT_DASS = """
Die DET ART 2 det
Polizei NOUN NN 3 nsubj
teilte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin teilen
mit ADP PTKVZ 3 compound:prt
, PUNCT $, 10 punct
dass SCONJ KOUS 10 mark
zwei NUM CARD 8 nummod
Menschen NOUN NN 10 nsubj:pass
verletzt VERB VVPP 10 xcomp
worden AUX VAPP 3 ccomp
seien AUX VAFIN 10 aux Mood=Sub|VerbForm=Fin sein
. PUNCT $. 3 punct
"""

INDIRECT_INFINITIVE = """
Die DET ART 2 det
Regierung NOUN NN 3 nsubj
forderte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin fordern
Russland PROPN NE 3 obj
auf ADP PTKVZ 3 compound:prt
, PUNCT $, 10 punct
die DET ART 8 det
Truppen NOUN NN 10 obj
abzuziehen VERB VVIZU 3 xcomp _ abziehen
. PUNCT $. 3 punct
"""

INDIRECT_FRAME_AFTER = """
Die DET ART 2 det
Lage NOUN NN 4 nsubj
sei AUX VAFIN 4 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 6 ccomp
, PUNCT $, 4 punct
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
der DET ART 8 det
Minister NOUN NN 6 nsubj
. PUNCT $. 6 punct
"""

LAUT = """
Laut ADP APPR 3 case
der DET ART 3 det
Polizei NOUN NN 7 obl
wurden AUX VAFIN 7 aux:pass Mood=Ind|VerbForm=Fin werden
zwei NUM CARD 6 nummod
Menschen NOUN NN 7 nsubj:pass
verletzt VERB VVPP 0 root
. PUNCT $. 7 punct
"""

ZUFOLGE = """
Der DET ART 2 det
Polizei NOUN NN 7 obl
zufolge ADP APPO 2 case
wurden AUX VAFIN 7 aux:pass Mood=Ind|VerbForm=Fin werden
zwei NUM CARD 6 nummod
Menschen NOUN NN 7 nsubj:pass
verletzt VERB VVPP 0 root
. PUNCT $. 7 punct
"""

NACH_ANGABEN = """
Nach ADP APPR 2 case
Angaben NOUN NN 8 obl
der DET ART 4 det
Polizei NOUN NN 2 nmod
wurden AUX VAFIN 8 aux:pass Mood=Ind|VerbForm=Fin werden
zwei NUM CARD 7 nummod
Menschen NOUN NN 8 nsubj:pass
verletzt VERB VVPP 0 root
. PUNCT $. 8 punct
"""

SO_FRAME = """
Die DET ART 2 det
Lage NOUN NN 4 nsubj
sei AUX VAFIN 4 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 0 root
, PUNCT $, 8 punct
so ADV ADV 8 advmod
der DET ART 8 det
Minister NOUN NN 4 parataxis
. PUNCT $. 4 punct
"""

WIE_FRAME = """
Wie SCONJ PWAV 4 mark
die DET ART 3 det
Polizei NOUN NN 4 nsubj
mitteilte VERB VVFIN 11 advcl Mood=Ind|VerbForm=Fin mitteilen
, PUNCT $, 4 punct
wurden AUX VAFIN 11 aux:pass Mood=Ind|VerbForm=Fin werden
zwei NUM CARD 8 nummod
Menschen NOUN NN 11 nsubj:pass
bei ADP APPR 10 case
Zusammenstößen NOUN NN 11 obl
verletzt VERB VVPP 0 root
. PUNCT $. 11 punct
"""

HEISST_ES = """
In ADP APPR 3 case
dem DET ART 3 det
Bericht NOUN NN 4 obl
heißt VERB VVFIN 0 root Mood=Ind|VerbForm=Fin heißen
es PRON PPER 4 expl
, PUNCT $, 10 punct
die DET ART 8 det
Lage NOUN NN 10 nsubj
sei AUX VAFIN 10 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 4 ccomp
. PUNCT $. 4 punct
"""

FREE_INDIRECT = """
Der DET ART 2 det
Sprecher NOUN NN 3 nsubj
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
, PUNCT $, 8 punct
die DET ART 6 det
Lage NOUN NN 8 nsubj
sei AUX VAFIN 8 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 3 ccomp
. PUNCT $. 3 punct

Das DET ART 3 det
westliche ADJ ADJA 3 amod
Bündnis NOUN NN 6 nsubj
müsse AUX VMFIN 6 aux Mood=Sub|VerbForm=Fin müssen
sofort ADV ADV 6 advmod
handeln VERB VVINF 0 root
. PUNCT $. 6 punct
"""

NARRATION_AFTER_REPORT = """
Der DET ART 2 det
Sprecher NOUN NN 3 nsubj
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
, PUNCT $, 8 punct
die DET ART 6 det
Lage NOUN NN 8 nsubj
sei AUX VAFIN 8 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 3 ccomp
. PUNCT $. 3 punct

Am ADP APPRART 2 case
Abend NOUN NN 3 obl
regnete VERB VVFIN 0 root Mood=Ind|VerbForm=Fin regnen
es PRON PPER 3 expl
. PUNCT $. 3 punct
"""

REPORTED = """
Die DET ART 2 det
Nato PROPN NE 4 nsubj
hat AUX VAFIN 4 aux Mood=Ind|VerbForm=Fin haben
die DET ART 5 det
Forderungen NOUN NN 7 obj
Russlands PROPN NE 5 nmod
zurückgewiesen VERB VVPP 0 root _ zurückweisen
. PUNCT $. 7 punct
"""

NOUN_COMPLEMENT = """
Die DET ART 2 det
Regierung NOUN NN 3 nsubj
wies VERB VVFIN 0 root Mood=Ind|VerbForm=Fin weisen
den DET ART 5 det
Vorwurf NOUN NN 3 obj
zurück ADP PTKVZ 3 compound:prt
, PUNCT $, 10 punct
sie PRON PPER 10 nsubj
habe AUX VAFIN 10 aux Mood=Sub|VerbForm=Fin haben
gelogen VERB VVPP 5 acl _ lügen
. PUNCT $. 3 punct
"""

ANAPHORIC_FRAME = """
Der DET ART 2 det
Minister NOUN NN 3 nsubj
ist AUX VAFIN 4 aux Mood=Ind|VerbForm=Fin sein
zurückgetreten VERB VVPP 0 root _ zurücktreten
. PUNCT $. 4 punct

Dies PRON PDS 2 obj
teilte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin teilen
ein DET ART 4 det
Sprecher NOUN NN 2 nsubj
mit ADP PTKVZ 2 compound:prt
. PUNCT $. 2 punct
"""

HEARSAY = """
Der DET ART 2 det
Täter NOUN NN 7 nsubj
soll AUX VMFIN 7 aux Mood=Ind|VerbForm=Fin sollen
das DET ART 5 det
Gebäude NOUN NN 6 obj
gestürmt VERB VVPP 7 xcomp
haben AUX VAINF 0 root _ haben
. PUNCT $. 7 punct
"""

WONACH = """
Es PRON PPER 2 expl
gibt VERB VVFIN 0 root Mood=Ind|VerbForm=Fin geben
eine DET ART 4 det
Meldung NOUN NN 2 obj
der DET ART 6 det
Zeitung NOUN NN 4 nmod
, PUNCT $, 11 punct
wonach ADV PWAV 11 advmod
der DET ART 10 det
Minister NOUN NN 11 nsubj
zurücktrete VERB VVFIN 4 acl Mood=Sub|VerbForm=Fin zurücktreten
. PUNCT $. 2 punct
"""

KONJUNKTIV_BY_ENDING = """
Der DET ART 2 det
Forscher NOUN NN 3 nsubj
erklärte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin erklären
, PUNCT $, 7 punct
die DET ART 6 det
Entdeckung NOUN NN 7 nsubj
werfe VERB VVFIN 3 ccomp Mood=Ind|VerbForm=Fin werfen
neues ADJ ADJA 9 amod
Licht NOUN NN 7 obj
auf ADP APPR 12 case
die DET ART 12 det
Theorie NOUN NN 7 obl
. PUNCT $. 3 punct
"""

PARTIAL_QUOTES_IN_INDIRECT = """
Das DET ART 2 det
Bündnis NOUN NN 3 nsubj
müsse AUX VMFIN 9 aux Mood=Sub|VerbForm=Fin müssen
seine DET PPOSAT 6 det:poss
« PUNCT $( 6 punct
Ansätze NOUN NN 9 obj
der DET ART 8 det
Ära NOUN NN 6 nmod
aufgeben VERB VVINF 12 ccomp _ aufgeben
» PUNCT $( 6 punct
, PUNCT $, 9 punct
heißt VERB VVFIN 0 root Mood=Ind|VerbForm=Fin heißen
es PRON PPER 12 expl
in ADP APPR 16 case
dem DET ART 16 det
Papier NOUN NN 12 obl
. PUNCT $. 12 punct
"""

SPRACH_MIT = """
Der DET ART 2 det
Astronaut NOUN NN 3 nsubj
sprach VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sprechen
mit ADP APPR 6 case
seiner DET PPOSAT 6 det:poss
Frau NOUN NN 3 obl
. PUNCT $. 3 punct
"""

SPRACH_VON = """
Der DET ART 2 det
Sprecher NOUN NN 3 nsubj
sprach VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sprechen
von ADP APPR 7 case
einem DET ART 7 det
geringen ADJ ADJA 7 amod
Risiko NOUN NN 3 obl
. PUNCT $. 3 punct
"""

SOURCE_IN_DIRECT_FRAME = """
„ PUNCT $( 4 punct
Er PRON PPER 4 nsubj
war AUX VAFIN 4 cop Mood=Ind|VerbForm=Fin sein
stabil ADJ ADJD 7 ccomp
“ PUNCT $( 4 punct
, PUNCT $, 4 punct
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
die DET ART 9 det
Kanzlerin NOUN NN 7 nsubj
einigen DET PIAT 11 det
Teilnehmern NOUN NN 7 obl
zufolge ADP APPO 11 case
. PUNCT $. 7 punct
"""

WIE_UNPARSED_SOURCE = """
Wie SCONJ PWAV 3 mark
t-online.de X FM 3 dep
berichtet VERB VVFIN 6 advcl Mood=Ind|VerbForm=Fin berichten
, PUNCT $, 3 punct
wurde AUX VAFIN 6 aux:pass Mood=Ind|VerbForm=Fin werden
gekündigt VERB VVPP 0 root
der DET ART 8 det
Vertrag NOUN NN 6 nsubj:pass
. PUNCT $. 6 punct
"""

COORDINATED_FRAME = """
Den DET ART 2 det
Plan NOUN NN 3 obj Case=Acc
lobte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin loben
der DET ART 5 det
Minister NOUN NN 3 nsubj Case=Nom
und CCONJ KON 7 cc
fügte VERB VVFIN 3 conj Mood=Ind|VerbForm=Fin fügen
hinzu ADP PTKVZ 7 compound:prt
, PUNCT $, 13 punct
man PRON PIS 13 nsubj
werde AUX VAFIN 13 aux Mood=Sub|VerbForm=Fin werden
ihn PRON PPER 13 obj
prüfen VERB VVINF 7 ccomp _ prüfen
. PUNCT $. 3 punct
"""

CONDITIONAL_IS_NO_REPORT = """
Wenn SCONJ KOUS 3 mark
er PRON PPER 3 nsubj
verliert VERB VVFIN 5 advcl Mood=Ind|VerbForm=Fin verlieren
, PUNCT $, 3 punct
droht VERB VVFIN 0 root Mood=Ind|VerbForm=Fin drohen
ihm PRON PPER 5 iobj
Haft NOUN NN 5 nsubj
. PUNCT $. 5 punct
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (HEARSAY, [("free_indirect", "Der Täter soll das Gebäude gestürmt haben.", None)]),
        (WONACH, [("indirect", "der Minister zurücktrete", "eine Meldung der Zeitung")]),
        (
            KONJUNKTIV_BY_ENDING,
            [("indirect", "die Entdeckung werfe neues Licht auf die Theorie", "Der Forscher")],
        ),
        (
            PARTIAL_QUOTES_IN_INDIRECT,
            [("indirect", "Das Bündnis müsse seine «Ansätze der Ära aufgeben»", "dem Papier")],
        ),
        (CONDITIONAL_IS_NO_REPORT, []),
        (SPRACH_MIT, []),
        (COORDINATED_FRAME, [("indirect", "man werde ihn prüfen", "der Minister")]),
        (SOURCE_IN_DIRECT_FRAME, [("direct", "„Er war stabil“", "einigen Teilnehmern")]),
        (WIE_UNPARSED_SOURCE, [("indirect", "wurde gekündigt der Vertrag", "t-online.de")]),
        (
            SPRACH_VON,
            [("reported", "Der Sprecher sprach von einem geringen Risiko.", "Der Sprecher")],
        ),
    ],
    ids=[
        "hearsay-soll-haben",
        "wonach-refers-back",
        "konjunktiv-by-ending-after-frame",
        "partial-quotes-nest-in-indirect",
        "conditional-clause-is-no-report",
        "talking-with-someone-is-no-report",
        "coordinated-verbs-share-the-speaker",
        "source-in-direct-frame-is-the-speaker",
        "wie-frame-without-parsed-subject",
        "speaking-of-something-is-reported",
    ],
)
def test_harder_constructions(table, expected):
    doc = build(table)
    assert texts(doc, find_quotes(doc)) == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (DIRECT_FRAME_AFTER, [("direct", "„Wir sind bereit“", "er")]),
        (DIRECT_FRAME_BEFORE, [("direct", "„Wir werden verhandeln.“", "Der Minister")]),
        (
            DIRECT_INTERRUPTED,
            [
                ("direct", "«Wir sind bereit»", "die Ministerin"),
                ("direct", "«Wir warten auf Antwort.»", "die Ministerin"),
            ],
        ),
        (DIRECT_PARTIAL, [("direct", "«beispiellos»", "Putin")]),
        (
            MULTI_SENTENCE_DIRECT,
            [("direct", "„Die Lage ist ernst. Wir handeln sofort.“", "Der Sprecher")],
        ),
        (TITLE_IN_MARKS, []),
        (
            INDIRECT_KONJUNKTIV,
            [("indirect", "die Regierung werde die Forderungen prüfen", "Der Sprecher")],
        ),
        (INDIRECT_DASS, [("indirect", "dass zwei Menschen verletzt worden seien", "Die Polizei")]),
        (INDIRECT_INFINITIVE, [("indirect", "die Truppen abzuziehen", "Die Regierung")]),
        (INDIRECT_FRAME_AFTER, [("indirect", "Die Lage sei ernst", "der Minister")]),
        (LAUT, [("indirect", "wurden zwei Menschen verletzt", "der Polizei")]),
        (ZUFOLGE, [("indirect", "wurden zwei Menschen verletzt", "Der Polizei")]),
        (NACH_ANGABEN, [("indirect", "wurden zwei Menschen verletzt", "Angaben der Polizei")]),
        (SO_FRAME, [("indirect", "Die Lage sei ernst", "der Minister")]),
        (
            WIE_FRAME,
            [("indirect", "wurden zwei Menschen bei Zusammenstößen verletzt", "die Polizei")],
        ),
        (HEISST_ES, [("indirect", "die Lage sei ernst", "dem Bericht")]),
        (
            FREE_INDIRECT,
            [
                ("indirect", "die Lage sei ernst", "Der Sprecher"),
                ("free_indirect", "Das westliche Bündnis müsse sofort handeln.", "Der Sprecher"),
            ],
        ),
        (NARRATION_AFTER_REPORT, [("indirect", "die Lage sei ernst", "Der Sprecher")]),
        (
            REPORTED,
            [("reported", "Die Nato hat die Forderungen Russlands zurückgewiesen.", "Die Nato")],
        ),
        (NOUN_COMPLEMENT, [("indirect", "sie habe gelogen", "Die Regierung")]),
        (ANAPHORIC_FRAME, [("indirect", "Der Minister ist zurückgetreten", "ein Sprecher")]),
    ],
    ids=[
        "direct-frame-after",
        "direct-colon-frame",
        "direct-interrupted-by-frame",
        "direct-partial-phrase",
        "direct-over-two-sentences",
        "title-is-no-quote",
        "indirect-konjunktiv",
        "indirect-dass",
        "indirect-infinitive",
        "indirect-frame-after",
        "laut",
        "zufolge",
        "nach-angaben",
        "so-frame",
        "wie-frame",
        "heisst-es",
        "free-indirect-continues-report",
        "indicative-narration-is-no-quote",
        "reported-speech-act",
        "noun-with-konjunktiv-clause",
        "dies-teilte-mit",
    ],
)
def test_finds_quote_kind_span_and_speaker(table, expected):
    doc = build(table)
    assert texts(doc, find_quotes(doc)) == expected


def test_cue_is_the_reporting_verb():
    doc = build(INDIRECT_DASS)
    (quote,) = find_quotes(doc)
    assert doc[quote.cue[0] : quote.cue[1]].text == "teilte"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: „Wir kommen.“", ["„Wir kommen.“"]),
        ("Er sagte: «Wir kommen.»", ["«Wir kommen.»"]),
        ("Er sagte: »Wir kommen.«", ["»Wir kommen.«"]),
        ('Er sagte: "Wir kommen."', ['"Wir kommen."']),
        ("He said: “We come.”", ["“We come.”"]),
        ("Sie sagte: „Er rief ‚Halt‘ und ging.“", ["„Er rief ‚Halt‘ und ging.“"]),
        ("Sie sagte: «Er rief ‹Halt› und ging.»", ["«Er rief ‹Halt› und ging.»"]),
        ("Das ist Peters’ Buch, sagte er.", []),
        ("„Erster Absatz.\n\n„Zweiter Absatz.“", ["„Erster Absatz.\n\n„Zweiter Absatz.“"]),
        ("„Offen gelassen.\n\nNeuer Absatz ohne Zitat.", []),
    ],
    ids=[
        "german",
        "swiss",
        "french-reversed",
        "ascii",
        "english",
        "nested-single",
        "nested-swiss-single",
        "apostrophe",
        "over-paragraphs",
        "unclosed",
    ],
)
def test_quotation_marks_in_every_style(text, expected):
    spans = [text[s:e] for s, e, outermost in find_quotation_marks(text) if outermost]
    assert spans == expected


def test_nested_marks_are_reported_as_inner():
    text = "Sie sagte: „Er rief ‚Halt‘ und ging.“"
    inner = [text[s:e] for s, e, outermost in find_quotation_marks(text) if not outermost]
    assert inner == ["‚Halt‘"]


@pytest.mark.parametrize(
    ("word", "mood", "expected"),
    [
        ("sei", "", True),
        ("habe", "", True),
        ("könne", "", True),
        ("gebe", "", True),
        ("ist", "Mood=Ind", False),
        ("wäre", "Mood=Sub", False),
        ("liefere", "Mood=Sub", True),
        ("lieferte", "Mood=Sub", False),
    ],
)
def test_konjunktiv_one_from_word_list_or_model(word, mood, expected):
    doc = Doc(VOCAB, words=[word], pos=["VERB"], tags=["VVFIN"], morphs=[mood or ""])
    from lagebild.codebook.quotes_loader import load_lexicon

    assert is_konjunktiv1(doc[0], load_lexicon()) is expected


def _mentions_for(doc: Doc, word: str, actors: list[str], kind: str = "name") -> list[Mention]:
    return [
        Mention(start=t.idx, end=t.idx + len(t), text=t.text, kind=kind, actors=actors)
        for t in doc
        if t.text == word
    ]


def test_speaker_gets_the_actors_of_its_mention():
    doc = build(DIRECT_PARTIAL)
    doc._.mentions = _mentions_for(doc, "Putin", ["Q7747"])
    QuoteFinder()(doc)
    (quote,) = doc._.quotes
    assert (quote.speaker.text, quote.speaker.actor, quote.speaker.actors) == (
        "Putin",
        "Q7747",
        ["Q7747"],
    )


def test_pronoun_speaker_keeps_the_pronoun_and_takes_the_linked_actor():
    doc = build(DIRECT_FRAME_AFTER)
    doc._.mentions = _mentions_for(doc, "er", ["text:boris-johnson"], kind="pronoun")
    QuoteFinder()(doc)
    (quote,) = doc._.quotes
    assert (quote.speaker.text, quote.speaker.actor) == ("er", "text:boris-johnson")


RELOCATED_SPEAKER = """
Der DET ART 2 det
Minister NOUN NN 3 nsubj
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
, PUNCT $, 8 punct
die DET ART 6 det
Lage NOUN NN 8 nsubj
sei AUX VAFIN 8 cop Mood=Sub|VerbForm=Fin sein
ernst ADJ ADJD 3 ccomp
. PUNCT $. 3 punct

Er PRON PPER 2 nsubj
reiste VERB VVFIN 0 root Mood=Ind|VerbForm=Fin reisen
ab ADP PTKVZ 2 compound:prt
. PUNCT $. 2 punct

Das DET ART 2 det
Bündnis NOUN NN 4 nsubj
müsse AUX VMFIN 4 aux Mood=Sub|VerbForm=Fin müssen
handeln VERB VVINF 0 root
. PUNCT $. 4 punct
"""


PASSIVE_AGENT_SPEAKS = """
Die DET ART 2 det
Pläne NOUN NN 9 nsubj:pass
wurden AUX VAFIN 9 aux:pass Mood=Ind|VerbForm=Fin werden
von ADP APPR 6 case
dem DET ART 6 det
Minister NOUN NN 9 obl:agent
als ADP KOKOM 8 case
teuer ADJ ADJD 9 advmod
bezeichnet VERB VVPP 0 root _ bezeichnen
. PUNCT $. 9 punct

Sie PRON PPER 2 nsubj
seien AUX VAFIN 3 cop Mood=Sub|VerbForm=Fin sein
unrealistisch ADJ ADJD 0 root
. PUNCT $. 3 punct
"""


def test_passive_report_is_continued_by_its_agent_not_its_subject():
    doc = build(PASSIVE_AGENT_SPEAKS)
    assert texts(doc, find_quotes(doc)) == [
        ("free_indirect", "Sie seien unrealistisch.", "dem Minister")
    ]


def test_continued_speaker_moves_to_the_nearest_mention_of_the_same_actor():
    doc = build(RELOCATED_SPEAKER)
    minister = doc[0:2]
    doc._.mentions = [
        Mention(
            start=minister.start_char,
            end=minister.end_char,
            text=minister.text,
            kind="description",
            actors=["text:minister"],
        ),
        *_mentions_for(doc, "Er", ["text:minister"], kind="pronoun"),
    ]
    QuoteFinder()(doc)
    free = [q for q in doc._.quotes if q.kind == "free_indirect"]
    assert [(q.text, q.speaker.text, q.speaker.actor) for q in free] == [
        ("Das Bündnis müsse handeln.", "Er", "text:minister")
    ]


def test_without_actor_linker_the_actor_stays_empty():
    doc = build(DIRECT_PARTIAL)
    assert doc._.mentions is None
    QuoteFinder()(doc)
    (quote,) = doc._.quotes
    assert quote.speaker.actor is None and quote.speaker.actors == []


def test_quote_offsets_are_character_offsets_into_the_text():
    doc = build(INDIRECT_KONJUNKTIV)
    QuoteFinder()(doc)
    for quote in doc._.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        assert doc.text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        assert doc.text[quote.cue.start : quote.cue.end] == quote.cue.text


def test_addressee_from_gegenueber_phrase():
    doc = build("""
„ PUNCT $( 4 punct
Wir PRON PPER 4 nsubj
sind AUX VAFIN 4 cop Mood=Ind|VerbForm=Fin sein
bereit ADJ ADJD 7 ccomp
“ PUNCT $( 4 punct
, PUNCT $, 4 punct
sagte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin sagen
er PRON PPER 7 nsubj
gegenüber ADP APPR 10 case
Reportern NOUN NN 7 obl
. PUNCT $. 7 punct
""")
    QuoteFinder()(doc)
    (quote,) = doc._.quotes
    assert quote.addressee is not None and quote.addressee.text == "Reportern"


def test_empty_doc_has_no_quotes():
    doc = Doc(VOCAB, words=[])
    QuoteFinder()(doc)
    assert doc._.quotes == []


# --------------------------------------------------------------------------- real model


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "quote", "speaker_word"),
    [
        (
            "„Wir werden nicht nachgeben“, sagte die Ministerin am Montag in Berlin.",
            "direct",
            "„Wir werden nicht nachgeben“",
            "Ministerin",
        ),
        (
            "Der Sprecher der Regierung sagte am Dienstag, man werde die Vorschläge prüfen.",
            "indirect",
            "man werde die Vorschläge prüfen",
            "Sprecher",
        ),
        (
            "Nach Angaben der Polizei wurden bei den Protesten zwölf Menschen verletzt.",
            "indirect",
            "wurden bei den Protesten zwölf Menschen verletzt",
            "Angaben",
        ),
        (
            "Die EU-Kommission schlug vor, zu prüfen, ob mit dem Kosovo ein anderes Abkommen "
            "geschlossen werden kann.",
            "indirect",
            "zu prüfen, ob mit dem Kosovo ein anderes Abkommen geschlossen werden kann",
            "EU-Kommission",
        ),
        (
            "Ein Bericht der Agentur Interfax, wonach der Oppositionsführer festgenommen worden "
            "sein soll, wurde am Abend dementiert.",
            "indirect",
            "der Oppositionsführer festgenommen worden sein soll",
            "Bericht",
        ),
        (
            "„Er ist der kreative Kopf, der in Erinnerung geblieben ist“, schrieb „Die Zeit“.",
            "direct",
            "„Er ist der kreative Kopf, der in Erinnerung geblieben ist“",
            "Zeit",
        ),
        (
            "In einer Presseerklärung wurde verkündet, dass die Regierung alle Verantwortlichen "
            "ausliefern will.",
            "indirect",
            "dass die Regierung alle Verantwortlichen ausliefern will",
            "Presseerklärung",
        ),
        (
            "Die Universität teilte mit, der neu entdeckte Planet begleitet einen fernen Stern.",
            "indirect",
            "der neu entdeckte Planet begleitet einen fernen Stern",
            "Universität",
        ),
        (
            "Außenminister Straw will am Montag bekannt geben, dass das Referendum ausgesetzt "
            "wird.",
            "indirect",
            "dass das Referendum ausgesetzt wird",
            "Straw",
        ),
        (
            "Der Autohersteller hat angekündigt die Preise im Herbst deutlich zu erhöhen.",
            "indirect",
            "die Preise im Herbst deutlich zu erhöhen",
            "Autohersteller",
        ),
        (
            "Die Staatsanwälte warfen dem Politiker vor, Spenden nicht angegeben zu haben.",
            "indirect",
            "Spenden nicht angegeben zu haben",
            "Staatsanwälte",
        ),
        (
            "Der Stadtrat beschloss, den Antrag an den Ausschuss weiterzuleiten.",
            "indirect",
            "den Antrag an den Ausschuss weiterzuleiten",
            "Stadtrat",
        ),
        (
            "Der Bürgermeister hatte die Sperrung kritisiert. Anna Berg, die Vorsitzende des "
            "Vereins, verteidigte das Vorgehen der Stadt. So seien am Montag hunderte Menschen "
            "auf die Straße gegangen.",
            "free_indirect",
            "So seien am Montag hunderte Menschen auf die Straße gegangen.",
            "Anna Berg",
        ),
        (
            "Als Grund für die Verlängerung nannte die Behörde, den Mitarbeitern mehr Zeit zu "
            "geben.",
            "indirect",
            "den Mitarbeitern mehr Zeit zu geben",
            "Behörde",
        ),
        (
            "Die Ministerin sagte am Abend, der Verzicht sei keine leichte Entscheidung "
            "gewesen, gerade unter dem Gesichtspunkt, dass sie die Idee unterstütze.",
            "indirect",
            "der Verzicht sei keine leichte Entscheidung gewesen, gerade unter dem "
            "Gesichtspunkt, dass sie die Idee unterstütze",
            "Ministerin",
        ),
        (
            "Der Trainer sagte zum „Kölner Stadt-Anzeiger“, nach dem Spiel hätten alle "
            "Spieler gefeiert.",
            "indirect",
            "nach dem Spiel hätten alle Spieler gefeiert",
            "Trainer",
        ),
        (
            "Am Abend erklärte der „Rat zur Rettung der Nation“, wie sich die Junta selbst "
            "nennt, die Lage sei unter Kontrolle.",
            "indirect",
            "die Lage sei unter Kontrolle",
            "Rat",
        ),
        (
            "Die Zeitung hatte gestern berichtet, 200 feste und 300 freie Mitarbeiter sollen "
            "entlassen werden.",
            "indirect",
            "200 feste und 300 freie Mitarbeiter sollen entlassen werden",
            "Zeitung",
        ),
        (
            "Weiter sagte der Journalist, er verstehe nicht, wie der Sprecher das behaupten "
            "konnte.",
            "indirect",
            "er verstehe nicht, wie der Sprecher das behaupten konnte",
            "Journalist",
        ),
        (
            "So berichtete der Augenzeuge im Fernsehen, er warte im zwölften Stock auf Rettung.",
            "indirect",
            "er warte im zwölften Stock auf Rettung",
            "Augenzeuge",
        ),
        (
            "Die Kommission vertrat den Standpunkt, das Gericht sei dafür nicht zuständig.",
            "indirect",
            "das Gericht sei dafür nicht zuständig",
            "Kommission",
        ),
        (
            "Die Ermittlungen ergaben, dass der Brand durch einen Defekt ausgelöst wurde.",
            "indirect",
            "dass der Brand durch einen Defekt ausgelöst wurde",
            "Ermittlungen",
        ),
        (
            "Der Trainer deutete an, den Verein im Sommer verlassen zu wollen.",
            "indirect",
            "den Verein im Sommer verlassen zu wollen",
            "Trainer",
        ),
        (
            "Die Regierung legte fest, dass die Schulen bis Ostern geschlossen bleiben.",
            "indirect",
            "dass die Schulen bis Ostern geschlossen bleiben",
            "Regierung",
        ),
        (
            "Denn wie die Zeitung am Montag berichtete, leidet der Schauspieler an einer "
            "schweren Krankheit.",
            "indirect",
            "leidet der Schauspieler an einer schweren Krankheit",
            "Zeitung",
        ),
        (
            "Wie die Polizei am Montag bekannt gab, wurden drei Menschen verletzt.",
            "indirect",
            "wurden drei Menschen verletzt",
            "Polizei",
        ),
        (
            "Eine Verschiebung des Wahltermins bezeichnete der UN-Gesandte Albrecht Conze als "
            "unvermeidlich.",
            "reported",
            "Eine Verschiebung des Wahltermins bezeichnete der UN-Gesandte Albrecht Conze als "
            "unvermeidlich.",
            "UN-Gesandte",
        ),
        (
            "Die Eltern klagten über zu große Klassen und fehlende Lehrer.",
            "reported",
            "Die Eltern klagten über zu große Klassen und fehlende Lehrer.",
            "Eltern",
        ),
        (
            "Das Gericht stufte die Verordnung als verfassungswidrig ein.",
            "reported",
            "Das Gericht stufte die Verordnung als verfassungswidrig ein.",
            "Gericht",
        ),
        (
            "Die Bundesregierung hatte die Vorwürfe als „völlig haltlos“ zurückgewiesen.",
            "direct",
            "„völlig haltlos“",
            "Bundesregierung",
        ),
        (
            "Sie bezeichnete den Plan als „Zumutung“ und kündigte an, dagegen zu klagen.",
            "direct",
            "„Zumutung“",
            "Sie",
        ),
        (
            "Die Ministerin charakterisierte den Vorfall als einen „Rückschlag für die Region“.",
            "direct",
            "„Rückschlag für die Region“",
            "Ministerin",
        ),
        (
            "In den Medien war das Projekt bereits als „Jahrhundertchance“ bezeichnet worden.",
            "direct",
            "„Jahrhundertchance“",
            "",
        ),
        (
            "Gesucht wird ein Mann, von dem die Polizei glaubt, er sei ins Ausland geflohen.",
            "indirect",
            "er sei ins Ausland geflohen",
            "Polizei",
        ),
        (
            "Laut Anna Berg, der Sprecherin der Stadt, bleibt die Straße bis Freitag gesperrt.",
            "indirect",
            "bleibt die Straße bis Freitag gesperrt",
            "Sprecherin",
        ),
        (
            "Dazu sagte Anna Berg, die Sprecherin der Stadtverwaltung, aber auch, dass die "
            "Straße noch lange gesperrt bleibe.",
            "indirect",
            "dass die Straße noch lange gesperrt bleibe",
            "Anna Berg",
        ),
        (
            "Es drohe eine neue Krise, hatte die Kanzlerin am Montag in Berlin gewarnt.",
            "indirect",
            "Es drohe eine neue Krise",
            "Kanzlerin",
        ),
        (
            "Die Gespräche seien gescheitert, hieß es in dem vom Ministerium verbreiteten Papier.",
            "indirect",
            "Die Gespräche seien gescheitert",
            "dem vom Ministerium verbreiteten Papier",
        ),
        (
            "„Wir bedauern den Vorfall“, heißt es auf der Homepage des Vereins.",
            "direct",
            "„Wir bedauern den Vorfall“",
            "Homepage",
        ),
        (
            "Die Ministerin sagte, man müsse jetzt handeln. Es drohe „eine Krise, die niemand "
            "mehr aufhalten kann“.",
            "direct",
            "„eine Krise, die niemand mehr aufhalten kann“",
            "Ministerin",
        ),
        (
            "„Ein außerordentlicher Sieg“, so urteilte Romney am Abend.",
            "direct",
            "„Ein außerordentlicher Sieg“",
            "Romney",
        ),
        (
            "Der Umsatz sei gestiegen, so teilte das Unternehmen am Montag mit.",
            "indirect",
            "Der Umsatz sei gestiegen",
            "Unternehmen",
        ),
        (
            "„Ein großer Erfolg“, sagte der Minister.",
            "direct",
            "„Ein großer Erfolg“",
            "Minister",
        ),
        (
            "Am Montag wurde bekannt, dass der Minister zurücktritt.",
            "indirect",
            "dass der Minister zurücktritt",
            "",
        ),
        (
            "Gestern ist bekannt geworden, dass die Firma verkauft wird.",
            "indirect",
            "dass die Firma verkauft wird",
            "",
        ),
        (
            "Der „Süddeutschen Zeitung“ zufolge will die Regierung die Steuern senken.",
            "indirect",
            "will die Regierung die Steuern senken",
            "Süddeutschen",
        ),
        (
            "Die Veranstalter zählten 2.000 Teilnehmer; laut Polizei waren es nur wenige.",
            "indirect",
            "waren es nur wenige",
            "Polizei",
        ),
        (
            "Nach Angaben der Polizei wurden zwei Menschen getötet; zehn wurden verletzt.",
            "indirect",
            "wurden zwei Menschen getötet",
            "Polizei",
        ),
        (
            "Der Minister schloss nicht aus, dass die Steuern steigen.",
            "indirect",
            "dass die Steuern steigen",
            "Minister",
        ),
        (
            "Kritiker monierten, die Reform sei zu teuer.",
            "indirect",
            "die Reform sei zu teuer",
            "Kritiker",
        ),
        (
            "Es gab Hinweise, dass Jugendliche angeworben wurden.",
            "indirect",
            "dass Jugendliche angeworben wurden",
            "Hinweise",
        ),
        (
            "Aus Militärkreisen verlautete, dass 15 Zivilisten starben.",
            "indirect",
            "dass 15 Zivilisten starben",
            "Militärkreisen",
        ),
        (
            "Dem Vernehmen nach soll der Minister im Amt bleiben.",
            "indirect",
            "soll der Minister im Amt bleiben",
            "Vernehmen",
        ),
        (
            "Der Direktor erklärte, das Land besitze seiner Meinung nach sechs Atomwaffen.",
            "indirect",
            "das Land besitze seiner Meinung nach sechs Atomwaffen",
            "Direktor",
        ),
        (
            "Die Demonstranten skandierten „Stoppt den Überwachungswahn“.",
            "direct",
            "„Stoppt den Überwachungswahn“",
            "Demonstranten",
        ),
        (
            "Im Bericht wird die Lage als problematisch bezeichnet. Daher gebe es Lücken.",
            "free_indirect",
            "Daher gebe es Lücken.",
            "Bericht",
        ),
        (
            "Das Ministerium erklärte auf Anfrage, man prüfe den Fall.",
            "indirect",
            "man prüfe den Fall",
            "Ministerium",
        ),
        (
            "Russland warnte die Nato davor, weitere Truppen zu verlegen.",
            "indirect",
            "weitere Truppen zu verlegen",
            "Russland",
        ),
        (
            "China hat die Vorwürfe als haltlos zurückgewiesen.",
            "reported",
            "China hat die Vorwürfe als haltlos zurückgewiesen.",
            "China",
        ),
    ],
    ids=[
        "direct-frame-after",
        "indirect-konjunktiv",
        "nach-angaben",
        "infinitive-runs-over-its-ob-clause",
        "wonach-clause-only",
        "speaker-named-in-quotation-marks",
        "passive-cue-speaker-is-the-document",
        "indicative-after-mitteilen",
        "bekannt-geben-unsplit",
        "infinitive-without-comma",
        "perfect-infinitive",
        "particle-zu-infinitive-weiter",
        "free-indirect-goes-on-with-the-actor-just-named",
        "nannte-als-grund-infinitive",
        "konjunktiv-complement-before-a-later-dass",
        "name-in-marks-inside-the-frame",
        "wie-aside-naming-is-no-source",
        "konjunktiv-of-a-stem-in-t",
        "hearsay-modal-complement",
        "wie-question-is-no-source",
        "standpunkt-noun-complement",
        "ergeben-dass",
        "andeuten-infinitive",
        "festlegen-dass",
        "denn-wie-x-berichtete",
        "wie-x-bekannt-gab",
        "of-two-subjects-the-actor-speaks",
        "reported-klagen-ueber",
        "reported-einstufen-als",
        "perfect-frame-around-the-phrase",
        "phrase-in-marks-belongs-to-the-verb-before-it",
        "naming-verb-charakterisieren",
        "passive-naming-frame-after-the-phrase",
        "relative-pronoun-in-dative-is-no-speaker",
        "source-with-apposition",
        "dass-clause-after-an-apposition",
        "frame-after-the-clause-with-auxiliary",
        "document-with-an-attribute-before-its-noun",
        "heisst-es-names-the-document-after-the-verb",
        "quoted-words-in-a-continued-report-are-its-speakers",
        "so-with-a-verb-is-a-verb-frame",
        "so-with-a-verb-after-indirect-speech",
        "phrase-the-tagger-calls-a-name-but-a-verb-frames",
        "bekannt-werden-dass",
        "bekannt-geworden-unsplit",
        "name-in-marks-before-zufolge",
        "source-clause-starts-after-a-semicolon",
        "source-clause-ends-at-a-semicolon",
        "nicht-ausschliessen-dass",
        "monieren-konjunktiv",
        "a-noun-with-no-one-named-is-its-own-source",
        "aus-phrase-of-verlauten-is-the-source",
        "dem-vernehmen-nach-is-the-source",
        "seiner-meinung-nach-inside-a-report-points-back-to-its-speaker",
        "what-is-chanted-is-a-quote-whatever-its-capitals",
        "the-document-of-a-passive-report-speaks-for-what-follows",
        "konjunktiv-ending-trusts-the-verb-tag-over-the-part-of-speech",
        "a-bare-name-before-the-verb-is-no-genitive",
        "speech-act-when-the-parser-splits-the-sentence-into-two-roots",
    ],
)
def test_real_text_through_the_pipeline(nlp, text, kind, quote, speaker_word):
    doc = nlp(text)
    found = [(q.kind, q.text, q.speaker.text if q.speaker else "") for q in doc._.quotes]
    assert any(k == kind and t == quote and speaker_word in s for k, t, s in found), found


@pytest.mark.parametrize(
    ("words", "entity", "title"),
    [
        (["„", "Verband", "integrativer", "Kinderbetreuung", "“"], (1, 4), True),
        (["„", "Verband", "integrativer", "Kinderbetreuung", "“"], None, False),
        (["„", "Verrat", "“"], (1, 2), False),
    ],
    ids=["name-in-marks", "same-words-without-entity", "one-word-is-a-quotation"],
)
def test_a_name_in_quotation_marks_is_not_a_quote(words, entity, title):
    doc = Doc(
        VOCAB,
        words=["Er", "nannte", "den", *words],
        pos=["PRON", "VERB", "DET"] + ["NOUN"] * len(words),
    )
    if entity:
        doc.ents = [Span(doc, entity[0] + 3, entity[1] + 3, label="ORG")]
    assert looks_like_title(doc, 3, len(doc), load_lexicon()) == title


@pytest.mark.parametrize(("word", "relative"), [("ein", False), ("keine", False), ("der", True)])
def test_articles_ein_kein_are_never_relative_pronouns(word, relative):
    doc = Doc(VOCAB, words=[word, "Dialog"], tags=["PRELS", "NN"])
    assert is_relative(doc[0]) == relative


@pytest.mark.model
def test_so_wie_is_a_comparison_not_a_source(nlp):
    assert nlp("Die Preise steigen weiter, so wie im vergangenen Jahr.")._.quotes == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "free_indirect"),
    [
        ("Die Regierung habe alles versucht.", True),
        ("Die Konsequenzen nehme er in Kauf.", True),
        ("Was die Bürger wirklich wollten, sei mehr Sicherheit.", True),
        ("Das Gesetz wurde im Mai beschlossen.", False),
        ("Für bedenklich halte ich die geplante Durchsuchung.", False),
        ("Diesen Druck möchte er vermeiden.", False),
    ],
    ids=[
        "konjunktiv-continues-the-report",
        "konjunktiv-by-its-ending-right-after-a-report",
        "main-clause-after-an-opening-clause",
        "wurde-is-past-not-konjunktiv",
        "first-person-habe-halte",
        "moechte-is-a-wish",
    ],
)
def test_free_indirect_speech_needs_a_konjunktiv_of_report(nlp, second, free_indirect):
    doc = nlp(f"Der Minister sagte, die Lage sei ernst. {second}")
    assert any(q.kind == "free_indirect" for q in doc._.quotes) == free_indirect


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Bürgermeister wird beschuldigt, Gelder veruntreut zu haben.", None),
        (
            "Die Anwohner wurden von der Feuerwehr aufgefordert, die Fenster zu schließen.",
            "Feuerwehr",
        ),
    ],
    ids=["subject-of-passive-is-not-the-speaker", "agent-of-passive-is-the-speaker"],
)
def test_passive_cue_takes_its_agent_as_speaker(nlp, text, speaker):
    (quote,) = nlp(text)._.quotes
    found = quote.speaker.text if quote.speaker else None
    assert found == speaker or (speaker and found and speaker in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quoted", "interruption"),
    [
        (
            "Die Regenzeit könnte nach Angaben der Helfer noch bis September andauern.",
            "Die Regenzeit könnte noch bis September andauern",
            "nach Angaben der Helfer",
        ),
        (
            "Die Verkehrsbetriebe haben Medienberichten zufolge das Gehalt nicht bezahlt.",
            "Die Verkehrsbetriebe haben das Gehalt nicht bezahlt",
            "Medienberichten zufolge",
        ),
        (
            "Die Lage, sagte der Minister am Montag, sei sehr ernst.",
            "Die Lage sei sehr ernst",
            ", sagte der Minister am Montag,",
        ),
        (
            "Die neue Regel verstoße, wie vom Verfassungsgericht entschieden, gegen das "
            "Grundgesetz.",
            "Die neue Regel verstoße gegen das Grundgesetz",
            ", wie vom Verfassungsgericht entschieden,",
        ),
        (
            "Der Minister sei, so die Opposition, verantwortlich für das Scheitern der "
            "Verhandlungen.",
            "Der Minister sei verantwortlich für das Scheitern der Verhandlungen",
            ", so die Opposition,",
        ),
        (
            "Die Stimmung sei, sagte der Trainer, ausgesprochen gut.",
            "Die Stimmung sei ausgesprochen gut",
            ", sagte der Trainer,",
        ),
        (
            "Die Stimmung, hat der Trainer gesagt, sei ausgesprochen gut.",
            "Die Stimmung sei ausgesprochen gut",
            ", hat der Trainer gesagt,",
        ),
    ],
    ids=[
        "nach-angaben-inside",
        "zufolge-inside",
        "frame-inside",
        "wie-frame-inside-the-clause",
        "so-frame-inside-the-clause",
        "frame-after-the-finite-verb",
        "frame-with-auxiliary-inside",
    ],
)
def test_source_or_frame_inside_the_clause_is_left_out_of_the_quote(
    nlp, text, quoted, interruption
):
    (quote,) = nlp(text)._.quotes
    assert quote.text == quoted
    assert quote.interruption is not None and quote.interruption.text == interruption
    assert text[quote.start : quote.end].startswith(quoted.split()[0])


@pytest.mark.model
def test_example_article_quotes_have_speakers(example_analysis):
    quotes = example_analysis.quotes
    assert len(quotes) >= 5
    assert sum(q.speaker is not None for q in quotes) >= 0.8 * len(quotes)
    assert any(q.kind == "direct" and "beispiellos" in q.text for q in quotes)


PLURAL_VERB_SINGULAR_OBJECT = """
Einige DET PIS 5 nsubj Case=Nom|Number=Plur
Abgeordnete NOUN NN 1 nmod Case=Gen|Number=Plur
haben AUX VAFIN 5 aux Mood=Ind|Number=Plur|VerbForm=Fin haben
Ministerin NOUN NN 5 nsubj Case=Nom|Number=Sing
geschrieben VERB VVPP 0 root _ schreiben
, PUNCT $, 9 punct
dass SCONJ KOUS 9 mark
es PRON PPER 9 nsubj Case=Nom|Number=Sing
eile VERB VVFIN 5 ccomp Mood=Sub|Number=Sing|VerbForm=Fin eilen
. PUNCT $. 5 punct
"""

PERFECT_HABEN_AS_AUX_PASS = """
Experten NOUN NN 3 nsubj Case=Nom|Number=Plur
haben AUX VAFIN 3 aux:pass Mood=Ind|Number=Plur|VerbForm=Fin haben
bestätigt VERB VVPP 0 root _ bestätigen
, PUNCT $, 8 punct
dass SCONJ KOUS 8 mark
das DET ART 7 det
Wrack NOUN NN 8 nsubj Case=Nom|Number=Sing
gefunden VERB VVPP 3 ccomp _ finden
sei AUX VAFIN 8 aux:pass Mood=Sub|Number=Sing|VerbForm=Fin sein
. PUNCT $. 3 punct
"""


# the parser takes the sentence-initial adverb for a name and the subject (session-5 model)
COMMON_WORD_AS_SUBJECT = """
Sinngemäß PROPN NE 2 nsubj Case=Nom|Number=Sing
hofft VERB VVFIN 0 root Mood=Ind|Number=Sing|VerbForm=Fin hoffen
Musk PROPN NE 2 obj Case=Nom|Number=Sing
, PUNCT $, 8 punct
dass SCONJ KOUS 8 mark
der DET ART 7 det Case=Nom|Number=Sing
Start NOUN NN 8 nsubj Case=Nom|Number=Sing
gelinge VERB VVFIN 2 ccomp Mood=Sub|Number=Sing|VerbForm=Fin gelingen
. PUNCT $. 2 punct
"""


@pytest.mark.parametrize(
    ("table", "speaker"),
    [
        (PLURAL_VERB_SINGULAR_OBJECT, "Einige Abgeordnete"),
        (PERFECT_HABEN_AS_AUX_PASS, "Experten"),
        (COMMON_WORD_AS_SUBJECT, "Musk"),
    ],
    ids=["the-subject-agrees-with-the-finite-verb", "perfect-haben-is-not-passive",
         "a-common-word-opening-the-sentence-is-no-speaker"],
)  # fmt: skip
def test_speaker_is_the_subject_the_verb_agrees_with(table, speaker):
    doc = build(table)
    assert [f[2] for f in texts(doc, find_quotes(doc))] == [speaker]


@pytest.mark.model
def test_so_heisst_after_a_name_in_marks_names_it(nlp):
    doc = nlp("„Wikiasari“, so heißt ein geplantes Projekt der Stiftung.")
    assert [q.text for q in doc._.quotes] == []


@pytest.mark.parametrize(("entity", "end"), [(True, 6), (False, 3)], ids=["one-name", "two-nouns"])
def test_source_phrase_runs_over_a_multiword_name(entity, end):
    words = ["Angaben", "des", "United", "States", "Geological", "Survey", "fand"]
    doc = Doc(VOCAB, words=words, pos=["NOUN", "DET", "NOUN", "NOUN", "NOUN", "NOUN", "VERB"])
    if entity:
        doc.ents = [Span(doc, 2, 6, label="ORG")]
    assert np_right(doc, 0, len(doc)) == (0, end)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Es ist verboten, im Wald zu rauchen.", False),
        ("Es ist geplant, dass jedes Kind Chinesisch lernt.", False),
        ("Er ist gewarnt worden, dass es gefährlich sei.", True),
    ],
    ids=["ist-verboten", "ist-geplant", "perfect-of-the-werden-passive-reports"],
)
def test_a_state_passive_with_sein_reports_nothing(nlp, text, quoted):
    assert bool(nlp(text)._.quotes) == quoted


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Der Chef dachte laut über mögliche Nachfolger nach.",
        "Die Käufer erfuhren erst später, dass sie Fälschungen erworben hatten.",
        "Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?",
        "Die Linkspartei hatte ein Engagement der Bundeswehr im Ausland stets abgelehnt.",
        "Mehrere Verbände hatten zu einer Kundgebung in Hannover aufgerufen.",
        "Das Gesetz erlaubt es, von jeder Behörde Akteneinsicht zu verlangen.",
        "Die Gruppe nennt sich seit dem Frühjahr „Rat für nationale Sicherheit“.",
        "Von glatter Desinformation durch die Regierung wird gesprochen.",
    ],
    ids=[
        "laut-as-adjective-names-no-source",
        "erfahren-is-learning-not-saying",
        "a-question-reports-nothing",
        "ablehnen-with-an-object-is-mostly-narration",
        "aufrufen-zu-with-an-object-is-mostly-narration",
        "erlauben-is-permission-not-speech",
        "sich-nennen-names-itself",
        "what-is-spoken-of-is-no-agent",
    ],
)
def test_words_that_only_look_like_reports(nlp, text):
    assert nlp(text)._.quotes == []


SECOND_MAIN_CLAUSE_INTRODUCES = """
Die DET ART 2 det
Ministerin NOUN NN 3 nsubj Case=Nom|Number=Sing
kritisierte VERB VVFIN 0 root Mood=Ind|Number=Sing|VerbForm=Fin kritisieren
das PRON PDS 3 obj Case=Acc|Number=Sing
, PUNCT $, 8 punct
der DET ART 7 det
Sprecher NOUN NN 8 nsubj Case=Nom|Number=Sing
erklärte VERB VVFIN 3 conj Mood=Ind|Number=Sing|VerbForm=Fin erklären
: PUNCT $. 8 punct
„ PUNCT $( 12 punct
Das PRON PDS 12 nsubj Case=Nom|Number=Sing
stimmt VERB VVFIN 8 ccomp Mood=Ind|Number=Sing|VerbForm=Fin stimmen
nicht PART PTKNEG 12 advmod
. PUNCT $. 12 punct
“ PUNCT $( 12 punct
"""


NARRATION_RESUMES = """
Pau PROPN NE 2 nsubj Case=Nom|Number=Sing
sagte VERB VVFIN 0 root Mood=Ind|Number=Sing|VerbForm=Fin sagen
, PUNCT $, 7 punct
die DET ART 5 det
Lage NOUN NN 7 nsubj Case=Nom|Number=Sing
sei AUX VAFIN 7 cop Mood=Sub|Number=Sing|VerbForm=Fin sein
ernst ADJ ADJD 2 ccomp
. PUNCT $. 2 punct

Er PRON PPER 2 nsubj Case=Nom|Number=Sing
halte VERB VVFIN 0 root Mood=Sub|Number=Sing|VerbForm=Fin halten
das PRON PDS 2 obj Case=Acc|Number=Sing
für ADP APPR 5 case
gut ADJ ADJD 2 obl
und CCONJ KON 7 cc
fordert VERB VVFIN 2 conj Mood=Ind|Number=Sing|VerbForm=Fin fordern
Änderungen NOUN NN 7 obj Case=Acc|Number=Plur
. PUNCT $. 2 punct
"""


def test_free_indirect_speech_ends_where_an_indicative_conjunct_resumes_the_narration():
    doc = build(NARRATION_RESUMES)
    assert texts(doc, find_quotes(doc))[-1] == ("free_indirect", "Er halte das für gut", "Pau")


ADDRESSEE_PARSED_AS_SUBJECT = """
Polizeichef NOUN NN 2 dep Case=Nom|Number=Sing
forderte VERB VVFIN 0 root Mood=Ind|Number=Sing|VerbForm=Fin fordern
Stephens PROPN NE 2 nsubj Case=Nom|Number=Sing
auf ADP PTKVZ 2 compound:prt
, PUNCT $, 9 punct
sich PRON PRF 9 obj Case=Acc
der DET ART 8 det
Polizei NOUN NN 9 obl Case=Dat|Number=Sing
zu PART PTKZU 10 mark
stellen VERB VVINF 2 xcomp _ stellen
. PUNCT $. 2 punct
"""


def test_the_one_addressed_after_the_verb_is_not_the_speaker():
    doc = build(ADDRESSEE_PARSED_AS_SUBJECT)
    assert [f[2] for f in texts(doc, find_quotes(doc))] == ["Polizeichef"]


SPEAKER_BEFORE_AN_APPOSITION = """
Alice PROPN NE 6 dep Case=Nom|Number=Sing
Kakamara PROPN NE 1 flat Case=Nom|Number=Sing
, PUNCT $, 4 punct
30 NUM CARD 1 appos
, PUNCT $, 6 punct
beschrieb VERB VVFIN 0 root Mood=Ind|Number=Sing|VerbForm=Fin beschreiben
den DET ART 8 det Case=Acc|Number=Sing
Hergang NOUN NN 6 obj Case=Acc|Number=Sing
: PUNCT $. 6 punct
„ PUNCT $( 14 punct
Die DET ART 12 det Case=Nom|Number=Sing
See NOUN NN 14 nsubj Case=Nom|Number=Sing
war AUX VAFIN 14 cop Mood=Ind|Number=Sing|VerbForm=Fin sein
rau ADJ ADJD 6 ccomp
. PUNCT $. 14 punct
“ PUNCT $( 14 punct
"""


@pytest.mark.parametrize(
    ("table", "quote"),
    [
        (SECOND_MAIN_CLAUSE_INTRODUCES, ("direct", "„Das stimmt nicht.“", "der Sprecher")),
        # the apposition belongs to the speaker
        (SPEAKER_BEFORE_AN_APPOSITION, ("direct", "„Die See war rau.“", "Alice Kakamara, 30")),
    ],
    ids=["the-nearer-of-two-main-clauses-introduces", "speaker-before-an-apposition"],
)
def test_speaker_of_a_quotation_after_a_colon_frame(table, quote):
    doc = build(table)
    assert texts(doc, find_quotes(doc)) == [quote]
