"""The linker's look-ups remember their answers, and forget them all when the memo is full, so
a long run's memory stays flat."""

from __future__ import annotations

import pytest

from lagebild.pipeline.actors import core
from lagebild.pipeline.actors.core import remembered


def test_a_word_asked_again_is_answered_from_the_memo() -> None:
    asked: list[str] = []
    memo: dict[str, int] = {}
    for word in ["Präsident", "Minister", "Präsident"]:
        remembered(memo, word, lambda w: asked.append(w) or len(w))
    assert asked == ["Präsident", "Minister"]
    assert memo == {"Präsident": 9, "Minister": 8}


def test_a_full_memo_is_emptied_before_it_grows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "MEMO_SIZE", 2)
    memo: dict[str, int] = {}
    for word in ["Rat", "Chef", "Amt"]:
        remembered(memo, word, len)
    assert memo == {"Amt": 3}  # never more than MEMO_SIZE words
