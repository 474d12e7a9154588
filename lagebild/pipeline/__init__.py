"""The lagebild pipeline: the trained German model plus one component per capability.

This is the one place where the pipeline is configured.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.errors import ModelNotFoundError
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "de_lagebild"

# (component name, where it goes, its config). The factories are found through the
# ``spacy_factories`` entry points in pyproject.toml, so spaCy imports their modules itself.
COMPONENTS: list[tuple[str, dict, dict]] = [
    ("lagebild_meta", {"first": True}, {}),
    ("lagebild_sentences", {"before": "parser"}, {}),
    ("lagebild_entities", {"after": "ner"}, {}),
    ("lagebild_actors", {"last": True}, {}),
    ("lagebild_quotes", {"last": True}, {}),
    ("lagebild_events", {"last": True}, {}),
    ("lagebild_event_detector", {"last": True}, {}),
    ("lagebild_places", {"last": True}, {}),
]
MAX_CHARS = 1_000_000


def build_pipeline(
    model: str | Path | None = None, *, bare: bool = False, exclude: tuple[str, ...] = ()
) -> Language:
    """Load the trained model and add lagebild's components (none when ``bare``, all but
    ``exclude`` otherwise: training the event detector needs the pipeline without it)."""
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
    for name, where, config in COMPONENTS:
        if name in exclude:
            continue
        if name == "lagebild_sentences" and "parser" not in nlp.pipe_names:
            where = {"first": True}
        nlp.add_pipe(name, config=config, **where)
    return nlp
