"""What the knowledge base holds: entries, their roles, surface matches and role words."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KBRole:
    title: str
    code: str
    sector: str
    start: str | None
    end: str | None
    org: str | None = None


@dataclass(frozen=True)
class KBEntry:
    id: str
    kind: str
    name: str
    code: str | None
    sector: str | None
    wikidata: str | None
    roles: tuple[KBRole, ...] = ()
    gender: str | None = None


@dataclass(frozen=True)
class SurfaceMatch:
    entry_id: str
    form: str
    sector: str | None
    # The surface is also a common word or names something else ("Amerika",
    # "Niger"): accept it only with supporting context.
    ambiguous: bool = False


Matches = tuple[SurfaceMatch, ...]


@dataclass(frozen=True)
class RoleWord:
    word: str
    title: str
    sector: str
    kind: str
    code: str | None
    covers: tuple[str, ...] = ()
    # The party or domestic organisation a compound names (SPD-Chef → "SPD"); its code
    # is the state's, so this is what tells the SPD's chair from the CDU's.
    org: str | None = None
    # A form that is also a common word ("in der Spitze", "eine Botschaft senden"): the
    # linker takes it as a role only when the text says whose it is.
    ambiguous: bool = False
