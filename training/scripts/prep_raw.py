"""Tokenise the raw Bundestag speeches (+ gold-corpus text) for floret training.

One line per paragraph, tokens separated by single spaces, produced with the
same spaCy German tokenizer the pipeline uses.
"""

import gzip
import sys
from pathlib import Path

import spacy


def paragraphs(path: Path):
    with gzip.open(path, "rt", encoding="utf8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("# session"):
                yield line


def main(raw: str, out: str) -> None:
    nlp = spacy.blank("de")
    n = 0
    with open(out, "w", encoding="utf8") as f:
        for doc in nlp.tokenizer.pipe(paragraphs(Path(raw)), batch_size=2000):
            toks = [t.text for t in doc if not t.is_space]
            n += len(toks)
            f.write(" ".join(toks) + "\n")
    print(f"{n} tokens written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
