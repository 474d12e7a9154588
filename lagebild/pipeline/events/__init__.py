"""PLOVER events: who did what to whom, with mode, factuality, score and evidence.

The package holds the component ``lagebild_events`` and its parts:

- ``coder``: the component; codes each matched predicate and applies PLOVER's rules;
- ``matching``: which codebook entry a verb, adjective or event noun matches;
- ``frames``: who fills the entry's argument frame, slot by slot (``SLOT_READERS``);
- ``derived``: events implied by others or by quotations (visits, allegations,
  condemnations, reported demands, answered proposals);
- ``merge``: one event per type, actors, recipients and modality, with its evidence;
- ``candidates``: the event found at one predicate before merging;
- ``arguments``: the argument frame of a predicate read from the dependency parse;
- ``repair``: a finite verb the tagger took for an adjective, restored before coding;
- ``participants``: the phrases of a frame mapped to actors through ``doc._.mentions``;
- ``modality``: factuality (asserted, future, hypothetical, negated, historical);
- ``detector``: the learned confidence and proposals (``lagebild_event_detector``).
"""

from __future__ import annotations

from lagebild.pipeline.events.coder import EventCoder, find_contexts, find_events, make_event_coder

__all__ = ["EventCoder", "find_contexts", "find_events", "make_event_coder"]
