"""Shared fixtures: the real model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "putin-in-peking.txt"


@pytest.fixture(scope="session")
def nlp():
    """The full lagebild pipeline (trained model + components)."""
    import lagebild
    from lagebild.pipeline import MODEL_PATH

    if not (MODEL_PATH / "config.cfg").exists():
        pytest.skip("the trained model is not in lagebild/models/de_lagebild (run `make model`)")
    return lagebild.load()


@pytest.fixture(scope="session")
def example_analysis(nlp):
    from lagebild.readers import read_records

    (record,) = list(read_records([EXAMPLE_ARTICLE]))
    import lagebild

    return lagebild.analyze(record.text, record.title, record.date, record.id, nlp=nlp)


@pytest.fixture
def shared_data() -> Path:
    path = SHARED / "data"
    if not path.exists():
        pytest.skip("../shared/data is not available")
    return path
