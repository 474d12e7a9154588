"""Silver UD sentences from the Bundestag speeches, for self-training.

A trained pipeline annotates raw sentences (tags, morphology, lemmas, dependencies);
HanTa, an independent tagger trained on other data, tags the same words. A sentence
is kept only when both agree on the STTS tag of every word, which removes most
sentences the pipeline got wrong. Entities are left missing, so the silver docs
train the UD components and the shared tok2vec, never the NER.

    python scripts/silver.py MODEL corpus/raw_tok.txt OUT.spacy --sentences 4000
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from HanTa import HanoverTagger as ht
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import lagebild.models.components  # noqa: E402,F401  (registers the lemma lookup)


def paragraphs(path: Path, stride: int, offset: int) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % stride == offset:
                words = line.split()
                if 6 <= len(words) <= 300:
                    yield words


# HanTa writes some STTS tags its own way: ADJ(A), VV(FIN), PROAV, NNA/NNI (nouns).
HANTA_STTS = {"PROAV": "PAV", "NNA": "NN", "NNI": "NN"}


def stts(hanta_tag: str) -> str:
    tag = hanta_tag.replace("(", "").replace(")", "")
    return HANTA_STTS.get(tag, tag)


def gold_copy(sent: spacy.tokens.Span) -> Doc:
    """The sentence as a training reference: UD annotation, entities missing."""
    return Doc(
        sent.doc.vocab,
        words=[t.text for t in sent],
        spaces=[bool(t.whitespace_) for t in sent],
        tags=[t.tag_ for t in sent],
        pos=[t.pos_ for t in sent],
        morphs=[str(t.morph) for t in sent],
        lemmas=[t.lemma_ for t in sent],
        heads=[t.head.i - sent.start for t in sent],
        deps=[t.dep_ for t in sent],
        sent_starts=[t.i == sent.start for t in sent],
    )


def agreeing_sentences(nlp: spacy.Language, path: Path, stride: int, offset: int) -> Iterator[Doc]:
    hanta = ht.HanoverTagger("morphmodel_ger.pgz")
    docs = (Doc(nlp.vocab, words=words) for words in paragraphs(path, stride, offset))
    for doc in nlp.pipe(docs, batch_size=64):
        for sent in doc.sents:
            words = [t.text for t in sent]
            if not 6 <= len(words) <= 40 or not sent[-1].is_punct:
                continue
            tags = [stts(tag) for _, _, tag in hanta.tag_sent(words, taglevel=1)]
            if all(
                t.tag_ == tag or t.tag_.startswith("$") for t, tag in zip(sent, tags, strict=True)
            ):
                yield gold_copy(sent)


def hanta_tagged(vocab, path: Path, stride: int, offset: int) -> Iterator[Doc]:
    """Sentences with HanTa's STTS tags only: everything else stays missing."""
    hanta = ht.HanoverTagger("morphmodel_ger.pgz")
    for words in paragraphs(path, stride, offset):
        start = 0
        for i, word in enumerate(words):
            ends = word in {".", "!", "?"} and (i + 1 == len(words) or words[i + 1][:1].isupper())
            if ends:
                sentence, start = words[start : i + 1], i + 1
                if 6 <= len(sentence) <= 40:
                    tags = [stts(tag) for _, _, tag in hanta.tag_sent(sentence, taglevel=1)]
                    yield Doc(vocab, words=sentence, tags=tags)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("raw", type=Path, help="tokenised text, one paragraph per line")
    parser.add_argument("out", type=Path)
    parser.add_argument("--sentences", type=int, default=4000)
    parser.add_argument("--stride", type=int, default=50, help="read every n-th paragraph")
    parser.add_argument("--offset", type=int, default=7)
    parser.add_argument(
        "--tags-only", action="store_true", help="HanTa's STTS tags, no model (MODEL is ignored)"
    )
    args = parser.parse_args()
    if args.tags_only:
        found = hanta_tagged(spacy.blank("de").vocab, args.raw, args.stride, args.offset)
    else:
        nlp = spacy.load(args.model, exclude=["ner", "lagebild_entities"])
        found = agreeing_sentences(nlp, args.raw, args.stride, args.offset)
    kept = list(itertools.islice(found, args.sentences))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=kept, store_user_data=False).to_disk(args.out)
    words = sum(len(doc) for doc in kept)
    print(f"{args.out}: {len(kept)} silver sentences, {words} words")


if __name__ == "__main__":
    main()
