"""Shared fixtures: the real model is loaded once per test session."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "putin-in-peking.txt"


@lru_cache(maxsize=1)
def rules_pipeline() -> Language:
    """The full pipeline with the detector's gate held open (see ``nlp``), built once; for
    test helpers that run outside a fixture."""
    from lagebild.pipeline import build_pipeline
    from lagebild.pipeline.events.detector import hold_gate_open

    return hold_gate_open(build_pipeline())  # its own copy: lagebild.load() keeps the shipped one


def _skip_without_model() -> None:
    from lagebild.pipeline import MODEL_PATH

    if not (MODEL_PATH / "config.cfg").exists():
        pytest.skip("the trained model is not in lagebild/models/de_lagebild (run `make model`)")


@pytest.fixture(scope="session")
def nlp():
    """The full lagebild pipeline (trained model + components) with the learned detector's
    gate held open: it sets every event's confidence but proposes and drops none. The tests
    of the rules test the rules; the gate is chosen anew by cross-validation at every
    retraining (`make -C training events-detector`), and ``shipped_nlp`` tests it as shipped."""
    _skip_without_model()
    return rules_pipeline()


@pytest.fixture(scope="session")
def shipped_nlp():
    """The full lagebild pipeline as shipped, the detector's gate included."""
    import lagebild

    _skip_without_model()
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
