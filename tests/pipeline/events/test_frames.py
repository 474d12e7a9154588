"""The frame slots: every slot the codebook may name is read off the parse by one reader."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.frames import SLOT_READERS

SCHEMA = Path(__file__).parents[3] / "lagebild" / "codebook" / "schema" / "plover.schema.json"


def _slot_pattern() -> str:
    """The schema's pattern of a frame slot (``$defs/slot``)."""
    return json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]["slot"]["pattern"]


def _named_slots() -> list[str]:
    """The plain slot names the schema allows: the alternatives of its pattern, less pp:."""
    alternatives = _slot_pattern().removeprefix("^(").removesuffix(")$").split("|")
    return [a for a in alternatives if not a.startswith("pp:")]


@pytest.mark.parametrize("slot", _named_slots())
def test_every_slot_the_schema_allows_has_a_reader(slot: str) -> None:
    assert slot in SLOT_READERS


def test_every_slot_the_codebook_uses_is_read() -> None:
    codebook = load_codebook()
    used = {
        slot
        for p in codebook.predicates
        for slot in (*p.frame.actor, *p.frame.recipient, *p.frame.partners)
    }
    unread = {s for s in used if s not in SLOT_READERS and not s.startswith("pp:")}
    assert unread == set()
    assert re.fullmatch(_slot_pattern(), "pp:gegen")
