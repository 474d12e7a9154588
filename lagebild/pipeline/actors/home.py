"""The article's home state: the state it is about, with the reason.

The event guideline codes a domestic body or role word that names no country (``die
Polizei``, ``die Opposition``, ``Demonstranten``), an unnamed group (``Unbekannte``,
``zwei Männer``) and a party, NGO or person the knowledge base does not know with the
state the article is about. Which state that is comes from, in this order of weight:
the dateline (``Bangkok (dpa) -``), the headline, and the states and places the text
names most (``main_state`` counts; places the story is said to happen in count too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from lagebild.analysis import Role
from lagebild.kb.actor_words import actor_words
from lagebild.kb.loader import KnowledgeBase
from lagebild.pipeline.actors.bodies import story_body
from lagebild.pipeline.actors.context import MEDIA_SECTOR, clause_place, state_tokens
from lagebild.pipeline.actors.core import Found
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.words import sentence_bounds

DATELINE_WEIGHT = 3  # a dateline names where the reporter is: the story's home, as a rule
# A dateline of several places (``Bagdad/Stockholm (dpa)``, ``Almaty/Moskau``) names first
# where the story happens and then where more of it was reported from (the other side of
# the conflict, the seat of a body that reacted): only the first is the story's home; the
# others count like a state named in the text.
LATER_DATELINE_WEIGHT = 1
TITLE_WEIGHT = 2
# Actor kinds known only from the text that take the home state when nothing else gives
# them one (a party, NGO or person of the story: "die PAD", "Kirsten Gillibrand").
HOME_KINDS = frozenset({"person", "organisation", "group"})
# Words of party names that many states' parties share (Demokratische Partei, Sozialisten).


@dataclass
class HomeState:
    """The state an article is about (``code``), why (``reason``), and the scores."""

    code: str
    reason: str
    scores: dict[str, int] = field(default_factory=dict)
    # The international body the story is about when it is datelined at the body's seat
    # ("Brüssel (dpa) -" in an EU story): the host state is where it happens, the body
    # is what it is about (the addressee of statements that name none).
    body: str | None = None


def dateline_states(places: Iterable[str], kb: KnowledgeBase) -> list[str]:
    """States of the dateline's places (``Washington/Moskau`` → USA, RUS)."""
    codes: list[str] = []
    for place in places:
        code = kb.city_state(place)
        if code is None:
            states = {
                kb.entries[m.entry_id].code or m.entry_id
                for m in kb.lookup(place)
                if not m.ambiguous
                and kb.entries[m.entry_id].kind == "state"
                and m.form in ("name", "place")
            }
            code = states.pop() if len(states) == 1 else None
        if code is not None:
            codes.append(code)
    return codes


def seated_body(
    places: Iterable[str], found: Iterable[Found], registry: ActorRegistry
) -> str | None:
    """The international body the article is about (``story_body``) when the dateline
    opens with one of its seats (``Brüssel`` for the EU, ``Genf`` for the UN); else None
    (``Khartum/Genf``: a story from Sudan, with a word from the UN in Geneva)."""
    first = next(iter(places), None)
    body = story_body(found, registry)
    if first is None or body is None or first not in registry.kb.seats.get(body, ()):
        return None
    return body


def home_state(
    found: Iterable[Found],
    registry: ActorRegistry,
    title_codes: Iterable[str],
    settings: Iterable[tuple[int, str]] = (),
    dateline_codes: Iterable[str] = (),
) -> HomeState | None:
    """The article's home state with its reason: dateline states weigh three, headline
    states two, every state named in the text (not as part of a word: ``US-Dollar``) and
    every place the story is set in (``settings``) one; ties go to the first named. Only
    the dateline's first place weighs three (``Bagdad/Stockholm``: a story from Iraq)."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}

    def add(code: str, weight: int, position: int, why: str) -> None:
        counts[code] += weight
        order[code] = min(order.get(code, position), position)
        if why not in reasons.setdefault(code, []):
            reasons[code].append(why)

    for k, code in enumerate(dateline_codes):
        add(code, LATER_DATELINE_WEIGHT if k else DATELINE_WEIGHT, -2, "dateline")
    for code in title_codes:
        add(code, TITLE_WEIGHT, -1, "headline")
    for start, code in settings:
        add(code, 1, start, "places")
    for f in found:
        if f.kind in ("compound", "pronoun") or f.part:
            continue
        for actor_id in f.actors:
            if registry.actors[actor_id].kind == "organisation":
                continue  # a party names its state only by the KB's guess (Demokraten)
            if registry.actors[actor_id].sector == MEDIA_SECTOR:
                continue  # "nach Informationen des Spiegel": a source, not the story's state
            named = registry.code(actor_id)
            entry = registry.kb.entries.get(named) if named else None
            if named and entry is not None and entry.kind == "state":
                add(named, 1, f.start, "named")
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -order[c]))
    others = ", ".join(f"{c} {n}" for c, n in counts.most_common(4) if c != best)
    reason = f"{' + '.join(reasons[best])} ({counts[best]}" + (f"; {others})" if others else ")")
    return HomeState(best, reason, dict(counts))


def fill_home_codes(
    doc: Doc, found: Iterable[Found], registry: ActorRegistry, home: HomeState
) -> None:
    """Persons, parties and groups known only from the text (named: ``Newin Chidchob``,
    ``die PAD``, ``Chaos Computer Club``) that nothing gave a state take the home state.
    Role mentions without a state were already filled from their context
    (``fill_context_codes``); counterparts (``sein Amtskollege``) are left alone. A KB
    party with a generic name (``die Demokratische Partei``, ``die Sozialisten``) of a
    state the article never names is the home state's party: in a story about Thailand
    it is not the US Democrats."""
    found = list(found)
    places = state_tokens(found, registry)
    introduced = _introduced_by_nationality(doc, found, registry)
    party_words, counterparts = actor_words().generic_party_words, actor_words().counterparts
    for f in found:
        if f.kind != "name" or f.part:
            continue
        if any(word in party_words for word in doc[f.start : f.end].text.split()):
            f.actors = [_home_party(a, registry, home) for a in f.actors]
        for actor_id in f.actors:
            actor = registry.actors.get(actor_id)
            if (
                actor is not None
                and not actor.in_kb
                and actor.code is None
                and actor.kind in HOME_KINDS
                and not any(w in r.title.lower() for r in actor.roles for w in counterparts)
            ):
                # "sein Amtskollege Juan Pérez" is of another state; "In Ägypten erhebt
                # die Moslem-Bruderschaft …": a group acts where its clause happens.
                located = clause_place(doc, f, places) if actor.kind != "person" else None
                if actor.kind == "person" and not actor.roles:
                    located = introduced.get(f.start) or _apposed_demonym(doc, f, registry)
                actor.code = located or _predicate_code(doc, found, actor_id, registry) or home.code


INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
# How many sentences after "ein 29-jähriger Marokkaner …" the story may first name him.
INTRODUCTION_REACH = 2


def _introduced_by_nationality(
    doc: Doc, found: list[Found], registry: ActorRegistry
) -> dict[int, str]:
    """Start of a name → the state of the person the text introduced just before by
    nationality alone: news introduces an unknown person by an indefinite demonym and names
    him later (``Ein 29-jähriger gebürtiger Marokkaner wurde festgenommen. … lebte Amine El
    Khalifi seit zwölf Jahren illegal in den Vereinigten Staaten`` → MAR). Only the first
    person named after the introduction, within ``INTRODUCTION_REACH`` sentences, and only
    when no other person is named between them."""
    result: dict[int, str] = {}
    pending: tuple[int, str] | None = None  # sentence start of the introduction, its state
    starts = sorted({sentence_bounds(doc, f.start)[0] for f in found})
    for f in sorted(found, key=lambda m: m.start):
        code = _demonym_introduction(doc, f, registry)
        if code is not None:
            pending = (sentence_bounds(doc, f.start)[0], code)
            continue
        if f.kind != "name" or pending is None:
            continue
        actor = registry.actors.get(f.actors[0]) if len(f.actors) == 1 else None
        if actor is None or actor.kind != "person":
            continue
        here = sentence_bounds(doc, f.start)[0]
        between = sum(1 for s in starts if pending[0] < s <= here)
        if not actor.in_kb and actor.code is None and between <= INTRODUCTION_REACH:
            result[f.start] = pending[1]
        pending = None  # the next person named is someone else
    return result


def _apposed_demonym(doc: Doc, f: Found, registry: ActorRegistry) -> str | None:
    """The state of a person whose name follows a demonym (``Der Brite John Miller``, ``die
    US-Amerikanerin Jane Rowley``, ``des Kanadiers Michael Kovrig``): German names a
    person's nationality in a close apposition right before the name, as it names a title."""
    if f.start == 0 or not doc[f.start - 1].text[:1].isupper():
        return None
    states = {
        m.entry_id
        for m in registry.kb.lookup(doc[f.start - 1].text)
        if m.form == "demonym" and not m.ambiguous
    }
    return states.pop() if len(states) == 1 else None


def _demonym_introduction(doc: Doc, f: Found, registry: ActorRegistry) -> str | None:
    """The state of ``ein (29-jähriger) Marokkaner``: a person known by a demonym alone,
    after an indefinite article; None for anything else."""
    if f.kind != "role" or f.role is not None or len(f.actors) != 1:
        return None
    actor = registry.actors.get(f.actors[0])
    if actor is None or actor.in_kb or actor.kind != "person" or len(actor.roles) != 1:
        return None
    role = actor.roles[0]
    if role.sector != "CVL" or role.title != doc[f.head].text:
        return None
    i = f.start - 1
    while i >= 0 and (doc[i].pos_ in ("ADJ", "NUM") or doc[i].tag_ == "ADJA"):
        i -= 1  # "ein 29-jähriger gebürtiger Marokkaner"
    if i < 0 or doc[i].lower_ not in INDEFINITE:
        return None
    return role.code


def _predicate_code(
    doc: Doc, found: list[Found], actor_id: str, registry: ActorRegistry
) -> str | None:
    """The state or organisation a copula says a person belongs to: ``Michael Gordon ist
    Militärexperte der New York Times`` → USA, the code of the genitive of the predicate
    noun whose subject is a mention of the person."""
    for f in found:
        if actor_id not in f.actors:
            continue
        subject = next((t for t in doc[f.start : f.end] if t.dep_ == "nsubj"), None)
        if subject is None or not any(c.dep_ == "cop" for c in subject.head.children):
            continue
        predicate = subject.head
        for g in found:
            if g is f or len(g.actors) != 1 or g.start <= predicate.i:
                continue
            if not any(t.dep_ == "nmod" and t.head.i == predicate.i for t in doc[g.start : g.end]):
                continue
            owner = registry.actors.get(g.actors[0])
            if owner is not None and owner.kind != "person" and owner.code:
                return owner.code
    return None


def _home_party(actor_id: str, registry: ActorRegistry, home: HomeState) -> str:
    entry = registry.kb.entries.get(actor_id)
    if (
        entry is None
        or entry.sector != "PTY"
        or entry.code is None
        or entry.code == entry.id
        or entry.code in home.scores
    ):
        return actor_id
    name = registry.actors[actor_id].name if actor_id in registry.actors else entry.name
    return registry.text_actor(name, "organisation", Role(title=name, code=home.code, sector="PTY"))
