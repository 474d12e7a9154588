"""The lagebild pipeline: the trained German model plus one component per capability.

This is the one place where the pipeline is configured.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.errors import ModelNotFoundError
from lagebild.models import components as _model_components  # noqa: F401  (model factories)
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "de_lagebild"

# (component name, module that registers it, where it goes, its config)
COMPONENTS: list[tuple[str, str, dict, dict]] = [
    ("lagebild_sentences", "lagebild.pipeline.sentences", {"before": "parser"}, {}),
    ("lagebild_entities", "lagebild.pipeline.entities", {"after": "ner"}, {}),
    ("lagebild_actors", "lagebild.pipeline.actors", {"last": True}, {}),
    ("lagebild_quotes", "lagebild.pipeline.quotes", {"last": True}, {}),
    ("lagebild_events", "lagebild.pipeline.events", {"last": True}, {}),
    ("lagebild_places", "lagebild.pipeline.places", {"last": True}, {}),
]
MAX_CHARS = 1_000_000


def build_pipeline(model: str | Path | None = None, *, bare: bool = False) -> Language:
    """Load the trained model and add lagebild's components (none when ``bare``)."""
    path = Path(model) if model else MODEL_PATH
    if not (path / "config.cfg").exists():
        raise ModelNotFoundError(
            "no trained model here; rebuild it with `make model` "
            "(see lagebild/models/MODEL_CARD.md)",
            source=str(path),
        )
    nlp = spacy.load(path)
    nlp.max_length = MAX_CHARS
    if bare:
        return nlp
    for name, module, where, config in COMPONENTS:
        importlib.import_module(module)
        if name == "lagebild_sentences" and "parser" not in nlp.pipe_names:
            where = {"first": True}
        nlp.add_pipe(name, config=config, **where)
    return nlp
