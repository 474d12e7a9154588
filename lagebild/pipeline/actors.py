"""Actor linking: every stretch of text that refers to a political actor, resolved.

The component ``lagebild_actors`` runs after the model's NER and parser. It finds,
in this order (each step returns plain ``Found`` records; ``link_actors`` runs 1-2):

1. ``NameFinder`` — NER entities and knowledge-base surfaces NER missed
   (multiword names, ``Weißes Haus``, adjectives ``russische``, prefixes
   ``US-Militär``, KB descriptions ``das westliche Militärbündnis``). Capitals and
   other seats are metonyms only when they are not used as places (``in Peking``);
   nothing inside the dateline is an actor.
2. ``RoleFinder`` — role words (``Präsident``, ``die britische Regierung``,
   ``Demonstranten``, ``Armeesprecherin``): attached as titles to the names they
   precede (``Präsident Wladimir Putin``), otherwise mentions of their own whose state
   comes from an adjective, a prefix, a genitive, the role word itself (Kremlchef)
   or, last, the article's context.
3. ``lagebild.pipeline.coref.resolve_coreference`` — name variants, compounds
   (``Moskau und Peking``), ``beide Länder``, pronouns, definite descriptions,
   ``man`` in reported speech, ``der Nachbar``.
4. ``fill_context_codes`` — role mentions still without a state get the state of
   the most recent mention of the same role with one, else the state acting in their
   sentence, else the article's main state (``main_state``).
5. ``set_annotations`` — ``doc._.mentions``, ``doc._.actors``, ``doc._.entities`` and
   the token index below.

See docs/actors.md for the rules and the evaluation.

Actor ids (keys of ``doc._.actors``): ``RUS`` (a state, acting through its
government: sector GOV, as the event guideline codes ``Russland``, ``Moskau``, ``die
russische Regierung``), ``NATO`` (an organisation), ``Q7747`` / ``p:slug`` (a KB
person), ``RUS/MIL`` (another sector of a state or organisation: ``die russische
Armee``, ``Demonstranten`` → ``DEU/CVL``, ``EU-Parlament`` → ``EU/LEG``), ``text:slug``
(persons and groups known only from the text, ``in_kb: false``). A spokesperson
of someone (``ein Sprecher von Premierminister Boris Johnson``) is a ``text:`` person
``Sprecher von Boris Johnson`` with the principal's state and sector.

For the components after this one (quotes, events):

- ``token_mentions(doc) -> dict[int, Mention]``: token index → the most specific
  (innermost) non-compound mention covering that token; built once per Doc.
- ``mention_at(doc, token_i) -> Mention | None``: the same for one token.
- ``compound_at(doc, token_i) -> Mention | None``: the compound mention
  (``Moskau und Peking``) covering that token, if any.
- ``actor_codes(doc, mention) -> list[str]``: the codes of a mention's actors.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, ORTH, POS, SPACY
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from lagebild.analysis import Actor, Entity, Mention, Role
from lagebild.kb.loader import KBEntry, KBRole, KnowledgeBase, RoleWord, SurfaceMatch, get_kb
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)

if not Doc.has_extension("_mention_index"):
    Doc.set_extension("_mention_index", default=None)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed word classes of German grammar (not lexicon: these never need editing).
DEFINITE = _words("der die das des dem den")
DETERMINERS = DEFINITE | _words(
    """ein eine einer eines einem einen dieser diese dieses diesem diesen beide beiden alle
    allen mehrere einige einigen viele vielen zwei drei vier fünf sein seine seiner seinen
    seinem ihr ihre ihrer ihren ihrem dessen deren jene jener"""
)
# A place after one of these is where something happens, not who acts ("in Peking").
LOCATIVE_PREPOSITIONS = _words(
    """in im ins nach bei beim auf an am nahe vor hinter über durch um zwischen ab bis unweit
    gen innerhalb außerhalb"""
)
COORDINATORS = frozenset({"und", "sowie", "oder"})
# "in Spanien", "im Irak", "in der Ukraine": where a story happens.
IN_PLACE = _words("in im")
# "in der irakischen Stadt Haditha": a place the KB does not know, and its state.
PLACE_NOUNS = _words(
    """Stadt Hauptstadt Großstadt Hafenstadt Grenzstadt Provinzhauptstadt Metropole Provinz
    Region Ort Ortschaft Dorf Gemeinde Bezirk"""
)
# Sectors of actors who are where the story happens (its police, protesters, companies),
# rather than of the state the story is about (its government, army, parliament).
MIN_SETTING = 2  # places (a headline place counts two) that make a story's setting
LOCAL_SECTORS = frozenset({"COP", "JUD", "CVL", "BUS", "MED", "LAB", "EDU", "REL", "NGO"})
SINGULAR_ARTICLES = _words("ein eine einen einem eines dem des das")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "sb", "obl:agent", "sbp"})
SPOKESPERSON_SUFFIXES = ("sprecher", "sprecherin", "sprechers", "sprechern", "sprecherinnen")
MAX_NAME_TOKENS = 6
STATE_SECTOR = "GOV"
# Nouns that name persons by their ending (Lehrerin, Journalistin) and compatriots
# (Landsmann, Landsfrau, Landsleute): persons when the text says of which state.
PERSON_NOUN_ENDINGS = ("erin", "istin", "antin", "entin", "orin", "eurin", "erinnen", "istinnen")
COMPATRIOT_ENDINGS = ("mann", "frau", "leute", "männer", "frauen")
MIN_COMPOUND_HEAD = 6  # letters of a role word heading a closed compound (Behörde)
# Role words for someone else's counterpart: their state is not the owner's or the context's.
COUNTERPARTS = ("kolleg", "gegenüber", "gegner", "rivale")
FORMER_MARKERS = ("ehemalig", "früher", "einstig", "damalig", "vormalig", "ex-")
MAX_SINGLE_NAME = 14  # letters; longer single words tagged PER are common nouns
# Endings of German common nouns, to cut them off names NER ran on ("Xi Jinping
# Rückendeckung"); foreign surnames tagged NOUN ("Ronald Venetiaan") stay.
COMMON_NOUN_ENDINGS = tuple(
    sorted(_words("ung ungen heit keit schaft tion tät ismus nis tum ment chen lein erei ierung"))
)
NAME_PARTICLES = _words("da de do dos del della di al el bin ibn")


# --- what the finding steps return -----------------------------------------------------


@dataclass
class Found:
    """A mention found in a Doc: token span, what kind, which actors (ids)."""

    start: int
    end: int
    kind: str  # name | pronoun | description | metonym | compound | role
    actors: list[str]
    head: int
    role: RoleWord | None = None  # the role word a role mention is built on
    needs_code: bool = False  # a role mention whose state must come from context
    definite: bool = False
    parts: list[Found] = field(default_factory=list)  # the members of a compound
    part: bool = False  # the actor names only a part of the word (Nato-Osterweiterung)
    plural_persons: bool = False  # a person role word in the plural (Soldaten, Regierungschefs)

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


# --- actors of one document ------------------------------------------------------------


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


class ActorRegistry:
    """The actors of one document, built from KB entries and the text, keyed by id."""

    def __init__(self, kb: KnowledgeBase, date: str | None) -> None:
        self.kb = kb
        self.date = date
        self.actors: dict[str, Actor] = {}
        self.genders: dict[str, str | None] = {}
        self.person_names: dict[str, tuple[str, ...]] = {}  # text persons: name tokens

    def entry(self, entry_id: str) -> str:
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

    def sector_of(self, entry_id: str, sector: str | None) -> str:
        """The state or organisation ``entry_id`` itself, or its ``sector`` (``RUS/GOV``)."""
        entry = self.kb.entries[entry_id]
        if sector is None or sector == entry.sector or entry.kind == "person":
            return self.entry(entry_id)
        return self.group(entry.code or entry_id, sector)

    def group(self, code: str, sector: str) -> str:
        """``RUS/MIL``; a state's government is the state itself (``RUS``)."""
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


_WORDS_KEY = "lagebild_actors_words"
_POS_NAMES = {int(k): v for k, v in POS_NAMES.items()}


def words_of(doc: Doc) -> Words:
    """The Doc's ``Words``, built once while ``lagebild_actors`` runs."""
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is not None and len(cached.text) == len(doc):
        return cached
    # One array call instead of a Token object per word.
    rows = doc.to_array([ORTH, LOWER, POS, IS_PUNCT, IS_SPACE, SPACY]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    text = [strings[row[0]] for row in rows]
    lower = [strings[row[1]] for row in rows]
    pos = [_POS_NAMES.get(row[2], "") for row in rows]
    after = [" " if row[5] else "" for row in rows]
    skip = [bool(row[3] or row[4]) for row in rows]
    by_lower: dict[str, list[int]] = {}
    for i, word in enumerate(lower):
        by_lower.setdefault(word, []).append(i)
    sentence = [(0, len(doc))] * len(doc)
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for sent in doc.sents:
            sentence[sent.start : sent.end] = [(sent.start, sent.end)] * (sent.end - sent.start)
    words = Words(text, pos, after, skip, by_lower, sentence)
    doc.user_data[_WORDS_KEY] = words
    return words


# --- tokens (helpers) ----------------------------------------------------------------------------


def dateline_tokens(doc: Doc) -> set[int]:
    """Tokens of the dateline (``Peking (dpa) -``): nothing there is an actor mention."""
    dateline = doc._.meta.dateline
    if dateline is None or dateline.end <= dateline.start:
        return set()
    # The text's length without building doc.text (a join over every token).
    text_end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    span = doc.char_span(dateline.start, min(dateline.end, text_end), alignment_mode="contract")
    return set(range(span.start, span.end)) if span is not None else set()


def is_place_use(doc: Doc, start: int) -> bool:
    """A name after a locative preposition is a place: ``in Peking``, ``nach Moskau``,
    ``in der russischen Hauptstadt Moskau`` (articles, adjectives and one noun between)."""
    i = start - 1
    nouns = 0
    while i >= 0 and i >= start - 4:
        tok = doc[i]
        low = tok.lower_
        if low in LOCATIVE_PREPOSITIONS:
            return True
        if low in DETERMINERS or tok.pos_ == "ADJ" or tok.pos_ == "NOUN" and nouns == 0:
            nouns += tok.pos_ == "NOUN"
            i -= 1
            continue
        return False
    return False


def is_subjectish(token: Token) -> bool:
    """Subject, or the agent of a passive ("von einer Armeesprecherin bestätigt") even when
    the parser calls it a plain ``obl``."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ != "obl" or not any(
        c.dep_ == "case" and c.lower_ in ("von", "vom", "durch") for c in token.children
    ):
        return False
    return any(c.dep_ in ("aux:pass", "auxpass") for c in token.head.children)


def _acts(doc: Doc, found: Found) -> bool:
    """The mention is the subject, by the parse or (when the parse is wrong) because a
    finite verb follows right after it: "Großbritannien plane, ..."."""
    if is_subjectish(doc[found.head]):
        return True
    nxt = doc[found.end] if found.end < len(doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm")


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _gender_of(token: Token) -> str | None:
    gender = token.morph.get("Gender")
    return {"Masc": "m", "Fem": "f", "Neut": "n"}.get(gender[0]) if len(gender) == 1 else None


# --- step 1: names ---------------------------------------------------------------------


class NameFinder:
    """Names, adjectives, prefixes, metonyms and KB descriptions (NER first, then KB scan)."""

    def __init__(self, kb: KnowledgeBase, registry: ActorRegistry, doc: Doc) -> None:
        self.kb = kb
        self.registry = registry
        self.doc = doc
        self.blocked = dateline_tokens(doc)
        # States the article names (headline and unambiguous entities): picks among
        # ambiguous names ("Bundesrat": the Swiss government or the German chamber).
        self.context: Counter[str] = Counter(title_states(doc._.meta.title, kb))
        for ent in doc.ents:
            entries = {h.entry_id for h in kb.lookup(ent.text)}
            code = kb.entries[entries.pop()].code if len(entries) == 1 else None
            if code is not None:
                self.context[code] += 1
        # Persons known only from the text: actor id → (first token, words of the name).
        self.doc_names: dict[str, tuple[int, set[str]]] = {}

    def find(self) -> list[Found]:
        found: list[Found] = []
        taken: set[int] = set(self.blocked)
        for ent in self.doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            mention = self.link_entity(ent)
            if mention is not None:
                found.append(mention)
                taken.update(range(mention.start, mention.end))
            # An entity that names no actor stays free for the KB scan: the small model
            # cuts "Europäischen | Parlament".
        for f in found:
            actor = self.registry.actors[f.actors[0]]
            if actor.kind == "person" and not actor.in_kb and f.actors[0] not in self.doc_names:
                words = {w for w in actor.name.split() if len(w) > 1 and _capitalised(w)}
                self.doc_names[f.actors[0]] = (f.start, words)
        found.extend(self.scan(taken))
        found.extend(self.listed_persons(taken, found))
        return sorted(found, key=lambda f: f.start)

    def listed_persons(self, taken: set[int], found: list[Found]) -> list[Found]:
        """Names NER missed in lists like ``Bharrat Jagdeo (Guyana)``: two to four
        capitalised words right before a state in parentheses are a person."""
        doc = self.doc
        states = {
            f.start: f
            for f in found
            if f.kind == "name" and self.registry.actors[f.actors[0]].kind == "state"
        }
        result: list[Found] = []
        for i, f in states.items():
            if not (1 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[f.end].text == ")"):
                continue
            start = i - 1
            while start > 0 and i - 1 - start < 4:
                tok = doc[start - 1]
                if (
                    start - 1 in taken
                    or not _capitalised(tok.text)
                    # (a capitalised VERB inside a list is a tagging error: "Bharrat")
                    or tok.pos_ in ("ADP", "PUNCT", "DET", "PRON", "CCONJ")
                    or tok.lower_ in DETERMINERS
                    or self.kb.role_word(tok.text) is not None
                ):
                    break
                start -= 1
            if i - 1 - start >= 2 and not self.kb.lookup(doc[start : i - 1].text):
                actor_id = self.registry.text_actor(doc[start : i - 1].text, "person", None)
                result.append(Found(start, i - 1, "name", [actor_id], i - 2))
                taken.update(range(start, i - 1))
        return result

    # NER entities

    def link_entity(self, ent: Span) -> Found | None:
        label = ent.label_
        wider = self._kb_name_start(ent)
        if wider is not None:  # "Human | Rights Watch" as a PER: the KB knows the whole
            return self.name(wider, ent.end)
        if label.startswith("PER") and not label.endswith(("deriv", "part")):
            return self.person(self._entity_start(ent), ent.end)
        if label.endswith("part"):
            return self.prefixed(ent.start, ent.end)
        if label.endswith("deriv"):
            return self.adjective(ent.start, ent.end)
        found = self.name(ent.start, ent.end)
        if found is None and label == "ORG":
            first = self.kb.role_word(self.doc[ent.start].text)
            if first is not None and first.kind == "person" and ent.end - ent.start > 1:
                return self.person(ent.start, ent.end)  # "Premierminister Boris Johnson"
            if self._after_person_title(ent):
                return self.person(ent.start, ent.end)  # "Stellvertreter | Rodolfo Nin Novoa"
            found = self.text_organisation(ent.start, ent.end)
        return found

    def _kb_name_start(self, ent: Span) -> int | None:
        """Where a KB state or organisation name begins that NER cut at the front: one or
        two capitalised words before the entity (``Human`` of Human Rights Watch, tagged
        as a determiner); None when the entity is a KB name itself or there is none."""
        doc = self.doc
        if ent.start == 0 or not _cut_name_word(doc[ent.start - 1]) or self.kb.lookup(ent.text):
            return None
        for start in range(max(0, ent.start - 2), ent.start):
            if start in self.blocked or not all(map(_cut_name_word, doc[start : ent.start])):
                continue
            hits = self.kb.lookup(doc[start : ent.end].text)
            if any(not h.ambiguous and self.kb.entries[h.entry_id].kind != "person" for h in hits):
                return start
        return None

    def _after_person_title(self, ent: Span) -> bool:
        """An ORG of capitalised words right after a person's title is that person's name
        (``seinen Stellvertreter Rodolfo Nin Novoa``)."""
        doc = self.doc
        if ent.start == 0:
            return False
        before = doc[ent.start - 1].text
        heads = (before[cut:].capitalize() for cut in range(3, len(before) - MIN_COMPOUND_HEAD + 1))
        # The title itself or the head of a compound title ("Stell|vertreter").
        title = self.kb.role_word(before) or next(filter(None, map(self.kb.role_word, heads)), None)
        return (
            title is not None
            and title.kind == "person"
            and all(_capitalised(t.text) and self.kb.role_word(t.text) is None for t in ent)
        )

    def text_organisation(self, start: int, end: int) -> Found | None:
        """An organisation the KB does not know (``Deutsche Bank``, ``Flughafenbehörde
        AENA``) is kept as a ``text:`` actor: its state from a state adjective in the name,
        its sector from a role word in it (``Gewerkschaft`` → LAB); a sector without a
        state takes the context's."""
        tokens = self.doc[start:end]
        if not any(_capitalised(t.text) and t.is_alpha for t in tokens):
            return None
        last = self.kb.role_word(tokens[-1].text)
        if last is not None and last.kind == "person":
            return None  # "der Oberkommandierende General": a title, left to the role finder
        code: str | None = None
        word: RoleWord | None = None
        for tok in tokens:
            adjectives = [h for h in self.kb.lookup(tok.text) if h.form == "adjective"]
            if adjectives and code is None:
                code = self.kb.entries[adjectives[0].entry_id].code
            role = self.kb.role_word(tok.text) if _capitalised(tok.text) else None
            if role is not None and role.kind == "group" and word is None:
                word = role
        actor_id = self.registry.text_actor(tokens.text, "organisation", None)
        actor = self.registry.actors[actor_id]
        if actor.code is None:
            actor.code = code
            actor.sector = word.sector if word else None
        return Found(
            start,
            end,
            "name",
            [actor_id],
            end - 1,
            role=word,
            needs_code=code is None and word is not None,
        )

    def _entity_start(self, ent: Span) -> int:
        """Where a PER entity's person begins: "Großbritannien und Karin Rudolfs" as one PER
        is a person after the "und"; what is before stays free for the KB scan."""
        start = ent.start
        if ent.label_ == "PER":
            for i in range(ent.start, ent.end - 1):
                if self.doc[i].lower_ in COORDINATORS or self.doc[i].text == ",":
                    start = i + 1
        return start

    def person(self, start: int, end: int) -> Found | None:
        """A PER entity: a KB person, else a ``text:`` person (titles come later)."""
        doc = self.doc
        # NER sometimes starts a name early, with a title or a preposition ("Präsident
        # Putin", "von Premierminister | Boris Johnson"): RoleFinder adds titles.
        while start < end and (
            not _capitalised(doc[start].text) or self.kb.role_word(doc[start].text) is not None
        ):
            start += 1
        # "der Oberkommandierende General | der US-Streitkräfte": a title, not a name.
        while end > start and self.kb.role_word(doc[end - 1].text) is not None:
            end -= 1
        if start >= end:
            return None
        # The small model cuts names ("Xi | Jinping Rückendeckung", "Ronald | Venetiaan",
        # "Ali | Akbar Welajati" with Akbar an ADJ): a KB full name over the next words,
        # else one more name token on the left, name tokens on the right, and drop common
        # nouns at the end.
        end = self._kb_name_end(start, end) or self._name_end(end)
        kb_person = self.kb_person(start, end)
        if kb_person is not None:
            return kb_person
        while end - start > 1 and (
            doc[end - 1].text.endswith(COMMON_NOUN_ENDINGS) or not _capitalised(doc[end - 1].text)
        ):
            end -= 1  # "Sarah Koch verpasste in", "Xi Jinping Rückendeckung"
        text = doc[start:end].text
        hits = self.kb.lookup(text) or self.kb.lookup(_strip_genitive(text))
        if any(self.kb.entries[h.entry_id].kind != "person" for h in hits):
            return self.name(start, end)  # NER said PER, the KB knows a state or organisation
        if end - start == 1 and not _single_name(doc[start]):
            return None  # a single common noun is no name
        if "Gen" in doc[end - 1].morph.get("Case") or text.endswith(("'", "’")):
            text = _strip_genitive(text)  # "Murthas" → Murtha; but "Evo Morales" stays
        gender = _gender_of(self.doc[end - 1])
        actor_id = self.registry.text_actor(text, "person", None, gender)
        return Found(start, end, "name", [actor_id], end - 1)

    def _kb_name_end(self, start: int, end: int) -> int | None:
        """The end of a KB person's full name that runs on over up to three capitalised
        words after the entity, whatever their tags; None when there is none."""
        doc = self.doc
        if end >= len(doc) or not _cut_name_word(doc[end]):
            return None
        for stop in range(min(len(doc), end + 3), end, -1):
            if not all(map(_cut_name_word, doc[end:stop])):
                continue
            matches = self.kb.lookup(doc[start:stop].text)
            if any(
                m.form == "name" and self.kb.entries[m.entry_id].kind == "person" for m in matches
            ):
                return stop
        return None

    def _name_end(self, end: int) -> int:
        """Extend a name over following name tokens NER left out (``Lula | da Silva``)."""
        doc = self.doc
        j = end
        after_particle = False
        while j < len(doc) and j - end < 3 and doc[j].ent_iob_ in ("O", ""):
            tok = doc[j]
            if tok.lower_ in NAME_PARTICLES and j + 1 < len(doc) and _capitalised(doc[j + 1].text):
                j += 1
                after_particle = True
                continue
            if not (
                _capitalised(tok.text)
                and (tok.pos_ in ("PROPN", "X") or after_particle)
                and self.kb.role_word(tok.text) is None
                and not self.kb.lookup(tok.text)
            ):
                break
            j += 1
            end = j
            after_particle = False
        return end

    def kb_person(self, start: int, end: int, former: bool = True) -> Found | None:
        """A KB person named by the span or a part of it (one name token left included);
        ``former``: also by the surname of someone out of office (only for PER entities)."""
        doc = self.doc
        end = self._name_end(end)
        while end - start > 1 and self.kb.role_word(doc[start].text) is not None:
            start += 1
        left = start
        if start > 0 and start - 1 not in self.blocked:
            before = doc[start - 1]
            if (
                before.pos_ in ("PROPN", "X")
                and _capitalised(before.text)
                and (self.kb.role_word(before.text) is None)
            ):
                left = start - 1
        for s, e in _subspans(left, end):
            # A part of a longer name must be a full KB name ("Xi Jinping" in "Xi Jinping
            # Rückendeckung"), never a surname: "Hu" in "Hu Jia" is not Hu Jintao.
            whole = (s, e) == (start, end)
            after_article = s > 0 and doc[s - 1].lower_ in DETERMINERS  # "den Rhein"
            surnames = whole and not after_article
            entry_id = self._person_entry(doc[s:e].text, surnames, former)
            if entry_id is not None:
                return Found(s, e, "name", [self.registry.entry(entry_id)], e - 1)
        return None

    def _person_entry(self, text: str, surnames: bool = True, former: bool = True) -> str | None:
        """The KB person a name means: one seen in the article, else one in office at its
        date; a bare surname or alias only for those two."""
        matches = [m for m in self.kb.lookup(text) if self.kb.entries[m.entry_id].kind == "person"]
        full = [m.entry_id for m in matches if m.form == "name"]
        short = [m for m in matches if m.form != "name"] if surnames else []
        seen = [c for c in full + [m.entry_id for m in short] if c in self.registry.actors]
        in_office = [c for c in full if self.kb.role_at(c, self.registry.date)]
        # A bare surname that is also a common word or first name ("Kurz", "Richard",
        # marked ambiguous) only after the full name; any other for someone in a
        # government or international office at the date, else for the one KB person
        # with that surname ("Karadžić" in 2008).
        clear = list(dict.fromkeys(m.entry_id for m in short if not m.ambiguous))
        governing = [c for c in clear if self._governs(c)]
        only = clear if former and len(clear) == 1 else []
        return (seen or in_office or full or governing or only or [None])[0]

    def _governs(self, person_id: str) -> bool:
        role = self.kb.role_at(person_id, self.registry.date)
        return role is not None and role.sector in ("GOV", "IGO")

    def name(self, start: int, end: int) -> Found | None:
        text = self.doc[start:end].text
        hits = self.kb.lookup(text) or self.kb.lookup(_strip_genitive(text))
        if not hits and end - start == 1 and "-" in text:
            return self.prefixed(start, end)
        if not hits and end - start == 1:
            return self._city_adjective(start, end)
        if not hits:
            # NER calls "Premierminister Boris Johnson" an ORG now and then, and runs names
            # into the next word ("Russlands Reaktion").
            return self.kb_person(start, end, former=False) or self._inner_name(start, end)
        return self._from_matches(start, end, hits)

    def _inner_name(self, start: int, end: int) -> Found | None:
        doc = self.doc
        for s, e in _subspans(start, end):
            if (s, e) == (start, end) or not _capitalised(doc[s].text):
                continue
            hits = [
                h
                for h in self.kb.lookup(doc[s:e].text)
                if h.form in ("name", "place", "institution", "organ") and not h.ambiguous
            ]
            if hits:
                return self._from_matches(s, e, hits)
        return None

    def _from_matches(self, start: int, end: int, hits: list[SurfaceMatch]) -> Found | None:
        match = _best_match(hits, self.kb, self.context)
        entry = self.kb.entries[match.entry_id]
        if match.form == "place":
            if is_place_use(self.doc, start):
                return None
            return Found(
                start,
                end,
                "metonym",
                [self.registry.sector_of(match.entry_id, match.sector)],
                end - 1,
            )
        if match.form in ("institution", "organ"):
            return Found(
                start,
                end,
                "metonym",
                [self.registry.sector_of(match.entry_id, match.sector)],
                end - 1,
            )
        if match.form == "description":
            return Found(
                start,
                end,
                "description",
                [self.registry.entry(match.entry_id)],
                end - 1,
                definite=True,
            )
        if match.form == "demonym":
            return self._demonym(start, end, entry)
        if entry.kind == "person":
            # Persons only by the rules for person names (a bare surname is often a word,
            # and a city: Santos): NER did not say PER, so nobody out of office.
            return self.kb_person(start, end, former=False)
        return Found(start, end, "name", [self.registry.entry(entry.id)], end - 1)

    def _demonym(self, start: int, end: int, state: KBEntry) -> Found:
        """``Russen`` are a group (RUS/CVL); ``die Japanerin``, ``ein Russe`` a person."""
        token = self.doc[end - 1]
        word = RoleWord(token.text, token.text, "CVL", "person", state.code)
        if _plural(token, word):
            return Found(start, end, "role", [self.registry.group(state.id, "CVL")], end - 1)
        gender = "f" if token.text.endswith("in") else "m"
        actor_id = self.registry.text_actor(
            f"{token.text} ({state.name})",
            "person",
            Role(title=token.text, code=state.code, sector="CVL"),
            gender,
            key=f"{token.text}-{state.id}-{token.i}",
        )
        return Found(start, end, "role", [actor_id], end - 1)

    def prefixed(self, start: int, end: int) -> Found | None:
        """``Nato-Osterweiterung`` → NATO (a part mention); ``US-Soldaten`` → USA/MIL;
        ``US-Präsident`` is left to the role words (it names a person: the office holder)."""
        text = self.doc[start:end].text
        whole = [h for h in self.kb.lookup(text) if self.kb.entries[h.entry_id].kind != "person"]
        hits = whole or [
            h
            for h in self.kb.lookup_prefix(self.doc[start].text)
            if self.kb.entries[h.entry_id].kind != "person"
        ]
        if not hits:
            return None
        match = _best_match(hits, self.kb, self.context)
        sector = match.sector if match.form in ("institution", "organ", "place") else None
        rest = text.rsplit("-", 1)[-1]
        role = self.kb.role_word(rest) if not whole and "-" in text and _capitalised(rest) else None
        if role is not None:
            if role.kind == "person" and not _plural(self.doc[end - 1], role):
                return None
            sector = role.sector
        found = Found(
            start, end, "name", [self.registry.sector_of(match.entry_id, sector)], end - 1
        )
        found.part = not whole and role is None
        return found

    def adjective(self, start: int, end: int) -> Found | None:
        text = self.doc[start:end].text
        all_hits = self.kb.lookup(text)
        if all_hits and all(h.form == "demonym" for h in all_hits):
            return self._from_matches(start, end, all_hits)  # "Italiener": the people
        hits = [h for h in all_hits if h.form in ("adjective", "name", "place")]
        if not hits and "-" in text:
            return self.prefixed(start, end)
        if not hits:
            return self._city_adjective(start, end)
        return Found(
            start,
            end,
            "name",
            [self.registry.entry(_best_match(hits, self.kb, self.context).entry_id)],
            end - 1,
        )

    def _city_adjective(self, start: int, end: int) -> Found | None:
        """``Belgrader``, ``Moskauer``: the place's state (as an adjective, not a metonym)."""
        text = self.doc[start:end].text
        if not (text.endswith("er") and _capitalised(text)):
            return None
        hits = [h for h in self.kb.lookup(text[:-2]) if h.form in ("place", "name")]
        if not hits:
            return None
        code = self.kb.entries[_best_match(hits, self.kb, self.context).entry_id].code
        return Found(start, end, "name", [self.registry.entry(code)], end - 1) if code else None

    # KB scan over tokens NER missed

    def scan(self, taken: set[int]) -> list[Found]:
        found: list[Found] = []
        words = words_of(self.doc)
        i = 0
        while i < len(words.text):
            if i in taken or words.skip[i] or not _may_start_name(words.text[i], words.pos[i]):
                i += 1
                continue
            hit = self._scan_at(i, taken, words) or self._doc_name_at(i, words)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            taken.update(range(hit.start, hit.end))
            i = hit.end
        return found

    def _doc_name_at(self, i: int, words: Words) -> Found | None:
        """A word of a person's name seen earlier in the text (``Hu`` after ``Hu Jia``),
        where NER did not mark it."""
        text = words.text[i]
        if words.pos[i] not in ("PROPN", "X", "NOUN", "") or not _capitalised(text):
            return None
        for actor_id, (first, names) in self.doc_names.items():
            if first < i and text in names:
                return Found(i, i + 1, "name", [actor_id], i)
        return None

    def _scan_at(self, i: int, taken: set[int], words: Words) -> Found | None:
        longest = min(MAX_NAME_TOKENS, len(words.text) - i)
        first_words = getattr(self.kb, "first_words", None)
        if first_words is not None:
            # Tokens can split a surface word ("D.C." stays, "Côte d'Ivoire" may not): +1.
            longest = min(longest, first_words.get(words.text[i].casefold(), -1) + 1)
        for n in range(longest, 0, -1):
            last = i + n - 1
            if n > 1 and words.pos[last] not in ("NOUN", "PROPN", ""):
                continue
            if any(
                j in taken or words.skip[j] and words.text[j] != "-" for j in range(i, last + 1)
            ):
                continue
            text = (
                "".join(words.text[j] + words.after[j] for j in range(i, last)) + words.text[last]
            )
            hits = self.kb.lookup(text)
            if not hits and n > 1 and text[:1].islower():
                hits = self.kb.lookup(text[:1].upper() + text[1:])  # "das auswärtige Amt"
            if not hits:
                continue
            hit = self._accept_scan(i, i + n, hits)
            if hit is not None:
                return hit
        text = words.text[i]
        if "-" in text and _capitalised(text) and len(text) > 3:
            return self.prefixed(i, i + 1)
        return None

    def _accept_scan(self, start: int, end: int, hits: list[SurfaceMatch]) -> Found | None:
        """KB hits outside NER need more care: adjectives must be adjectives, descriptions
        definite, names capitalised and not ambiguous, persons full names."""
        doc = self.doc
        first = doc[start]
        hits = [h for h in hits if not h.ambiguous]
        forms = {h.form for h in hits}
        if not hits:
            return None
        if forms <= {"adjective"}:
            if first.pos_ in ("ADJ", "PROPN", "NOUN") or first.tag_.startswith("ADJ"):
                return Found(start, end, "name", [self.registry.entry(hits[0].entry_id)], end - 1)
            return None
        if "description" in forms:
            if start > 0 and doc[start - 1].lower_ in DEFINITE and not _followed_by_noun(doc, end):
                match = next(h for h in hits if h.form == "description")
                return Found(
                    start - 1,
                    end,
                    "description",
                    [self.registry.entry(match.entry_id)],
                    end - 1,
                    definite=True,
                )
            hits = [h for h in hits if h.form != "description"]
            if not hits:
                return None
        if not _capitalised(first.text) and not (
            end - start > 1 and _capitalised(doc[end - 1].text)
        ):
            return None
        persons = [h for h in hits if self.kb.entries[h.entry_id].kind == "person"]
        if persons and len(persons) == len(hits):
            if end - start < 2 and not any(p.entry_id in self.registry.actors for p in persons):
                return None
            return self.person(start, end)
        return self._from_matches(start, end, [h for h in hits if h not in persons])


def _cut_name_word(token: Token) -> bool:
    """A capitalised word outside any entity: maybe a part of a name NER cut off."""
    return _capitalised(token.text) and token.ent_iob_ in ("O", "")


def _single_name(token: Token) -> bool:
    """Can this one word be a person's name NER found? Not a long common noun the small
    model tagged PER ("Menschenrechtskatastrophe")."""
    return (
        token.pos_ in ("PROPN", "X")
        and len(token.text) <= MAX_SINGLE_NAME
        and not token.text.endswith(COMMON_NOUN_ENDINGS)
    )


def _may_start_name(text: str, pos: str) -> bool:
    """Names start capitalised; lower-case starts are adjectives (``russische``,
    ``westliche Militärbündnis``, ``auswärtige Amt``)."""
    return text[:1].isupper() or pos in ("ADJ", "") or text[:1].isdigit()


def _followed_by_noun(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].text[:1].isupper()


def _subspans(start: int, end: int) -> Iterable[tuple[int, int]]:
    """Longest first: the whole span, then shorter contiguous pieces (NER boundary errors)."""
    for n in range(end - start, 0, -1):
        for s in range(start, end - n + 1):
            yield s, s + n


def _strip_genitive(text: str) -> str:
    if text.endswith("s") and len(text) > 3 and not text.endswith("ss"):
        return text[:-1]
    return text.rstrip("'’")


_FORM_RANK = {
    "name": 0,
    "institution": 1,
    "organ": 1,
    "place": 2,
    "adjective": 3,
    "description": 4,
    "demonym": 5,
    "alias": 6,
    "surname": 7,
}


def _best_match(
    hits: list[SurfaceMatch], kb: KnowledgeBase, context: Counter[str] | None = None
) -> SurfaceMatch:
    """Names before places before adjectives…; among equals (``Bundesrat``: CHE or DEU) the
    state the article has named most so far."""
    context = context or Counter()
    return min(
        hits,
        key=lambda h: (
            _FORM_RANK.get(h.form, 9),
            -context[kb.entries[h.entry_id].code or ""],
            kb.entries[h.entry_id].kind == "person",
        ),
    )


# --- step 2: role words ----------------------------------------------------------------


@dataclass
class RoleInfo:
    word: RoleWord
    code: str | None  # state or organisation the role belongs to, when the text says
    sector: str | None
    text: str = ""  # the title as written (its ending tells the gender)


class RoleFinder:
    """Role words: titles of names, appositions, and role mentions of their own."""

    def __init__(
        self,
        kb: KnowledgeBase,
        registry: ActorRegistry,
        doc: Doc,
        names: list[Found],
        role_cache: dict[str, RoleWord | None],
    ) -> None:
        self.kb = kb
        self.registry = registry
        self.doc = doc
        self.names = names
        self.by_token: dict[int, Found] = {i: f for f in names for i in range(f.start, f.end)}
        self.blocked = dateline_tokens(doc)
        self.cache = role_cache
        self.context: Counter[str] = Counter(
            registry.code(a) or "" for f in names for a in f.actors
        )

    def role_word(self, token: Token) -> RoleWord | None:
        text = token.text
        if text not in self.cache:
            self.cache[text] = self._role_word(text) if _capitalised(text) else None
        return self.cache[text]

    def role_word_at(self, i: int) -> tuple[RoleWord, int] | None:
        """The role word ending at token ``i`` and its first token (``Staats- und Parteichef``)."""
        doc = self.doc
        if i >= 2 and doc[i - 1].lower_ == "und" and doc[i - 2].text.endswith("-"):
            word = self.kb.role_word(doc[i - 2 : i + 1].text)
            if word is not None:
                return word, i - 2
        word = self.role_word(doc[i]) if doc[i].pos_ in ("NOUN", "PROPN", "ADJ") else None
        return (word, i) if word is not None else None

    def _role_word(self, text: str) -> RoleWord | None:
        word = self.kb.role_word(text)
        if word is None and "-" in text.strip("-"):
            head, tail = text.rsplit("-", 1)
            # "Vize-Präsident" is the Vizepräsident, "US-Präsident" a Präsident.
            word = self.kb.role_word(head + tail.lower()) or self.kb.role_word(tail)
        if word is None:
            word = self._compound_head(text)
        return word

    def _chief(self, text: str) -> RoleWord | None:
        """``Gewerkschaftschef``, ``Polizeichef``: the head of a group role, in its sector."""
        for ending in ("chefin", "chefs", "chef"):
            if text.endswith(ending) and len(text) > len(ending) + 3:
                modifier = text[: -len(ending)]
                group = self.kb.role_word(modifier) or self.kb.role_word(modifier.rstrip("s"))
                if group is not None and group.kind == "group":
                    title = modifier + "chef"
                    return RoleWord(text, title, group.sector, "person", group.code)
        return None

    def _circles(self, text: str) -> RoleWord | None:
        """``aus Militärkreisen``, ``Regierungskreise``: unnamed sources inside a group."""
        for ending in ("kreisen", "kreise"):
            if text.endswith(ending) and len(text) > len(ending) + 3:
                modifier = text[: -len(ending)]
                group = self.kb.role_word(modifier) or self.kb.role_word(modifier.rstrip("s"))
                if group is not None:
                    return RoleWord(text, group.title, group.sector, "group", group.code)
        return None

    def _compound_head(self, text: str) -> RoleWord | None:
        """A closed compound headed by a role word: ``Flughafenbehörde`` → Behörde,
        ``Regierungsvertreter`` is not (Vertreter is no role word). The modifier's own
        sector wins when it is a role word too (``Armeeführung`` → MIL)."""
        chief = self._chief(text) or self._circles(text)
        if chief is not None:
            return chief
        for cut in range(3, len(text) - MIN_COMPOUND_HEAD + 1):
            head = text[cut:]
            if not head[0].islower():
                continue
            word = self.kb.role_word(head.capitalize())
            if word is None:
                continue
            modifier = self.kb.role_word(text[:cut].rstrip("s")) if cut > 3 else None
            sector = modifier.sector if modifier is not None else word.sector
            return RoleWord(text, word.title, sector, word.kind, word.code, word.covers)
        return None

    def find(self) -> list[Found]:
        found = list(self.names)
        persons = [f for f in self.names if self._is_person(f)]
        for person in persons:
            self._titles(person)
        # Titles widened the person mentions: index them again.
        self.by_token = {i: f for f in found for i in range(f.start, f.end)}
        taken = {i for f in found for i in range(f.start, f.end)} | self.blocked
        words = words_of(self.doc)
        for i, text in enumerate(words.text):
            # Capitalised adjectives inside a sentence are nominalised: "der Vorsitzende".
            noun = (
                words.pos[i] in ("NOUN", "PROPN", "")
                or words.pos[i] == "ADJ"
                and i > 0
                and (not words.skip[i - 1])
            )
            if i in taken or not noun or not _capitalised(text):
                continue
            if self.cache.get(text, True) is None and words.text[i - 1] != "und":
                at = None  # known not to be a role word
            else:
                at = self.role_word_at(i)
            if at is None:
                mention = self._person_noun(i)
                if mention is not None:
                    found.append(mention)
                    taken.update(range(mention.start, mention.end))
                continue
            token = self.doc[i]
            mention = self._role_mention(token, at[0])
            if mention is not None and at[1] < mention.start:
                mention.start = at[1]
            if mention is not None:
                found.append(mention)
                taken.update(range(mention.start, mention.end))
        self._appositions(found)
        return sorted(found, key=lambda f: (f.start, -f.end))

    def _appositions(self, found: list[Found]) -> None:
        """``Der Umweltminister der Französischen Republik, Jean-Louis Borloo,`` and
        ``John Kline, ein Repräsentant``: a singular person role next to a name, set off by
        a comma, is that person (who gets the role's title and state)."""
        doc = self.doc
        roles = {
            (f.start, f.end): f
            for f in found
            if f.kind == "role" and f.role is not None and f.role.kind == "person"
        }
        by_end = {end: f for (_, end), f in roles.items()}
        by_start = {start: f for (start, _), f in roles.items()}
        for person in [f for f in found if self._is_person(f)]:
            before = by_end.get(person.start - 1) if person.start > 0 else None
            after = by_start.get(person.end + 1)
            for role, comma in ((before, person.start - 1), (after, person.end)):
                if role is None or comma >= len(doc) or doc[comma].text != ",":
                    continue
                assert role.role is not None
                code = (
                    None
                    if role.needs_code or not role.actors
                    else self.registry.code(role.actors[0])
                )
                info = RoleInfo(role.role, code, role.role.sector, doc[role.head].text)
                self._give_role(person.actors[0], info)
                role.actors, role.needs_code = list(person.actors), False

    def _person_noun(self, i: int) -> Found | None:
        """Persons named by a common noun and a state: ``einer französischen Lehrerin``
        (a person noun with a state adjective), ``eine Landsfrau`` (a compatriot of the
        state named last)."""
        token = self.doc[i]
        text = token.text
        compatriot = text.startswith("Lands") and text.endswith(COMPATRIOT_ENDINGS)
        if not compatriot and not text.endswith(PERSON_NOUN_ENDINGS):
            return None
        start, code, _, _ = self._left_modifiers(i)
        if compatriot:
            code = code or self._last_state_before(start)
        if code is None:
            return None
        word = RoleWord(text, token.lemma_ or text, "CVL", "person", None)
        if text.endswith(("leute", "männer", "frauen", "innen")):
            return Found(start, i + 1, "role", [self.registry.group(code, "CVL")], i, role=word)
        state = self.kb.entries[code].name if code in self.kb.entries else code
        actor_id = self.registry.text_actor(
            f"{text} ({state})",
            "person",
            Role(title=word.title, code=code, sector="CVL"),
            "m" if text.endswith("mann") else "f" if text.endswith(("in", "frau")) else None,
            key=f"{text}-{code}-{i}",
        )
        return Found(start, i + 1, "role", [actor_id], i, role=word)

    def _is_person(self, found: Found) -> bool:
        return found.kind == "name" and self.registry.actors[found.actors[0]].kind == "person"

    # titles and appositions of names

    def _titles(self, person: Found) -> None:
        start, info = self._left_title(person.start)
        actor_id = person.actors[0]
        if info is not None:
            person.start = start
            self._give_role(actor_id, info)
        right = self._right_info(person.end)
        if right is not None:
            self._give_role(actor_id, right)
        actor = self.registry.actors[actor_id]
        titled = info or right
        if not actor.in_kb and actor.code is None and titled is not None:
            person.role, person.needs_code = titled.word, True  # the state comes from context

    def _give_role(self, actor_id: str, info: RoleInfo) -> None:
        actor = self.registry.actors[actor_id]
        if actor.in_kb:
            return
        if info.word is _MEMBER:
            # "(Argentinien)", "aus Suriname", "von Human Rights Watch": whose, not what.
            if actor.code is None:
                actor.code = info.code
                actor.sector = actor.sector or info.sector
            return
        sector = info.sector
        owner = self.kb.entries.get(info.code or "")
        if owner is not None and owner.kind != "state" and sector == STATE_SECTOR:
            sector = owner.sector  # "UN-Vertreter": the organisation's own sector
        self.registry.add_role(actor_id, Role(title=info.word.title, code=info.code, sector=sector))
        gender = _title_gender(info.text, info.word) if info.text else None
        if gender is not None:  # "Präsidentin" says more than the model's morphology
            self.registry.genders[actor_id] = gender

    def _left_title(self, start: int) -> tuple[int, RoleInfo | None]:
        """Walk left over a title phrase: ``der italienische Außenminister``, ``Irans
        Präsident``, ``Außenminister der Russischen Föderation``, ``Staats- und Parteichef``."""
        doc = self.doc
        i = start - 1
        title_start = start
        role: RoleWord | None = None
        role_text = ""
        code: str | None = None
        unknown_noun: Token | None = None
        floor = _sentence_start(doc, start)
        while i >= floor and i not in self.blocked:
            tok = doc[i]
            name = self.by_token.get(i)
            at = self.role_word_at(i) if role is None else None
            if at is not None:
                role, title_start = at
                role_text = tok.text
                code = code or role.code or self._prefix_code(tok)
                i = title_start - 1
                continue
            elif name is not None and not self._is_person(name):
                code = code or self._code_of(name)
                title_start = name.start
                i = name.start - 1
                continue
            elif tok.text.endswith("-") or tok.lower_ == "und" and doc[i - 1].text.endswith("-"):
                pass  # "Staats- und Parteichef"
            elif role is not None and (city := self._city(tok.text)) is not None:
                code = code or city[1]  # "Mannheims Oberbürgermeister Peter Kurz"
                title_start = i
            elif tok.lower_ in DETERMINERS or tok.pos_ in ("ADJ", "NUM") or tok.tag_ == "ADJA":
                # Before the title is found only a genitive may sit here ("Außenminister
                # der Russischen Föderation Sergei Lawrow").
                if (
                    role is None
                    and unknown_noun is None
                    and (code is None or tok.lower_ not in DEFINITE)
                ):
                    break
                title_start = i
            elif role is None and unknown_noun is None and i == start - 1 and tok.pos_ == "NOUN":
                unknown_noun = tok  # "der chinesische Bürgerrechtler Hu Jia"
                title_start = i
            else:
                break
            i -= 1
        if role is None and unknown_noun is not None and code is not None:
            role = RoleWord(
                unknown_noun.text, unknown_noun.lemma_ or unknown_noun.text, "CVL", "person", None
            )
            return title_start, RoleInfo(role, code, "CVL", unknown_noun.text)
        if role is None:
            return start, None
        return title_start, RoleInfo(role, code, role.sector, role_text)

    def _right_info(self, end: int) -> RoleInfo | None:
        """``(Argentinien)``, ``aus Suriname``, ``von Human Rights Watch``,
        ``, Kommandant des US-Marine-Corps``."""
        doc = self.doc
        if end >= len(doc):
            return None
        nxt = doc[end]
        if nxt.text == "(" and end + 1 < len(doc):
            inner = self.by_token.get(end + 1)
            if inner is not None and not self._is_person(inner):
                code = self._code_of(inner)
                if (
                    code
                    and self.kb.entries.get(code, None)
                    and self.kb.entries[code].kind == "state"
                ):
                    return RoleInfo(_MEMBER, code, None)
        if nxt.lower_ in ("aus", "von", "vom") and end + 1 < len(doc):
            j = end + 1 + (doc[end + 1].lower_ in DETERMINERS)
            inner = self.by_token.get(j)
            if inner is not None and not self._is_person(inner):
                actor = self.registry.actors[inner.actors[0]]
                if actor.kind == "state" and nxt.lower_ == "aus":
                    return RoleInfo(_MEMBER, actor.code, None)
                if actor.kind in ("organisation", "group") and nxt.lower_ != "aus":
                    return RoleInfo(_MEMBER, actor.code, actor.sector)
        if nxt.text == "," and end + 1 < len(doc):
            return self._apposition(end + 1)
        return None

    def _apposition(self, i: int) -> RoleInfo | None:
        doc = self.doc
        stop = min(len(doc), i + 8)
        role: RoleWord | None = None
        code: str | None = None
        for j in range(i, stop):
            tok = doc[j]
            if tok.is_punct and tok.text != "-":
                break
            name = self.by_token.get(j)
            if name is not None and not self._is_person(name):
                code = code or self._code_of(name)
                continue
            word = self.role_word(tok) if tok.pos_ in ("NOUN", "PROPN") else None
            if word is not None and role is None:
                role = word
                code = code or word.code or self._prefix_code(tok)
            elif role is None and tok.lower_ not in DETERMINERS and tok.pos_ != "ADJ":
                return None
        if role is None:
            return None
        return RoleInfo(role, code, role.sector)

    def _prefix_code(self, token: Token) -> str | None:
        if "-" not in token.text:
            return None
        hits = [
            h
            for h in self.kb.lookup_prefix(token.text)
            if self.kb.entries[h.entry_id].kind != "person"
        ]
        return (
            self.kb.entries[_best_match(hits, self.kb, self.context).entry_id].code
            if hits
            else None
        )

    def _code_of(self, found: Found) -> str | None:
        codes = [self.registry.code(a) for a in found.actors]
        return next((c for c in codes if c), None)

    # role mentions of their own

    def _role_mention(self, token: Token, word: RoleWord) -> Found | None:
        doc = self.doc
        start, code, definite, city = self._left_modifiers(token.i)
        code = code or word.code or self._prefix_code(token)
        end = token.i + 1
        principal: str | None = None
        owner_sector: str | None = None
        genitive = self._genitive(end)
        if genitive is not None:
            g_end, g_found = genitive
            if g_end < len(doc) and doc[g_found.head].pos_ == "ADJ" and doc[g_end].pos_ == "NOUN":
                g_end += 1  # "ein Soldat der italienischen Streitkräfte"
            if code is None or _is_spokesperson(word):
                if self._is_person(g_found):
                    principal = g_found.actors[0]
                elif code is None:
                    owner_sector = self.registry.actors[g_found.actors[0]].sector
                code = code or self._code_of(g_found)
                end = g_end
        elif (
            end < len(doc) - 1
            and doc[end].lower_ in ("von", "vom", "aus")
            and _capitalised(doc[end + 1].text)
        ):
            definite = False  # "der Bürgermeister von Ladenburg": someone not named before
        if code is None:
            located = self._located_in(end)  # "die Regierung in Kiew", "Machthaber in Teheran"
            if located is not None:
                code, end, city = located
        if code is None and any(t.lower_.startswith("dortig") for t in doc[start : token.i]):
            code = self._last_state_before(start)  # "dortige Rüstungsbetriebe": there
        if code is None and word.ambiguous:
            return None  # "in der Spitze 9000 Teilnehmer", "eine Botschaft": common words
        sector = word.sector
        if owner_sector is not None and sector == STATE_SECTOR:
            sector = owner_sector  # "Sprecher der CDU" → PTY, "Generalsekretär der Nato" → IGO
        if principal is not None:
            p_actor = self.registry.actors[principal]
            code, sector = p_actor.code, p_actor.sector or sector
        elif _is_spokesperson(word):
            sector = self._compound_sector(token.text, word) or sector
        owner = self.kb.entries.get(code or "")
        if owner is not None and owner.kind != "state" and sector == STATE_SECTOR and owner.sector:
            sector = owner.sector  # "Nato-Sprecherin", "UN-Generalsekretär": the IGO's own
        if word.kind == "person" and not _plural(token, word):
            actors = [self._role_person(token, word, code, sector, principal, definite, city)]
        elif code is not None:
            actors = [self.registry.group(code, sector)]
        else:
            actors = []
        plural_persons = word.kind == "person" and _plural(token, word)
        if plural_persons:
            word = RoleWord(word.word, word.title, word.sector, "group", word.code, word.covers)
        return Found(
            start,
            end,
            "role",
            actors,
            token.i,
            role=word,
            needs_code=code is None,
            definite=definite,
            plural_persons=plural_persons,
        )

    def _located_in(self, end: int) -> tuple[str, int, str | None] | None:
        """``in Kiew``, ``in der Ukraine``, ``in Mannheim`` right after a role word: the
        state it is in (the capital or city itself is a place there, no mention of its own),
        the end of the phrase and the city named."""
        doc = self.doc
        if end >= len(doc) - 1 or doc[end].lower_ not in ("in", "im"):
            return None
        j = end + 1 + (doc[end + 1].lower_ in DEFINITE)
        for k in range(min(len(doc), j + 3), j, -1):
            hits = [
                h
                for h in self.kb.lookup(doc[j:k].text)
                if h.form in ("name", "place")
                and not h.ambiguous
                and self.kb.entries[h.entry_id].kind == "state"
            ]
            if hits:
                return self.kb.entries[hits[0].entry_id].code or hits[0].entry_id, k, None
            city = self.kb.city_state(doc[j:k].text)
            if city is not None:
                return city, k, doc[j:k].text
        return None

    def _city(self, text: str) -> tuple[str, str] | None:
        """The city named in the genitive or as an adjective before a role word, and its
        state: ``Mannheims Oberbürgermeister``, ``die Münchner Polizei`` → (München, DEU)."""
        if not _capitalised(text):
            return None
        candidates = [_strip_genitive(text), text]
        if text.endswith("er"):  # Mannheimer, Kölner; Bremer, Dresdner, Münchner
            candidates += [text[:-2], text[:-2] + "en", text[:-3] + "en"]
        for candidate in candidates:
            code = self.kb.city_state(candidate)
            if code is not None:
                return candidate, code
        return None

    def _last_state_before(self, i: int) -> str | None:
        for found in reversed(self.names):
            if found.end <= i and not self._is_person(found):
                code = self._code_of(found)
                entry = self.kb.entries.get(code or "")
                if entry is not None and entry.kind == "state":
                    return code
        return None

    def _left_modifiers(self, i: int) -> tuple[int, str | None, bool, str | None]:
        """Articles, adjectives and prenominal genitives left of a role word: where the
        phrase starts, the state it names, whether it is definite, the city it names."""
        doc = self.doc
        start, code, definite = i, None, False
        city_name: str | None = None
        j = i - 1
        floor = _sentence_start(doc, i)
        while j >= floor and j not in self.blocked:
            tok = doc[j]
            name = self.by_token.get(j)
            if name is not None and not self._is_person(name):
                code = code or self._code_of(name)
                start = name.start
                j = name.start - 1
                continue
            if tok.lower_ in DETERMINERS:
                definite = definite or tok.lower_ in DEFINITE
                start = j
                j -= 1
                break
            city = self._city(tok.text) if tok.pos_ in ("PROPN", "ADJ", "NOUN") else None
            if city is not None:  # "die Münchner Polizei", "Mannheims Polizei"
                city_name, code = city_name or city[0], code or city[1]
                start = j
                j -= 1
                continue
            if (
                tok.pos_ in ("ADJ", "NUM")
                or tok.tag_ in ("ADJA", "CARD")
                or tok.text.endswith("-")
                or tok.lower_ == "und"
                and j > 0
                and doc[j - 1].text.endswith("-")
            ):
                start = j
                j -= 1
                continue
            break
        return start, code, definite, city_name

    def _genitive(self, end: int) -> tuple[int, Found] | None:
        """``Regierung Russlands``, ``Sprecher von Premierminister Boris Johnson``,
        ``Außenminister der Russischen Föderation``."""
        doc = self.doc
        if end >= len(doc):
            return None
        j = end
        if doc[j].lower_ in ("von", "vom", "des", "der"):
            j += 1
            while j < len(doc) and doc[j].lower_ in DETERMINERS:
                j += 1
        found = self.by_token.get(j)
        if found is None or found.start != j and not self._is_person(found):
            return None
        if j == end and not doc[j].text.endswith(("s", "'")):
            return None  # no genitive marker: an apposition, not a possessor
        return found.end, found

    def _compound_sector(self, text: str, word: RoleWord) -> str | None:
        """``Armeesprecherin`` → MIL, ``Polizeisprecher`` → COP: the sector of the modifier."""
        low = text.lower()
        for suffix in SPOKESPERSON_SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                modifier = text[: -len(suffix)].rstrip("s-")
                inner = self.kb.role_word(modifier)
                if inner is not None:
                    return inner.sector
        return None

    def _role_person(
        self,
        token: Token,
        word: RoleWord,
        code: str | None,
        sector: str,
        principal: str | None,
        definite: bool,
        city: str | None = None,
    ) -> str:
        """The person a singular role names: a spokesperson of ``principal``, the KB holder
        of the office at the date (of that ``city``'s office: "der Hamburger Bürgermeister"),
        else a ``text:`` person."""
        if principal is not None:
            p_name = self.registry.actors[principal].name
            return self.registry.text_actor(
                f"{word.title} von {p_name}",
                "person",
                Role(title=word.title, code=code, sector=sector),
                _title_gender(token.text, word),
            )
        if code is not None and not _former(token):
            holders = self.kb.holders(code, word.title, self.registry.date, city)
            gender = _title_gender(token.text, word)
            # "die Bundeskanzlerin" in October 2005 is not Gerhard Schröder.
            holders = [h for h in holders if h.gender in (None, gender) or gender is None]
            if len(holders) == 1:
                return self.registry.entry(holders[0].id)
            same = self._doc_person_with(code, word.title)
            if same is not None:
                return same
        state = self.kb.entries[code].name if code and code in self.kb.entries else None
        name = f"{word.title} ({state})" if state else word.title
        return self.registry.text_actor(
            name,
            "person",
            Role(title=word.title, code=code, sector=sector)
            if code
            else Role(title=word.title, sector=sector),
            _title_gender(token.text, word),
            key=f"{word.title}-{code or 'x'}-{_title_gender(token.text, word)}"
            + ("" if definite else f"-{token.i}"),
        )

    def _doc_person_with(self, code: str, title: str) -> str | None:
        for actor_id, actor in self.registry.actors.items():
            if (
                actor.kind == "person"
                and actor.code == code
                and any(r.title == title for r in actor.roles)
            ):
                return actor_id
        return None


_MEMBER = RoleWord("Mitglied", "Mitglied", "CVL", "person", None)


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end token of the sentence of token ``i`` (the whole Doc without sentence
    boundaries)."""
    return words_of(doc).sentence[i]


def _sentence_start(doc: Doc, i: int) -> int:
    return sentence_bounds(doc, i)[0]


def _former(token: Token) -> bool:
    """``der frühere Präsident``, ``Ex-Kanzler``: not the office holder at the date."""
    if token.lower_.startswith(("ex-", "alt-")):
        return True
    return any(
        t.lower_.startswith(FORMER_MARKERS) for t in token.doc[max(0, token.i - 3) : token.i]
    )


def _plural(token: Token, word: RoleWord) -> bool:
    """``Soldaten``, ``Diplomaten``: a person role word used in the plural is a group.
    The article decides where it can (``der Bürgermeister`` is one)."""
    for child in token.doc[max(0, token.i - 3) : token.i]:
        if child.lower_ in SINGULAR_ARTICLES:
            return False
        if child.lower_ in DETERMINERS and child.morph.get("Number"):
            return child.morph.get("Number") == ["Plur"]
    number = token.morph.get("Number")
    if number:
        return number == ["Plur"]
    return token.text.endswith(("en", "innen")) and not word.title.endswith(("en", "e"))


def _is_spokesperson(word: RoleWord) -> bool:
    return word.title.lower().endswith("sprecher")


def _title_gender(title_text: str, word: RoleWord) -> str | None:
    """``Präsidentin`` → f, ``Präsident`` → m (the title as written, against its base form)."""
    if title_text.endswith(("in", "innen")) and not word.title.endswith(("in", "innen")):
        return "f"
    return "m" if title_text[:1].isupper() else None


# --- step 4: context codes --------------------------------------------------------------


def main_state(
    found: Iterable[Found],
    registry: ActorRegistry,
    title_codes: Iterable[str],
    settings: Iterable[tuple[int, str]] = (),
) -> str | None:
    """The state an article is mostly about: states named, weighted, title mentions double;
    ``settings`` (token, state) are the places the story is set in (``setting_states``)."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for start, code in settings:
        counts[code] += 1
        order[code] = min(order.get(code, start), start)
    for f in found:
        if f.kind in ("compound", "pronoun") or f.part:  # "US-Dollar" is no topic
            continue
        for actor_id in f.actors:
            code = registry.code(actor_id)
            entry = registry.kb.entries.get(code) if code else None
            if entry is not None and entry.kind == "state":
                counts[code] += 1
                order.setdefault(code, f.start)
    for code in title_codes:
        counts[code] += 2
        order[code] = -1
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -order[c]))


def title_states(title: str | None, kb: KnowledgeBase) -> list[str]:
    """States the headline names or is set in (``Mannheim: Friedensmarsch`` → DEU)."""
    if not title:
        return []
    codes: list[str] = []
    for word in re.findall(r"[\wÄÖÜäöüß-]+", title):
        hits = kb.lookup(word) or (kb.lookup_prefix(word) if "-" in word else [])
        state = next(
            (
                kb.entries[hit.entry_id]
                for hit in hits
                if kb.entries[hit.entry_id].kind == "state"
                and hit.form in ("name", "adjective", "place")
            ),
            None,
        )
        city = kb.city_state(word) if state is None and not hits else None
        if state is not None or city is not None:
            codes.append(city or state.code or state.id)  # type: ignore[union-attr]
    return codes


def setting_states(
    doc: Doc, found: list[Found], kb: KnowledgeBase, registry: ActorRegistry
) -> list[tuple[int, str]]:
    """(token, state) for each place the story is said to happen in: a city (``im
    nordbadischen Mannheim`` → DEU), a capital used as a place (``in Bagdad``), a place
    with its state (``in der irakischen Stadt Haditha``), a state after ``in``/``im``
    (``in Spanien``). That is the state of its unnamed police, protesters and participants."""
    by_token = {i: f for f in found if f.actors for i in range(f.start, f.end)}
    settings: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.label_ != "LOC" or any(i in by_token for i in range(ent.start, ent.end)):
            continue
        code = kb.city_state(ent.text) or _capital_state(ent.text, kb)
        if code is None and ent.start >= 2 and doc[ent.start - 1].text in PLACE_NOUNS:
            adjective = by_token.get(ent.start - 2)
            code = _state_of(adjective, registry) if adjective is not None else None
        if code is not None:
            settings.append((ent.start, code))
    for f in found:
        if f.kind != "name" or f.part or len(f.actors) != 1 or not f.start:
            continue
        before = f.start - 1
        if doc[before].lower_ in DEFINITE and before > 0:
            before -= 1  # "in der Ukraine"
        code = _state_of(f, registry)
        if code is not None and doc[before].lower_ in IN_PLACE:
            settings.append((f.start, code))
    return sorted(settings)


def _state_of(f: Found, registry: ActorRegistry) -> str | None:
    """The state a one-actor mention of a state (name, adjective) is."""
    if len(f.actors) != 1:
        return None
    entry = registry.kb.entries.get(f.actors[0])
    return entry.id if entry is not None and entry.kind == "state" else None


def setting_state(settings: list[tuple[int, str]], title_codes: Iterable[str]) -> str | None:
    """The state most places of the story are in — more than half of them, headline
    states and cities counted double as for the main state; None for a story told from
    several places (a summit article: where the next one will be, where protests were)."""
    if not settings:
        return None
    counts = Counter(code for _, code in settings)
    first = {code: start for start, code in reversed(settings)}
    for code in title_codes:  # "Frankreich: Schießerei in Schule" is set in France
        counts[code] += 2
        first[code] = -1
    best = max(counts, key=lambda c: (counts[c], -first[c]))
    # One place in passing ("eine Pipeline bis Brasilia") does not set a story.
    if counts[best] < MIN_SETTING or 2 * counts[best] <= sum(counts.values()):
        return None
    return best


def _capital_state(text: str, kb: KnowledgeBase) -> str | None:
    states = {
        m.entry_id
        for m in kb.lookup(text)
        if m.form == "place" and not m.ambiguous and kb.entries[m.entry_id].kind == "state"
    }
    return states.pop() if len(states) == 1 else None


def fill_context_codes(
    doc: Doc,
    found: list[Found],
    registry: ActorRegistry,
    default: str | None,
    setting: str | None = None,
) -> None:
    """Role mentions without a state get, in this order: the state of the last mention of
    the same role that had one (``Zivilisten`` after ``irakischen Zivilisten``), the state
    that is the subject of their sentence (``Großbritannien plane, Soldaten zu senden``),
    the article's main state (``default``) — for police, civilians, companies and other
    local actors the state the story is set in (``setting``) first."""
    last_code: dict[str, str] = {}
    subject_states = _subject_states(doc, found, registry)
    for f in sorted(found, key=lambda m: m.start):
        if f.role is None:
            continue
        key = f.role.title
        if not f.needs_code:
            code = next((registry.code(a) for a in f.actors if registry.code(a)), None)
            if code:
                last_code[key] = code
            continue
        if any(word in f.role.title.lower() for word in COUNTERPARTS):
            continue  # "sein Amtskollege" is from another state: no guess
        sentence = sentence_bounds(doc, f.head)[0]
        # Plural office holders without a state ("Staats- und Regierungschefs von 30
        # Staaten", "manche Politiker") are seldom all of the article's main state.
        generic = f.plural_persons and f.role.sector == STATE_SECTOR
        fallback = (setting or default) if f.role.sector in LOCAL_SECTORS else default
        code = last_code.get(key) or subject_states.get(sentence) or (None if generic else fallback)
        if code is None:
            if not f.actors:
                f.actors = [
                    registry.text_actor(
                        f.role.title,
                        f.role.kind if f.role.kind == "person" else "group",
                        Role(title=f.role.title, sector=f.role.sector),
                    )
                ]
            continue
        if f.actors:
            actor_id = f.actors[0]
            actor = registry.actors[actor_id]
            if not actor.in_kb and actor.code is None:
                registry.add_role(
                    actor_id, Role(title=f.role.title, code=code, sector=f.role.sector)
                )
        else:
            f.actors = [registry.group(code, f.role.sector)]
        f.needs_code = False


def _subject_states(doc: Doc, found: list[Found], registry: ActorRegistry) -> dict[int, str]:
    """Sentence start → the state (of a name or metonym) that is a subject there."""
    result: dict[int, str] = {}
    if not doc.has_annotation("SENT_START"):
        return result
    for f in found:
        if f.kind not in ("name", "metonym") or len(f.actors) != 1:
            continue
        actor = registry.actors[f.actors[0]]
        entry = registry.kb.entries.get(actor.code or "")
        if entry is not None and entry.kind == "state" and _acts(doc, f):
            result.setdefault(sentence_bounds(doc, f.head)[0], entry.id)
    return result


# --- writing ---------------------------------------------------------------------------


def set_annotations(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    mentions = [f for f in found if f.actors]
    mentions.sort(key=lambda f: (f.start, -f.end))
    used = {a for f in mentions for a in f.actors}
    doc._.mentions = [_to_mention(doc, f) for f in mentions]
    doc._.actors = {k: v for k, v in registry.actors.items() if k in used}
    doc._.entities = _entities(doc, mentions)
    doc._._mention_index = _build_index(doc, mentions)


def _to_mention(doc: Doc, f: Found) -> Mention:
    span = doc[f.start : f.end]
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        kind=f.kind,
        actors=list(dict.fromkeys(f.actors)),
    )


def _entities(doc: Doc, mentions: list[Found]) -> list[Entity]:
    by_token: dict[int, list[Found]] = {}
    for f in mentions:
        if f.kind != "compound":
            for i in range(f.start, f.end):
                by_token.setdefault(i, []).append(f)
    entities = []
    for ent in doc.ents:
        overlapping = {id(f): f for i in range(ent.start, ent.end) for f in by_token.get(i, ())}
        # The innermost mention covering the whole entity names its actor; else (NER ran
        # on: "Xi Jinping Rückendeckung") the mention covering most of it.
        best = min(
            overlapping.values(),
            key=lambda f: (
                not (f.start <= ent.start and ent.end <= f.end),
                -(min(f.end, ent.end) - max(f.start, ent.start)),
                f.end - f.start,
            ),
            default=None,
        )
        entities.append(
            Entity(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
                actor=best.actors[0] if best else None,
            )
        )
    return entities


def _build_index(doc: Doc, mentions: list[Found]) -> tuple[dict[int, Mention], dict[int, Mention]]:
    by_token: dict[int, tuple[int, Mention]] = {}
    compounds: dict[int, Mention] = {}
    for f, mention in zip(mentions, doc._.mentions, strict=True):
        for i in range(f.start, f.end):
            if f.kind == "compound":
                compounds.setdefault(i, mention)
            elif i not in by_token or by_token[i][0] > f.end - f.start:
                by_token[i] = (f.end - f.start, mention)
    return {i: m for i, (_, m) in by_token.items()}, compounds


def token_mentions(doc: Doc) -> dict[int, Mention]:
    """Token index → the most specific (innermost) non-compound mention covering it."""
    index = doc._._mention_index
    if index is None:
        index = _index_from_mentions(doc)
        doc._._mention_index = index
    return index[0]


def mention_at(doc: Doc, token_i: int) -> Mention | None:
    return token_mentions(doc).get(token_i)


def compound_at(doc: Doc, token_i: int) -> Mention | None:
    token_mentions(doc)
    return doc._._mention_index[1].get(token_i)


def actor_codes(doc: Doc, mention: Mention) -> list[str]:
    actors = doc._.actors or {}
    return [actors[a].code for a in mention.actors if a in actors and actors[a].code]


def _index_from_mentions(doc: Doc) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """Rebuild the index from ``doc._.mentions`` (e.g. after a Doc was deserialised)."""
    by_token: dict[int, Mention] = {}
    compounds: dict[int, Mention] = {}
    for mention in doc._.mentions or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if mention.kind == "compound":
                compounds.setdefault(tok.i, mention)
            elif tok.i not in by_token or (
                by_token[tok.i].end - by_token[tok.i].start > mention.end - mention.start
            ):
                by_token[tok.i] = mention
    return by_token, compounds


# --- the component ---------------------------------------------------------------------


def link_actors(
    doc: Doc,
    kb: KnowledgeBase,
    registry: ActorRegistry,
    role_cache: dict[str, RoleWord | None] | None = None,
) -> list[Found]:
    """Steps 1 and 2: names and role words, each linked to actors (no coreference yet)."""
    names = NameFinder(kb, registry, doc).find()
    return RoleFinder(kb, registry, doc, names, role_cache if role_cache is not None else {}).find()


class CachedKB:
    """The knowledge base with its string look-ups memoised per component: news repeat
    the same words, and role words are tried on every capitalised noun."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entries = kb.entries
        self.sectors = kb.sectors
        self._lookup: dict[str, list[SurfaceMatch]] = {}
        self._prefix: dict[str, list[SurfaceMatch]] = {}
        self._role: dict[str, RoleWord | None] = {}
        # First word of every surface (case-folded) → most words a surface starting with
        # it has: the token scan only tries spans that can match.
        self.first_words: dict[str, int] = {}
        for surface in kb.surfaces():
            parts = surface.split()
            key = parts[0].casefold()
            self.first_words[key] = max(self.first_words.get(key, 0), len(parts))

    def lookup(self, surface: str) -> list[SurfaceMatch]:
        if surface not in self._lookup:
            self._lookup[surface] = self.kb.lookup(surface)
        return self._lookup[surface]

    def city_state(self, name: str) -> str | None:
        return self.kb.city_state(name)

    def lookup_prefix(self, compound: str) -> list[SurfaceMatch]:
        if compound not in self._prefix:
            self._prefix[compound] = self.kb.lookup_prefix(compound)
        return self._prefix[compound]

    def role_word(self, word: str) -> RoleWord | None:
        if word not in self._role:
            self._role[word] = self.kb.role_word(word)
        return self._role[word]

    def role_at(self, person_id: str, date: str | None) -> KBRole | None:
        return self.kb.role_at(person_id, date)

    def holders(
        self, code: str, title: str, date: str | None, org: str | None = None
    ) -> list[KBEntry]:
        return self.kb.holders(code, title, date, org)


class ActorLinker:
    def __init__(self, nlp: Language, name: str, kb_path: str | None = None) -> None:
        from lagebild.pipeline.coref import resolve_coreference  # coref builds on this module

        self.name = name
        kb = KnowledgeBase.load(Path(kb_path)) if kb_path else get_kb()
        self.kb: KnowledgeBase = CachedKB(kb)  # type: ignore[assignment]  # same interface
        self.resolve: Callable[
            [Doc, list[Found], ActorRegistry, str | None, str | None], list[Found]
        ] = resolve_coreference
        self.role_cache: dict[str, RoleWord | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        registry = ActorRegistry(self.kb, doc._.meta.date)
        found = link_actors(doc, self.kb, registry, self.role_cache)
        settings = setting_states(doc, found, self.kb, registry)
        titles = title_states(doc._.meta.title, self.kb)
        default = main_state(found, registry, titles, settings)
        setting = setting_state(settings, titles)
        found = self.resolve(doc, found, registry, default, setting)
        fill_context_codes(doc, found, registry, default, setting)
        set_annotations(doc, found, registry)
        doc.user_data.pop(_WORDS_KEY, None)  # plain lists only needed while linking
        return doc


@Language.factory(
    "lagebild_actors",
    requires=["doc.ents", "token.dep", "token.morph"],
    assigns=["doc._.entities", "doc._.mentions", "doc._.actors"],
    default_config={"kb_path": None},
)
def make_actor_linker(nlp: Language, name: str, kb_path: str | None) -> ActorLinker:
    return ActorLinker(nlp, name, kb_path)
