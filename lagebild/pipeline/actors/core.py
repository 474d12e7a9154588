"""Shared word lists and the record every finder returns (`Found`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from lagebild.kb.loader import RoleWord
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._, _mention_index too)


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
# Not "hinter": a state or capital after it is whom one backs ("stellte sich hinter London")
# or trails in a ranking ("Platz zwei hinter den USA"); raw_de has no "hinter" + state or
# capital naming a place.
LOCATIVE_PREPOSITIONS = _words(
    """in im ins nach bei beim auf an am nahe vor über durch um zwischen ab bis unweit
    gen innerhalb außerhalb"""
)
COORDINATORS = frozenset({"und", "sowie", "oder"})
# "in Spanien", "im Irak", "in der Ukraine": where a story happens.
IN_PLACE = _words("in im")
# Sectors of actors who are where the story happens (its police, protesters, companies),
# rather than of the state the story is about (its government, army, parliament).
MIN_SETTING = 2  # places (a headline place counts two) that make a story's setting
LOCAL_SECTORS = frozenset({"COP", "JUD", "CVL", "BUS", "MED", "LAB", "EDU", "REL", "NGO"})
SINGULAR_ARTICLES = _words("ein eine einen einem eines dem des das")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "sb", "obl:agent", "sbp"})
MAX_NAME_TOKENS = 6
STATE_SECTOR = "GOV"
# "die europäischen Außenminister", "europäische Polizeibehörden": offices and bodies that
# Europe's adjective names, without a state, act together as the EU (the event gold's code).
EUROPEAN = "europäisch"
EU_CODE = "EU"
# Nouns that name persons by their ending (Lehrerin, Journalistin) and compatriots
# (Landsmann, Landsfrau, Landsleute): persons when the text says of which state.
PERSON_NOUN_ENDINGS = ("erin", "istin", "antin", "entin", "orin", "eurin", "erinnen", "istinnen")
COMPATRIOT_ENDINGS = ("mann", "frau", "leute", "männer", "frauen")
MIN_COMPOUND_HEAD = 6  # letters of a role word heading a closed compound (Behörde)
MAX_SINGLE_NAME = 14  # letters; longer single words tagged PER are common nouns
# Endings of German common nouns, to cut them off names NER ran on ("Xi Jinping
# Rückendeckung"); foreign surnames tagged NOUN ("Ronald Venetiaan") stay.
COMMON_NOUN_ENDINGS = tuple(
    sorted(_words("ung ungen heit keit schaft tion tät ismus nis tum ment chen lein erei ierung"))
)
OPENING_QUOTES = frozenset({"„", "“", '"', "»", "«", "''"})
CLOSING_QUOTES = frozenset({"“", "”", '"', "«", "»", "''"})
MAX_QUOTED_NAME = 6  # tokens of a group's name in quotation marks
NAME_PARTICLES = _words("da de do dos del della di al el bin ibn")
# A name word with an Arabic article or kinship word joined by a hyphen: written in lower
# case inside a name ("Hajim al-Hassani"), capitalised at a sentence start ("Al-Hassani").
PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|asch|ash|at|az|ar|an|ibn|bin|ben|abu|abd)-[A-ZÄÖÜ]")


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


# Words a look-up remembers; the memo is emptied when full, so memory stays flat over a run
# of millions of articles (German compounds make the vocabulary of news open-ended)
MEMO_SIZE = 100_000
Answer = TypeVar("Answer")


def remembered(memo: dict[str, Answer], word: str, find: Callable[[str], Answer]) -> Answer:
    """``find(word)``, from ``memo`` when it was asked before."""
    if word in memo:
        return memo[word]
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    answer = memo[word] = find(word)
    return answer
