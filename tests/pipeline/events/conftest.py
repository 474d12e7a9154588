"""Fixtures of the event coder's tests: hand-parsed sentences share one vocabulary."""

from __future__ import annotations

import pytest
import spacy
from spacy.vocab import Vocab


@pytest.fixture(scope="session")
def vocab() -> Vocab:
    return spacy.blank("de").vocab
