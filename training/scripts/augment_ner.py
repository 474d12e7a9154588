"""Mention replacement for the NER training data (Dai & Adel 2020).

Each GermEval training sentence with a PER, LOC, ORG or OTH entity is copied with every
such entity replaced by another mention of the same label drawn from the training
sentences, so the model sees the same contexts with more names. -deriv and -part
entities, which depend on their word form, stay as they are.

    python scripts/augment_ner.py corpus/all/train/germeval.spacy OUT.spacy --copies 1
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

REPLACED = ("PER", "LOC", "ORG", "OTH")


def mentions(docs: list[Doc]) -> dict[str, list[tuple[str, ...]]]:
    pool: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in REPLACED:
                pool[ent.label_].append(tuple(t.text for t in ent))
    return pool


def replaced(doc: Doc, pool: dict[str, list[tuple[str, ...]]], rng: random.Random) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    ents: list[str] = []
    i = 0
    starts = {ent.start: ent for ent in doc.ents}
    while i < len(doc):
        ent = starts.get(i)
        if ent is None:
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            ents.append("O")
            i += 1
            continue
        new = rng.choice(pool[ent.label_]) if ent.label_ in REPLACED else [t.text for t in ent]
        words.extend(new)
        spaces.extend([True] * (len(new) - 1) + [bool(doc[ent.end - 1].whitespace_)])
        ents.extend([f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(new) - 1))
        i = ent.end
    return Doc(doc.vocab, words=words, spaces=spaces, ents=ents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    nlp = spacy.blank("de")
    docs = list(DocBin().from_disk(args.train).get_docs(nlp.vocab))
    pool = mentions(docs)
    rng = random.Random(args.seed)
    with_names = [d for d in docs if any(e.label_ in REPLACED for e in d.ents)]
    out = [replaced(d, pool, rng) for _ in range(args.copies) for d in with_names]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=out, store_user_data=False).to_disk(args.out)
    print(f"{args.out}: {len(out)} augmented sentences from {len(with_names)}")


if __name__ == "__main__":
    main()
