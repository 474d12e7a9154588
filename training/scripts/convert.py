"""Convert the shared gold data into spaCy DocBin corpora with a fixed train/dev split.

UD German (GSD dev+test, PUD part) -> tagger/morphologizer/lemmatizer/parser docs
(entities left *missing*; PUD's PTB-style XPOS left missing too, the tagger
learns STTS from GSD only); GermEval 2014 (dev + test-part) -> NER docs (no heads,
tags or lemmas). Each source is split separately (seed 13, 12 % dev) so the dev
set keeps the GSD/PUD/GermEval-dev/GermEval-test mixture. The dev parts are also
written back in their original formats (CoNLL-U / GermEval TSV) for
``lagebild.evaluate``.

Usage: python convert.py DATA_DIR OUT_DIR
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

from lagebild.evaluate.parse import syntactic_words

SEED = 13
DEV_SHARE = 0.12
UD_DOC_SENTS = 10


# --------------------------------------------------------------------------- UD
def read_conllu(path: Path) -> list[tuple[list[str], bool]]:
    """Return sentences as (raw lines incl. comments, starts_new_doc)."""
    sents: list[tuple[list[str], bool]] = []
    block: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if block:
                newdoc = any(x.startswith("# newdoc") for x in block)
                sents.append((block, newdoc))
                block = []
        else:
            block.append(line)
    if block:
        sents.append((block, any(x.startswith("# newdoc") for x in block)))
    return sents


def conllu_words(block: list[str]) -> list[dict]:
    """Syntactic words of one sentence (lagebild's CoNLL-U reader) as dicts."""
    return [
        {
            "id": w.id,
            "form": w.form,
            "lemma": "" if w.cols[2] == "_" and w.form != "_" else w.cols[2],
            "upos": w.cols[3],
            "xpos": w.cols[4] if w.cols[4] != "_" else "",
            "feats": "" if w.cols[5] == "_" else w.cols[5],
            "head": int(w.cols[6]),
            "deprel": w.cols[7],
            "space": w.space_after,
        }
        for w in syntactic_words(block)
    ]


def merge_mwt(block: list[str]) -> list[dict]:
    """Words of one sentence with multiword tokens merged back into their surface
    token, as spaCy's German tokenizer leaves them (``zum`` = ``zu`` + ``dem``):
    UPOS/head/deprel/lemma of the first part, STTS ``APPRART`` for
    preposition+article, FEATS of the last part (the article's case)."""
    words = conllu_words(block)
    by_id = {w["id"]: w for w in words}
    ranges: list[tuple[int, int, str]] = []
    for line in block:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            ranges.append((int(a), int(b), cols[1]))
    if not ranges:
        return words
    new_id: dict[int, int] = {}
    merged: list[dict] = []
    skip: set[int] = set()
    starts = {a: (b, form) for a, b, form in ranges}
    for w in words:
        if w["id"] in skip:
            continue
        if w["id"] in starts:
            b, form = starts[w["id"]]
            parts = [by_id[i] for i in range(w["id"], b + 1) if i in by_id]
            first, last = parts[0], parts[-1]
            tok = dict(first)
            tok["form"] = form
            tok["space"] = last["space"]
            if first["upos"] == "ADP" and last["upos"] == "DET":
                tok["xpos"] = "APPRART" if first["xpos"] else ""
            tok["feats"] = last["feats"]
            inside = {p["id"] for p in parts}
            if first["head"] in inside:  # head inside the token: use the part's head outside
                outside = [p for p in parts if p["head"] not in inside]
                src = outside[0] if outside else first
                tok["head"], tok["deprel"] = src["head"], src["deprel"]
            for p in parts:
                new_id[p["id"]] = len(merged) + 1
                skip.add(p["id"])
            merged.append(tok)
        else:
            new_id[w["id"]] = len(merged) + 1
            merged.append(dict(w))
    for tok in merged:
        tok["head"] = new_id.get(tok["head"], 0) if tok["head"] else 0
    return merged


def ud_doc(vocab, sents: list[list[str]], stts: bool = True) -> Doc:
    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    for block in sents:
        ws = merge_mwt(block)
        offset = len(words)
        for i, w in enumerate(ws):
            words.append(w["form"])
            spaces.append(w["space"])
            tags.append(w["xpos"] if stts else "")
            pos.append(w["upos"])
            morphs.append(w["feats"])
            lemmas.append(w["lemma"])
            heads.append(offset + w["head"] - 1 if w["head"] > 0 else offset + i)
            deps.append(w["deprel"])
            starts.append(i == 0)
        spaces[-1] = True
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def group_ud(sents: list[tuple[list[str], bool]]) -> list[list[list[str]]]:
    """Group sentences into documents of ~10 sentences, never splitting a
    PUD ``newdoc`` unit across groups."""
    units: list[list[list[str]]] = []
    for block, newdoc in sents:
        if newdoc or not units:
            units.append([block])
        else:
            units[-1].append(block)
    if len(units) == 1:  # no newdoc marks (GSD): consecutive chunks
        allb = units[0]
        units = [allb[i : i + 1] for i in range(len(allb))]
    groups: list[list[list[str]]] = [[]]
    for unit in units:
        if len(groups[-1]) + len(unit) > UD_DOC_SENTS and groups[-1]:
            groups.append([])
        groups[-1].extend(unit)
    return [g for g in groups if g]


# --------------------------------------------------------------------- GermEval
def read_germeval(path: Path) -> list[list[list[str]]]:
    """Sentences as lists of rows (comment line first, kept for write-back)."""
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(line.split("\t"))
    if cur:
        sents.append(cur)
    return sents


def germeval_doc(vocab, rows: list[list[str]]) -> Doc:
    toks = [r for r in rows if r[0] != "#"]
    words = [r[1] for r in toks]
    doc = Doc(vocab, words=words)
    biluo = iob_to_biluo([r[2] for r in toks])
    doc.set_ents(biluo_tags_to_spans(doc, biluo), default="outside")
    return doc


def split(items: list, name: str) -> tuple[list, list]:
    rng = random.Random(f"{SEED}-{name}")
    idx = list(range(len(items)))
    rng.shuffle(idx)
    n_dev = round(len(items) * DEV_SHARE)
    dev_idx = set(idx[:n_dev])
    train = [x for i, x in enumerate(items) if i not in dev_idx]
    dev = [x for i, x in enumerate(items) if i in dev_idx]
    return train, dev


def main(data_dir: str, out_dir: str) -> None:
    data = Path(data_dir)
    out = Path(out_dir)
    for sub in ("ud/train", "ud/dev", "ner/train", "ner/dev", "all/train", "all/dev"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")

    ud_train_docs, ud_dev_docs, dev_conllu, dev_gsd = [], [], [], []
    for fname in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-part.conllu"):
        groups = group_ud(read_conllu(data / "ud_german" / fname))
        tr, dv = split(groups, fname)
        # PUD's XPOS column is PTB-style, not STTS: leave those tags missing
        stts = "pud" not in fname
        ud_train_docs += [ud_doc(nlp.vocab, g, stts) for g in tr]
        ud_dev_docs += [ud_doc(nlp.vocab, g, stts) for g in dv]
        for g in dv:
            dev_conllu += ["\n".join(b) + "\n" for b in g]
            if stts:
                dev_gsd += ["\n".join(b) + "\n" for b in g]
        print(fname, "train", sum(map(len, tr)), "dev", sum(map(len, dv)), "sentences")
    (out / "ud_dev.conllu").write_text("\n".join(dev_conllu) + "\n", encoding="utf8")
    (out / "ud_dev_gsd.conllu").write_text("\n".join(dev_gsd) + "\n", encoding="utf8")

    ner_train_docs, ner_dev_docs, dev_tsv = [], [], []
    for fname in ("NER-de-dev.tsv", "NER-de-test-part.tsv"):
        sents = read_germeval(data / "germeval2014" / fname)
        tr, dv = split(sents, fname)
        ner_train_docs += [germeval_doc(nlp.vocab, s) for s in tr]
        ner_dev_docs += [germeval_doc(nlp.vocab, s) for s in dv]
        dev_tsv += ["\n".join("\t".join(r) for r in s) + "\n" for s in dv]
        print(fname, "train", len(tr), "dev", len(dv), "sentences")
    (out / "ner_dev.tsv").write_text("\n".join(dev_tsv) + "\n", encoding="utf8")

    DocBin(docs=ud_train_docs, store_user_data=False).to_disk(out / "ud/train/ud.spacy")
    DocBin(docs=ud_dev_docs).to_disk(out / "ud/dev/ud.spacy")
    DocBin(docs=ner_train_docs).to_disk(out / "ner/train/germeval.spacy")
    DocBin(docs=ner_dev_docs).to_disk(out / "ner/dev/germeval.spacy")
    DocBin(docs=ud_train_docs).to_disk(out / "all/train/ud.spacy")
    DocBin(docs=ud_dev_docs).to_disk(out / "all/dev/ud.spacy")
    DocBin(docs=ner_train_docs).to_disk(out / "all/train/germeval.spacy")
    DocBin(docs=ner_dev_docs).to_disk(out / "all/dev/germeval.spacy")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
