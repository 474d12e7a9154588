"""Convert extra NER corpora to GermEval's label set (spaCy DocBin).

* Europarl NER (IOB1, PER/LOC/ORG/MISC): MISC -> OTH, except single lower-case
  MISC tokens (``europäischen``), which GermEval annotates as LOCderiv.
* WikiANN (silver IOB2, PER/LOC/ORG): labels kept; a random sample of
  ``--wikiann N`` sentences (seed 13).

Usage: python convert_extra.py DATA_DIR OUT_DIR WIKIANN_N
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo


def blocks(path: Path, sep: str | None) -> list[list[list[str]]]:
    out: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line.split(sep))
    if cur:
        out.append(cur)
    return out


def iob1_to_iob2(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def europarl_tags(words: list[str], tags: list[str]) -> list[str]:
    tags = iob1_to_iob2(tags)
    out = []
    for i, (w, t) in enumerate(zip(words, tags, strict=True)):
        if t == "O":
            out.append(t)
            continue
        prefix, lab = t.split("-", 1)
        if lab == "MISC":
            single = prefix == "B" and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))
            lab = "LOCderiv" if single and w[:1].islower() else "OTH"
        out.append(f"{prefix}-{lab}")
    return out


def make_doc(nlp, words: list[str], iob: list[str]):
    doc = Doc(nlp.vocab, words=words)
    doc.set_ents(biluo_tags_to_spans(doc, iob_to_biluo(iob)), default="outside")
    return doc


def main(data_dir: str, out_dir: str, wikiann_n: int) -> None:
    data = Path(data_dir) / "ner_extra"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    docs = []
    for b in blocks(data / "europarl_ner_de" / "train.tsv", "\t"):
        words = [r[0] for r in b]
        docs.append(make_doc(nlp, words, europarl_tags(words, [r[4] for r in b])))
    DocBin(docs=docs).to_disk(out / "europarl.spacy")
    print("europarl", len(docs))
    wk = blocks(data / "wikiann_de" / "train.conllu", "\t")
    random.Random(13).shuffle(wk)
    docs = [make_doc(nlp, [r[1] for r in b], [r[2] for r in b]) for b in wk[:wikiann_n]]
    DocBin(docs=docs).to_disk(out / "wikiann.spacy")
    print("wikiann", len(docs))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
