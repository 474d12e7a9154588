"""The international body of states an article is about (the EU in an EU summit story)."""

from __future__ import annotations

from collections.abc import Iterable

from lagebild.pipeline.actors.core import Found
from lagebild.pipeline.actors.registry import ActorRegistry

# Mentions of the body needed for it to be the story's body (one mention in passing is not).
MIN_BODY_MENTIONS = 2


def story_body(found: Iterable[Found], registry: ActorRegistry) -> str | None:
    """The international body of states (IGO) the article names most often, if at least
    twice and more often than any other."""
    counts: dict[str, int] = {}
    for f in found:
        if f.kind == "pronoun" or len(f.actors) != 1:
            continue
        code = registry.code(f.actors[0]) or ""
        entry = registry.kb.entries.get(code)
        if entry is None or entry.kind != "organisation" or entry.sector != "IGO":
            continue
        if entry.code != entry.id:
            continue
        counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MIN_BODY_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
