"""Word counts of the raw German corpus (``../shared/data/raw_de``), for the build scripts of
generated layers that filter candidates by how often German uses them."""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

WORD = re.compile(r"[\wäöüß]+")


def word_counts(path: Path) -> Counter[str]:
    """Lower-cased word counts of a gzipped text file; lines starting with ``#`` are metadata."""
    counts: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                counts.update(w.lower() for w in WORD.findall(line))
    return counts
