"""Every fifth paragraph of the tokenised Bundestag text as JSONL for `spacy pretrain`.

    python scripts/pretrain_corpus.py corpus/raw_tok.txt corpus/pretrain.jsonl

About 5.1 M words: one epoch of character-objective pretraining of the joint tok2vec
takes about 20 minutes on one thread.
"""

import json
import sys

EVERY = 5
MIN_WORDS = 5


def main(raw: str, out: str) -> None:
    paragraphs = words = 0
    with open(raw, encoding="utf8") as src, open(out, "w", encoding="utf8") as dst:
        for i, line in enumerate(src):
            text = line.strip()
            if i % EVERY or len(text.split()) < MIN_WORDS:
                continue
            dst.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            paragraphs += 1
            words += len(text.split())
    print(f"{paragraphs} paragraphs, {words} words written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
