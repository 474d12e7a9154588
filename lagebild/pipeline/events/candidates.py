"""An event found at one predicate before merging, and the type sets the coder's parts share."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from lagebild.analysis import EventParticipant
from lagebild.codebook.loader import Predicate
from lagebild.pipeline.events.modality import Factuality

VERBAL_QUADS = frozenset({"verbal_cooperation", "verbal_conflict"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
MATERIAL_TYPES = MATERIAL_CONFLICT | {"COOPERATE", "AID", "RETREAT"}
STATE_SECTORS = frozenset({"GOV", "MIL", "IGO", "LEG", "JUD", "COP", "SPY"})
BASE_CONFIDENCE = {"verb": 0.7, "adj": 0.6, "noun": 0.55}
MEDIA = frozenset({"MED", "JRN"})


@dataclass
class Candidate:
    """One predicate occurrence coded as an event, before merging."""

    token: Token
    predicate: Predicate
    type: str
    mode: str | None
    actor: list[EventParticipant]
    recipient: list[EventParticipant]
    factuality: Factuality
    confidence: float
    extra: list[Token] = field(default_factory=list)  # the light verb's object
    placed: bool = False  # the actor is the unnamed agent the place of the act implies
    # whether the sentence names the recipient (False: none, or a default); None for events
    # derived from others or from quotations
    addressed: bool | None = None
    # kept without the recipient its type needs, for a coordinated act of the same quad to
    # share one ("zeigte sich besorgt und forderte La Paz auf"); dropped if none does
    awaits_recipient: bool = False
