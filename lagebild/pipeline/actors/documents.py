"""Documents standing for their author: ``die Resolution``, ``das Gesetz``, ``der Vertrag``.

German news introduce a document with the body that passed, signed or issued it (``Der
Sicherheitsrat verabschiedete eine Resolution``, ``Das Parlament in Kampala hat ein Gesetz
gegen … beschlossen``, ``Putin unterzeichnete einen Vertrag``) and then name it by its noun
alone (``Nordkorea wies die Resolution zurück``, ``Biden nannte das Gesetz eine …``). The
guideline codes the body behind it (a reaction to the resolution is a reaction to the UN),
so a definite document noun is a mention of the author found where the document was
introduced: an actor named in the introducing word itself (``UN-Resolution``), its owner
(``ein Urteil des Gerichtshofs``) or the subject of the clause that introduced it.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from lagebild.german.verbs import morph_values, verb_key
from lagebild.kb.actor_words import actor_words
from lagebild.pipeline.actors.core import Found
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.words import is_subject, phrase_head, sentence_bounds, words_of

# Articles before a document noun that make it the one told of before; "des" opens an owner
# phrase of some other noun ("die Umsetzung des Abkommens"), "einer"/"eine" a new document.
DOCUMENT_ARTICLES = frozenset({"die", "das", "der", "den", "dem"})
DOCUMENT_WINDOW_TOKENS = 400  # a wire story and a half: documents are named back far
OWNER_WORDS = frozenset({"des", "der", "von", "vom"})
VERB_POS = frozenset({"VERB", "AUX"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass"})
AGENT_DEPS = frozenset({"obl:agent", "sbp"})


def find_document_authors(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """A definite singular document noun (``actor_words.yaml``: ``document_nouns``) that no
    mention covers and no owner follows is a mention of the actor that introduced the
    document earlier in the article (the nearest earlier word ending in the noun whose
    author the text names), unless that actor is the subject of its own clause (``Der Rat
    bekräftigte die Resolution`` is no act of the Council on itself)."""
    nouns = actor_words().document_nouns
    endings = _endings(nouns)
    hits = words_of(doc).find(lambda w: w.endswith(endings))
    if not hits:
        return []
    taken = {i for f in found for i in range(f.start, f.end) if f.kind != "compound"}
    result: list[Found] = []
    authors: dict[int, list[str]] = {}  # a definite reference → its author (or none)
    for i in hits:
        key = doc[i].lower_
        if key not in nouns or i in taken or not _definite_reference(doc, i):
            continue
        author = authors[i] = _author(doc, i, key, [h for h in hits if h < i], found, authors)
        if author and not _own_subject(doc, i, author, found, registry):
            result.append(Found(i - 1, i + 1, "description", author, i, definite=True))
    return result


@functools.cache
def _endings(nouns: frozenset[str]) -> tuple[str, ...]:
    """Every singular form's ending: the noun, its genitive in -s and -es."""
    return tuple(f"{noun}{ending}" for noun in nouns for ending in ("", "s", "es"))


def _document_key(word: str, nouns: frozenset[str]) -> str | None:
    """The document noun ``word`` is or ends in, in any singular case (``gesetzes``,
    ``klimaschutzabkommen``, ``un-resolution``)."""
    for form in (word, word[:-1], word[:-2]):
        for noun in nouns:
            if form.endswith(noun):
                return noun
    return None


def _definite_reference(doc: Doc, i: int) -> bool:
    """``die Resolution``, ``das Gesetz``: a definite article right before, no name or
    number after (``der Vertrag von Lissabon`` is named; ``die Resolution 1718`` too, and
    either is found by its own words) and no owner (``die Entscheidung des Gerichts``)."""
    if i == 0 or doc[i - 1].lower_ not in DOCUMENT_ARTICLES or not doc[i].text[:1].isupper():
        return False
    if "Plur" in morph_values(doc[i], "Number"):
        return False  # "die Abkommen": several
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or (nxt.lower_ not in OWNER_WORDS and nxt.pos_ not in ("PROPN", "NUM"))


def _author(
    doc: Doc,
    i: int,
    key: str,
    earlier: list[int],
    found: list[Found],
    authors: dict[int, list[str]],
) -> list[str]:
    """The author of the nearest earlier word ending in ``key`` in an earlier sentence
    whose author is known: named where it was introduced, or that of an earlier reference
    (``das Abkommen`` again: its own clause's subject is a reader, not the author)."""
    sentence, _ = sentence_bounds(doc, i)
    floor = i - DOCUMENT_WINDOW_TOKENS
    nouns = actor_words().document_nouns
    for j in reversed(earlier):
        if j < floor:
            break
        if j >= sentence or _document_key(doc[j].lower_, nouns) != key:
            continue
        if j in authors:
            return authors[j]
        author = _named_in(doc, j, found) or _clause_subject(doc, doc[j], found)
        if author:
            return author
    return []


def _named_in(doc: Doc, j: int, found: list[Found]) -> list[str]:
    """An actor named in the word (``UN-Resolution``) or as its owner right after it
    (``ein Urteil des Obersten Gerichts``, ``eine Resolution von Sicherheitsrat``)."""
    for f in found:
        if f.actors and f.kind != "pronoun" and f.start <= j < f.end and f.end - f.start == 1:
            return f.actors
    if j + 1 < len(doc) and doc[j + 1].lower_ in OWNER_WORDS:
        for f in found:
            if f.actors and f.kind != "pronoun" and j + 2 <= f.start <= j + 3:
                return f.actors
    return []


def _clause_subject(doc: Doc, noun: Token, found: list[Found]) -> list[str]:
    """The actors of the subject of the clause whose verb makes, passes or issues the
    document (``Die Generalversammlung hat einen Vertrag angenommen``, ``141 Staaten
    stimmten für eine Resolution``, ``Das Gericht erließ Haftbefehl``)."""
    verb = noun.head if noun.head.pos_ in VERB_POS else noun.head.head
    if verb.pos_ not in VERB_POS or verb_key(verb) not in actor_words().document_verbs:
        return []  # "Der Anwalt kritisierte das Gesetz": a reader, not its author
    verbs = {verb.i, verb.head.i} | {c.i for c in verb.children if c.pos_ == "AUX"}
    # "Gegen sie wurde ein Haftbefehl ausgestellt": the document is the passive's subject,
    # only an agent ("vom Gericht") is its author.
    passive = noun.dep_ in PASSIVE_SUBJECT_DEPS
    start, end = sentence_bounds(doc, noun.i)
    for f in found:
        if not (start <= f.start < end) or not f.actors or f.kind == "compound":
            continue
        head = phrase_head(doc, f)
        if head.head.i not in verbs or head.i == noun.i or not is_subject(doc, f):
            continue
        if not passive or head.dep_ in AGENT_DEPS:
            return _with_partners(f, found)
    return []


def _with_partners(f: Found, found: list[Found]) -> list[str]:
    """All members of the coordination the subject opens: ``Russland und die Ukraine
    haben ein Abkommen unterzeichnet`` is both sides' agreement."""
    compound = next((g for g in found if g.kind == "compound" and g.start == f.start), None)
    return compound.actors if compound is not None else f.actors


def _own_subject(
    doc: Doc, i: int, author: list[str], found: list[Found], registry: ActorRegistry
) -> bool:
    """Whether the author is also the subject of the document noun's own clause."""
    codes = {registry.code(a) for a in author}
    return any(codes & {registry.code(a) for a in f.actors} for f in _subjects_of(doc, i, found))


def _subjects_of(doc: Doc, i: int, found: list[Found]) -> list[Found]:
    start, end = sentence_bounds(doc, i)
    return [f for f in found if start <= f.start < end and f.actors and is_subject(doc, f)]
