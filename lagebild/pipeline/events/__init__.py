"""PLOVER events: who did what to whom, with mode, factuality, score and evidence.

The package holds the component ``lagebild_events`` and its parts:

- ``coder``: the component; matches codebook predicates, applies PLOVER's rules, merges;
- ``arguments``: the argument frame of a predicate read from the dependency parse;
- ``participants``: the phrases of a frame mapped to actors through ``doc._.mentions``;
- ``modality``: factuality (asserted, future, hypothetical, negated, historical).
"""

from __future__ import annotations

from lagebild.pipeline.events.coder import EventCoder, find_contexts, find_events, make_event_coder

__all__ = ["EventCoder", "find_contexts", "find_events", "make_event_coder"]
