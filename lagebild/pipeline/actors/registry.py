"""The actors of one article: knowledge-base entries and actors known only from the text."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from lagebild.analysis import Actor, Role
from lagebild.codebook.loader import Codebook, load_codebook
from lagebild.kb.loader import KBEntry, KBRole, KnowledgeBase
from lagebild.pipeline.actors.core import STATE_SECTOR, slug


class ActorRegistry:
    """The actors of one document, built from KB entries and the text, keyed by id."""

    def __init__(
        self, kb: KnowledgeBase, date: str | None, codebook: Codebook | None = None
    ) -> None:
        self.kb = kb
        # the pipeline's event codebook: which verbs address their object (context)
        self.codebook = codebook or load_codebook()
        self.date = date
        self.actors: dict[str, Actor] = {}
        self.genders: dict[str, str | None] = {}
        self.person_names: dict[str, tuple[str, ...]] = {}  # text persons: name tokens

    def entry(self, entry_id: str) -> str:
        ruled = self.governed(entry_id)
        if ruled is not None:
            return self.entry(ruled)  # the Taliban in 2025: Afghanistan's government
        if entry_id not in self.actors:
            self.actors[entry_id] = self._entry_actor(self.kb.entries[entry_id])
            self.genders[entry_id] = self.kb.entries[entry_id].gender
        return entry_id

    def _entry_actor(self, entry: KBEntry) -> Actor:
        roles = [_role(r) for r in entry.roles]
        if entry.kind == "state":
            # A state acting in the news is its government (EVENTS-GUIDELINES: Russland → GOV).
            return Actor(
                name=entry.name,
                kind="state",
                code=entry.code,
                sector=STATE_SECTOR,
                wikidata=entry.wikidata,
                roles=roles,
            )
        if entry.kind != "person":
            return Actor(
                name=entry.name,
                kind=entry.kind,
                code=entry.code,
                sector=entry.sector,
                wikidata=entry.wikidata,
                roles=roles,
            )
        role = self.kb.role_at(entry.id, self.date)
        code, sector = (role.code, role.sector) if role else (_nearest_code(entry, self.date), None)
        return Actor(
            name=entry.name,
            kind="person",
            code=code,
            sector=sector,
            wikidata=entry.wikidata,
            roles=roles,
        )

    def governed(self, entry_id: str) -> str | None:
        """The state a group rules at the article's date (``governs`` in the KB), else None:
        the guideline codes a government by its state, whoever forms it."""
        rule = self.kb.governing.get(entry_id)
        if rule is None or self.date is None or self.date[:10] < rule[1]:
            return None
        return rule[0]

    def sector_of(self, entry_id: str, sector: str | None) -> str:
        """The state or organisation ``entry_id`` itself, or its ``sector`` (``RUS/GOV``)."""
        entry = self.kb.entries[entry_id]
        if sector is None or sector == entry.sector or entry.kind == "person":
            return self.entry(entry_id)
        return self.group(entry.code or entry_id, sector)

    def group(self, code: str, sector: str) -> str:
        """``RUS/MIL``; a state's government is the state itself (``RUS``); the fighters of
        a group that rules a state are its forces (``Taliban-Kämpfer`` in 2025: AFG/MIL)."""
        ruled = self.governed(code)
        if ruled is not None:
            return self.group(ruled, "MIL" if sector == "REB" else sector)
        entry = self.kb.entries.get(code)
        if entry is not None and entry.kind == "state" and sector == STATE_SECTOR:
            return self.entry(code)
        actor_id = f"{code}/{sector}"
        if actor_id not in self.actors:
            entry = self.kb.entries.get(code)
            name = entry.name if entry else code
            label = self.kb.sectors.get(sector, sector)
            kind = "organisation" if entry is not None and entry.kind != "state" else "group"
            self.actors[actor_id] = Actor(
                name=f"{name} ({label})",
                kind=kind,
                code=code,
                sector=sector,
                in_kb=entry is not None,
            )
            self.genders[actor_id] = None
        return actor_id

    def text_actor(
        self,
        name: str,
        kind: str,
        role: Role | None,
        gender: str | None = None,
        key: str | None = None,
    ) -> str:
        """A person or group known only from the text; a later role fills a missing code."""
        actor_id = "text:" + slug(key or name)
        actor = self.actors.get(actor_id)
        if actor is None:
            self.actors[actor_id] = Actor(
                name=name,
                kind=kind,
                code=role.code if role else None,
                sector=role.sector if role else None,
                roles=[role] if role else [],
                in_kb=False,
            )
            self.genders[actor_id] = gender
            if kind == "person":
                self.person_names[actor_id] = tuple(name.split())
        elif role is not None:
            self.add_role(actor_id, role)
        return actor_id

    def add_role(self, actor_id: str, role: Role) -> None:
        actor = self.actors[actor_id]
        if actor.in_kb:
            return
        untitled = [r for r in actor.roles if r.title == role.title and r.code is None]
        if untitled and role.code is not None:
            actor.roles.remove(untitled[0])  # the same role, now with its state
        if role not in actor.roles:
            actor.roles.append(role)
        if actor.code is None and role.code is not None:
            actor.code = role.code
            actor.sector = role.sector or actor.sector
        elif actor.sector is None:
            actor.sector = role.sector

    def code(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.code if actor else None


def _role(role: KBRole) -> Role:
    return Role(
        title=role.title, code=role.code, sector=role.sector, start=role.start, end=role.end
    )


def _nearest_code(entry: KBEntry, date: str | None) -> str | None:
    """A person out of office at the date still belongs to the state of their latest role."""
    if not entry.roles:
        return None
    earlier = [r for r in entry.roles if date is None or (r.start or "") <= date]
    pool = earlier or list(entry.roles)
    return max(pool, key=lambda r: r.start or "").code


# --- tokens ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """Token attributes as plain lists: looping over ``Token`` objects is slow, and every
    step looks at every token."""

    text: list[str]
    pos: list[str]
    after: list[str]  # whitespace after the token
    skip: list[bool]  # punctuation or whitespace
    by_lower: dict[str, list[int]]  # lower-cased word → its token indices
    sentence: list[tuple[int, int]]  # token → (start, end) of its sentence

    def find(self, wanted: Callable[[str], bool]) -> list[int]:
        """Indices of the tokens whose lower-cased text is ``wanted`` (tested once a word)."""
        return sorted(i for word, where in self.by_lower.items() if wanted(word) for i in where)

    def among(self, words: AbstractSet[str]) -> list[int]:
        """Indices of the tokens whose lower-cased text is one of ``words``: the same as
        ``find(lambda w: w in words)``, but a few words are looked up rather than every
        form of the article tested (the pronouns, "man", "alle" are asked for each article)."""
        if len(words) >= len(self.by_lower):
            return self.find(words.__contains__)
        return sorted(i for word in words for i in self.by_lower.get(word, ()))
