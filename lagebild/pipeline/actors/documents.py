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

from lagebild.german.verbs import is_passive, morph_values, verb_key, verb_keys
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
LEAD_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})  # of an active lead (is_passive)


def find_document_authors(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """A definite singular document noun (``actor_words.yaml``: ``document_nouns``) that no
    mention covers and no owner follows is a mention of the actor that introduced the
    document earlier in the article (the nearest earlier word ending in the noun whose
    author the text names), unless that actor is the subject of its own clause (``Der Rat
    bekräftigte die Resolution`` is no act of the Council on itself).

    A definite act noun (``lead_act_nouns``: ``die Entscheidung``, ``den Schritt``, ``das
    Vorgehen``) that nothing before it introduced takes up the act the article opened with:
    its author is the subject of the lead (``lead_author``)."""
    words = actor_words()
    nouns = words.document_nouns | words.lead_act_nouns
    endings = _endings(nouns)
    hits = words_of(doc).find(lambda w: w.endswith(endings))
    if not hits:
        return []
    taken = {i for f in found for i in range(f.start, f.end) if f.kind != "compound"}
    result: list[Found] = []
    authors: dict[int, list[str]] = {}  # a definite reference → its author (or none)
    lead: list[list[str]] = []  # computed once, when first needed
    for i in hits:
        key = doc[i].lower_
        if key not in nouns or i in taken or not _definite_reference(doc, i):
            continue
        earlier = [h for h in hits if h < i]
        author = authors[i] = _author(doc, i, key, earlier, found, authors)
        if not author and key in words.lead_act_nouns and not _introduced(doc, i, key, earlier):
            if not lead:
                lead.append(lead_author(doc, found))
            lead_end = _lead(doc)
            author = authors[i] = lead[0] if lead_end and i >= lead_end[1] else []
        if author and not _own_subject(doc, i, author, found, registry):
            result.append(Found(i - 1, i + 1, "description", author, i, definite=True))
    return result


@functools.cache
def _endings(nouns: frozenset[str]) -> tuple[str, ...]:
    """Every singular form's ending: the noun, its genitive in -s and -es."""
    return tuple(f"{noun}{ending}" for noun in nouns for ending in ("", "s", "es"))


def _introduced(doc: Doc, i: int, key: str, earlier: list[int]) -> bool:
    """Whether a word ending in the noun ``key`` stands before ``i``'s sentence: the act or
    document was introduced there, not by the lead's verb."""
    sentence, _ = sentence_bounds(doc, i)
    nouns = actor_words().document_nouns | actor_words().lead_act_nouns
    return any(j < sentence and _document_key(doc[j].lower_, nouns) == key for j in earlier)


def _lead(doc: Doc) -> tuple[int, int] | None:
    """The article's lead: its first sentence with a finite verb (the dateline, a sentence
    of its own, has none)."""
    for sent in doc.sents:
        if any(t.pos_ in VERB_POS and "Fin" in morph_values(t, "VerbForm") for t in sent):
            return sent.start, sent.end
    return None


def lead_author(doc: Doc, found: list[Found]) -> list[str]:
    """Who did what the article opens with: the actor subject of the lead's main verb
    (``Der Senat hat Präsident Lugo abgesetzt``, ``Deutschland, Frankreich und Großbritannien
    haben den Mechanismus ausgelöst``: all members of a coordination). Wire copy tells its
    act in the lead and names it later by a noun alone (``Lugo akzeptierte die
    Entscheidung``). A passive lead names no author (``Bolsonaro ist verurteilt worden``:
    the one sentenced is no author of the verdict), nor does a pronoun."""
    lead = _lead(doc)
    if lead is None:
        return []
    start, end = lead
    root = doc[start].sent.root
    if root.pos_ not in VERB_POS or is_passive(root):
        return []
    # "Nach dem Luftangriff hat Katar Israel Staatsterrorismus vorgeworfen": a lead that
    # judges another's act tells that act by a noun, and its subject is no author
    if set(verb_keys(root)) & actor_words().reaction_verbs and not _sentenced(root):
        return []
    # the finite auxiliary of a perfect, not a verb of a clause below ("hat entschieden,
    # dass China keine Rechtsgrundlage hat")
    verbs = {root.i} | {c.i for c in root.children if c.dep_ in ("aux", "aux:pass")}
    for f in found:
        if not (start <= f.start < end) or not f.actors or f.kind in ("compound", "pronoun"):
            continue
        head = phrase_head(doc, f)
        # the parser labels a subject before "hat … eingeleitet" a passive subject at times
        if head.dep_ in LEAD_SUBJECT_DEPS and head.head.i in verbs and not f.part:
            return _with_partners(f, found)
    return []


def _sentenced(verb: Token) -> bool:
    """``hat X zu zehn Jahren Haft verurteilt``: a court's sentence (its act), not a
    condemnation of another's act."""
    # the parser hangs "zu 16 Jahren" on "Haft" as often as on the verb
    return any(t.dep_ == "case" and t.lower_ == "zu" for t in verb.subtree)


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
