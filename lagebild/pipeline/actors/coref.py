"""Coreference within one article, on top of the names and role words found by
``lagebild.pipeline.actors``.

``resolve_coreference(doc, found, registry)`` runs, in order:

1. ``merge_name_variants`` — ``Putin`` after ``Wladimir Putin``, ``Hu`` after ``Hu Jia``,
   ``Lula da Silva`` after ``Luiz Inácio Lula da Silva``: a person name that is a
   contiguous part of an earlier person's name is that person.
2. ``find_compounds`` — ``Moskau und Peking``, ``Die Nato und USA``: one ``compound``
   mention with all members' actors, in order (the members stay mentions too).
3. ``resolve_demonym_persons`` — ``Die Estin`` after ``Kaja Kallas``: the person named
   before of that state; ``resolve_definite_roles`` — ``der Sprecher`` → the last
   spokesperson mentioned,
   ``der venezolanische Präsident`` → the Venezuelan president named before;
   ``resolve_possessive_roles`` — ``seinen Stellvertreter``, ``ihre Regierung``: the
   owner's state; then role mentions still without a state get the context's
   (``actors.fill_context_codes``).
4. ``find_both`` — ``beide Länder``, ``die beiden Staaten``, ``beide Präsidenten``.
   ``find_state_descriptions`` (before the context codes) — ``das südamerikanische Land``,
   ``die Regierung des rohstoffreichen Landes``: the state named last (of that continent);
   ``find_divided_halves`` — ``der Norden``, ``dem benachbarten Süden`` where the article
   names both Koreas (or both Sudans): that state; ``find_member_references`` —
   ``die Alliierten``, ``die 32 Mitgliedstaaten``, ``die Staats- und Regierungschefs`` in
   an article about one international body of states: that body.
5. ``find_neighbours`` — ``der Nachbar``, ``beim Nachbarn``: a state named before
   that is not the subject of the sentence; ``find_age_descriptions`` — ``der
   63-Jährige``: the last person of that gender.
6. ``resolve_pronouns`` — third-person pronouns to the most recent compatible
   antecedent (gender from the KB or the title, number and gender from the model's
   morphology; subjects of earlier sentences preferred); ``wir``/``ich`` inside
   quotation marks to the speaker (``wir`` → the speaker's state and sector).
7. ``resolve_man`` — ``man`` in a Konjunktiv clause framed by ``erklärten Moskau und
   Peking`` → the framing speakers.

Every step works on plain ``Found`` records and returns new or updated ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from lagebild.analysis import Role
from lagebild.german.lexicon import german_words
from lagebild.german.marks import QUOTE_PAIRS
from lagebild.german.scan import doc_text
from lagebild.german.verbs import may_be_konjunktiv1, morph_values
from lagebild.kb.actor_words import actor_words
from lagebild.pipeline.actors.bodies import story_body
from lagebild.pipeline.actors.context import fill_context_codes, give_code
from lagebild.pipeline.actors.core import (
    COORDINATORS,
    DEFINITE,
    DETERMINERS,
    LOCATIVE_PREPOSITIONS,
    OPENING_QUOTES,
    SUBJECT_DEPS,
    Found,
)
from lagebild.pipeline.actors.documents import find_document_authors
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.words import (
    is_subject,
    is_subjectish,
    phrase_head,
    sentence_bounds,
    words_of,
)

NEIGHBOUR_PREFIX = "Nachbar"
NEIGHBOUR_ARTICLES = frozenset({"der", "dem", "den", "des", "beim", "vom", "zum", "am"})
PRONOUN_WINDOW_SENTENCES = 3
BOTH_WINDOW_TOKENS = 100  # "beide Länder" prefers a coordinated pair this close
MAX_GAP_WORDS = 3  # between coordinated mentions: ", die", "und der", "sowie"
MAX_GAP_TOKENS = 2 * MAX_GAP_WORDS  # with whitespace tokens

# What a pronoun or antecedent can be: a set of (gender, number) readings.
Features = frozenset[tuple[str, str]]
GENDERS = ("m", "f", "n")
PLURAL: Features = frozenset((g, "plur") for g in GENDERS)
MASC: Features = frozenset({("m", "sing")})
MASC_NEUT: Features = frozenset({("m", "sing"), ("n", "sing")})
FEM: Features = frozenset({("f", "sing")})
NEUT: Features = frozenset({("n", "sing")})
PERSON: Features = frozenset({("m", "sing"), ("f", "sing")})
_GENDER = {"Masc": "m", "Fem": "f", "Neut": "n"}


def resolve_coreference(
    doc: Doc,
    found: list[Found],
    registry: ActorRegistry,
    default_code: str | None = None,
    setting_code: str | None = None,
    settings: Sequence[tuple[int, str]] = (),
) -> list[Found]:
    """All coreference steps; ``default_code`` is the article's main state and
    ``setting_code`` the state it is set in, given to role mentions that still lack one
    before pronouns are resolved (``fill_context_codes``, with the places the story is
    said to happen in, ``settings``)."""
    found = sorted(found, key=lambda f: (f.start, -f.end))
    resolve_acronyms(doc, found, registry)
    found = found + find_defined_acronyms(doc, found, registry)
    merge_name_variants(doc, found, registry)
    found = found + find_surname_compounds(doc, found, registry)
    found = found + find_bare_surnames(doc, found, registry)
    found = found + find_compounds(doc, found)
    resolve_demonym_persons(doc, found, registry)
    resolve_definite_roles(found, registry)
    resolve_definite_bodies(doc, found, registry)
    found = found + find_short_body_names(doc, found, registry)
    resolve_possessive_roles(doc, found, registry)
    found = found + find_state_descriptions(doc, found, registry)
    found = found + find_organisation_descriptions(doc, found, registry)
    found = found + find_divided_halves(doc, found, registry)
    found = found + find_member_references(doc, found, registry)
    found = found + find_european_partners(doc, found, registry)
    fill_context_codes(doc, found, registry, default_code, setting_code, settings)
    found = found + find_document_authors(doc, found, registry)
    found = found + find_both(doc, found, registry)
    found = found + find_all_sides(doc, found, registry, default_code)
    found = found + find_neighbours(doc, found, registry)
    found = found + find_age_descriptions(doc, found, registry)
    found = found + find_crowd_references(doc, found)
    found = found + resolve_pronouns(doc, found, registry)
    found = found + resolve_man(doc, found)
    return sorted(found, key=lambda f: (f.start, -f.end))


# --- 0. "das Büro der Vereinten Nationen (UNHCR)" -----------------------------------------


def resolve_acronyms(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    """An organisation's acronym in parentheses names the phrase before it: ``das Büro der
    Vereinten Nationen (UNHCR)`` is the UNHCR, not the UN; ``die Volksallianz für
    Demokratie (PAD)`` and ``PAD`` are one organisation. States in parentheses
    (``Bharrat Jagdeo (Guyana)``) say where someone is from and are left alone."""
    by_start = {f.start: f for f in found if f.kind == "name" and not f.part}
    for f in found:
        if f.kind != "name" or f.part or f.end + 2 >= len(doc) or doc[f.end].text != "(":
            continue
        inner = by_start.get(f.end + 1)
        if inner is None or inner.end != f.end + 2 or doc[inner.end].text != ")":
            continue
        if not doc[inner.start].text.isupper() or inner.actors == f.actors:
            continue
        kinds = {registry.actors[a].kind for a in [*f.actors, *inner.actors]}
        if kinds & {"state", "person"}:
            continue
        if all(registry.actors[a].in_kb for a in inner.actors):
            f.actors = list(inner.actors)  # the acronym is the exact one
        else:
            inner.actors = list(f.actors)  # a text acronym of a known or named organisation


# An acronym a text defines: two to eight capitals, digits or a hyphen ("LSVD", "PBS-TV").
DEFINED_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7}(?:-[A-Z]{1,4})?$")


def find_defined_acronyms(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """An acronym in parentheses after an organisation's name that nothing else found is
    that organisation, and so is the acronym wherever the text uses it later: ``der Lesben-
    und Schwulenverband Deutschland (LSVD) … Der LSVD forderte`` — news defines an
    acronym once and then writes it alone."""
    taken = {i for f in found for i in range(f.start, f.end)}
    defined: dict[str, list[str]] = {}
    result: list[Found] = []
    for f in sorted(found, key=lambda m: m.start):
        i = f.end + 1
        if f.kind != "name" or f.part or i + 1 >= len(doc) or doc[f.end].text != "(":
            continue
        if doc[i + 1].text != ")" or i in taken or not DEFINED_ACRONYM.match(doc[i].text):
            continue
        if not f.actors or any(registry.actors[a].kind != "organisation" for a in f.actors):
            continue
        defined.setdefault(doc[i].text, list(f.actors))
    for acronym, actors in defined.items():
        lower = acronym.lower()
        for i in _among(doc, {lower}):
            if i not in taken and doc[i].text == acronym:
                result.append(Found(i, i + 1, "name", list(actors), i))
    return result


# --- 1. name variants -------------------------------------------------------------------


def merge_name_variants(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    """A person name that is part of an earlier person's name is that person — also when
    the KB knows someone else by that surname (``Hu`` after ``Hu Jia`` is not Hu Jintao)."""
    persons_seen: list[str] = []
    for f in found:
        if f.kind != "name" or len(f.actors) != 1:
            continue
        actor_id = f.actors[0]
        actor = registry.actors.get(actor_id)
        if actor is None or actor.kind != "person":
            continue
        words = tuple(_name_words(" ".join(_surface_name(doc, f))))
        for earlier in reversed(persons_seen):
            if earlier == actor_id:
                break
            longer = tuple(_name_words(registry.actors[earlier].name))
            if (
                len(words) < len(longer)
                and _contains(longer, words)
                and (not actor.in_kb or not registry.actors[earlier].in_kb)
            ):
                f.actors = [earlier]
                break
        if f.actors[0] not in persons_seen:
            persons_seen.append(f.actors[0])


def _surface_name(doc: Doc, f: Found) -> list[str]:
    """The name as written, without the title before it: the capitalised words at the end."""
    words: list[str] = []
    for tok in reversed(doc[f.start : f.end]):
        if not tok.text[:1].isupper() or tok.lower_ in DETERMINERS or tok.pos_ == "NOUN":
            break
        words.insert(0, tok.text)
    return words or [doc[f.end - 1].text]


MIN_SURNAME = 3  # letters of a surname that opens a compound ("Rice-Äußerungen", not "Li-")


def find_surname_compounds(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """A hyphenated compound opened by the surname of a person the text named before is
    about that person (``Condoleezza Rice … die Rice-Äußerungen``, ``Merkel-Regierung``): a
    part mention, as ``Nato-Osterweiterung`` is of the Nato. Only compounds of two parts:
    longer ones are names of their own (``Daimler-Benz-AG``)."""
    taken = {i for f in found for i in range(f.start, f.end)}
    named: dict[str, tuple[int, str]] = {}  # surname → where the person was named, who
    for f in found:
        if f.kind != "name" or f.part or len(f.actors) != 1:
            continue
        actor = registry.actors.get(f.actors[0])
        if actor is None or actor.kind != "person" or len(actor.name.split()) < 2:
            continue
        surname = actor.name.split()[-1]
        if len(surname) >= MIN_SURNAME and surname[:1].isupper():
            named.setdefault(surname, (f.end, f.actors[0]))
    text = doc_text(doc)  # built once per Doc: spaCy joins every token anew on each access
    if not any(f"{surname}-" in text for surname in named):
        return []  # the usual case, found without making a Token of every word
    result: list[Found] = []
    for tok in doc:
        first, hyphen, rest = tok.text.partition("-")
        if not hyphen or not rest[:1].isupper() or tok.i in taken or first not in named:
            continue
        if "-" in rest:
            continue  # "Daimler-Benz-AG", "Willy-Brandt-Haus": a name of its own
        after, actor_id = named[first]
        if tok.i >= after:
            result.append(Found(tok.i, tok.i + 1, "name", [actor_id], tok.i, part=True))
    return result


def find_bare_surnames(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """The surname alone after the full name is that person: German news name a person
    once in full (``der frühere Geheimdienstchef Godefroid Niyombare``, ``Bundeskanzler
    Sebastian Kurz``) and then by the surname (``Niyombare hatte … verkündet``, ``hatte
    Kurz zuvor empfangen``, ``die Auslieferung Gülens``), which the recogniser misses when
    the name is foreign or also a word. Only a surname written in the full name before,
    of one person of the text (two Kims: neither), not after another capitalised name word
    (``Ali Amini`` is a relative), and at the start of a sentence not a word that opens
    sentences in lower case elsewhere (``Kurz darauf``)."""
    named = _written_surnames(doc, found, registry)
    if not named:
        return []
    taken = {i for f in found for i in range(f.start, f.end)}
    words = words_of(doc)
    lowercase = registry.kb.lowercase_words
    result: list[Found] = []
    for surname, (after, actor_id) in named.items():
        for form in (surname, surname + "s"):
            for i in words.by_lower.get(form.lower(), ()):
                if i < after or i in taken or words.text[i] != form:
                    continue
                start = words.sentence[i][0]
                if i == start and surname.lower() in lowercase:
                    continue
                if i > start and words.pos[i - 1] == "PROPN" and i - 1 not in taken:
                    continue
                result.append(Found(i, i + 1, "name", [actor_id], i))
    return result


def _written_surnames(
    doc: Doc, found: list[Found], registry: ActorRegistry
) -> dict[str, tuple[int, str]]:
    """Surname → (where the full name ends, the person) for persons named in full, each
    surname of one person only."""
    named: dict[str, tuple[int, str]] = {}
    shared: set[str] = set()
    for f in found:
        if f.part or len(f.actors) != 1 or f.kind not in ("name", "role"):
            continue
        actor = registry.actors.get(f.actors[0])
        if actor is None or actor.kind != "person" or len(actor.name.split()) < 2:
            continue
        surname = actor.name.split()[-1]
        if len(surname) < MIN_SURNAME or not surname.isalpha() or not surname[:1].isupper():
            continue
        if doc[f.end - 1].text != surname:
            continue  # the name as written ends otherwise: a title, a role, a genitive
        if surname in named and named[surname][1] != f.actors[0]:
            shared.add(surname)
        named.setdefault(surname, (f.end, f.actors[0]))
    return {s: v for s, v in named.items() if s not in shared}


def _name_words(name: str) -> list[str]:
    return [
        w.rstrip("s'’") if w.endswith(("s", "'", "’")) and len(w) > 3 else w for w in name.split()
    ]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


# --- 2. compounds -----------------------------------------------------------------------


def top_level(found: Iterable[Found]) -> list[Found]:
    """Mentions not inside a longer one (compounds excluded)."""
    return _outermost([f for f in found if f.kind != "compound" and f.actors])


def find_compounds(doc: Doc, found: list[Found]) -> list[Found]:
    """Coordinated mentions, ``A und B``, ``A, B und C``, with only articles between."""
    # Adjectives ("dessen brasilianischen Amtskollegen") are no coordinated noun phrases.
    items = [
        f
        for f in top_level(found)
        if f.kind != "pronoun" and not f.part and doc[f.head].text[:1].isupper()
    ]
    compounds: list[Found] = []
    i = 0
    while i < len(items):
        chain = [items[i]]
        has_coordinator = False
        j = i + 1
        while j < len(items):
            if items[j].start - chain[-1].end > MAX_GAP_TOKENS:
                break  # no coordination (and no Token objects for a long gap)
            gap = [doc[k] for k in range(chain[-1].end, items[j].start)]
            kind = _gap_kind(gap)
            if kind is None:
                break
            chain.append(items[j])
            j += 1
            if kind == "and":
                has_coordinator = True
                break
        if len(chain) > 1 and has_coordinator:
            start = chain[0].start
            if start > 0 and doc[start - 1].lower_ in DETERMINERS and chain[0].kind == "name":
                start -= 1
            actors = [a for f in chain for a in f.actors]
            compounds.append(
                Found(start, chain[-1].end, "compound", actors, chain[0].head, parts=chain)
            )
            i = j
        else:
            i += 1
    return compounds


def _gap_kind(gap: list[Token]) -> str | None:
    words = [t.lower_ for t in gap if not t.is_space]
    if not words or len(words) > MAX_GAP_WORDS:
        return None
    if any(w not in COORDINATORS and w != "," and w not in DETERMINERS for w in words):
        return None
    if any(w in COORDINATORS for w in words):
        return "and"
    return "comma" if "," in words else None


# --- 3. definite role descriptions -------------------------------------------------------


def resolve_demonym_persons(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    """``Die Außenbeauftragte Kaja Kallas sagte … Die Estin forderte …``: news refers back
    to a person it has named by a definite demonym (``der Franzose``, ``die Estin``), so it is
    the last person of that state and gender named in the sentences before, not a new
    citizen. The state is the person's code or that of any office they held (Kallas, EU
    now, was head of Estonia's government)."""
    persons: list[tuple[int, str]] = []
    for f in sorted(found, key=lambda m: m.start):
        demonym = _definite_demonym(doc, f, registry)
        if demonym is not None:
            antecedent = _compatriot(f, demonym, persons, registry, doc)
            if antecedent is not None:
                f.actors = [antecedent]
                continue
        if f.kind != "compound" and len(f.actors) == 1:
            actor = registry.actors.get(f.actors[0])
            if actor is not None and actor.kind == "person":
                persons.append((f.start, f.actors[0]))


def _definite_demonym(doc: Doc, f: Found, registry: ActorRegistry) -> str | None:
    """The state of ``der Franzose``, ``die Estin``: a singular demonym after its definite
    article and before no name (``Der Italiener Nicola Zingaretti`` is a title)."""
    if f.kind != "role" or f.role is not None or len(f.actors) != 1 or f.start == 0:
        return None
    actor = registry.actors.get(f.actors[0])
    if actor is None or actor.in_kb or actor.kind != "person" or len(actor.roles) != 1:
        return None
    role = actor.roles[0]
    if role.sector != "CVL" or role.title != doc[f.head].text or f.end - f.start != 1:
        return None
    # The nominative singular only: "die Türken", "dem Schweizer Botschafter" are no
    # person referred back to (a plural, a demonym before its noun).
    article, word = doc[f.start - 1].lower_, doc[f.head].text
    if not (article == "der" or (article == "die" and word.endswith("in"))):
        return None
    if f.end < len(doc) and doc[f.end].pos_ in ("PROPN", "NOUN"):
        return None
    return role.code


def _compatriot(
    f: Found, code: str, persons: list[tuple[int, str]], registry: ActorRegistry, doc: Doc
) -> str | None:
    gender = registry.genders.get(f.actors[0])
    floor = _sentence_start(doc, f.start, PRONOUN_WINDOW_SENTENCES)
    for start, actor_id in reversed(persons):
        if start < floor:
            break
        actor = registry.actors[actor_id]
        if registry.genders.get(actor_id) not in (gender, None):
            continue
        if actor.code == code or any(r.code == code for r in actor.roles):
            return actor_id
    return None


def resolve_definite_roles(found: list[Found], registry: ActorRegistry) -> None:
    """``der Sprecher``, ``der Minister``, ``der brasilianische Präsident`` → the person of
    that role named before (same state when the description names one)."""
    persons: list[tuple[int, str]] = []
    for f in sorted(found, key=lambda m: m.start):
        if f.kind == "role" and f.role is not None and f.role.kind == "person" and f.definite:
            antecedent = _role_antecedent(f, persons, registry)
            if antecedent is not None:
                f.actors = [antecedent]
                f.needs_code = False
        for actor_id in f.actors:
            actor = registry.actors.get(actor_id)
            if actor is not None and actor.kind == "person" and f.kind != "compound":
                persons.append((f.start, actor_id))


def resolve_definite_bodies(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    """``das Gericht``, ``der Strafgerichtshof`` after ``der Internationale
    Strafgerichtshof``; ``den Rat`` after ``der UN-Sicherheitsrat``; ``die Bank`` after
    ``die Europäische Investitionsbank``: a definite singular body word that a named
    organisation's name ends in (or holds) is that organisation, named before in the text,
    not the story's state. The nearest such organisation within a few sentences wins."""
    named = [f for f in found if f.kind in ("name", "metonym") and f.actors and not f.part]
    for f in found:
        if not _definite_body(doc, f):
            continue
        assert f.role is not None
        key = f.role.word.lower()
        for g in reversed(named):
            if g.end > f.start:
                continue
            if g.start < f.start - BODY_WINDOW_TOKENS:
                break
            if _organisation_named(doc, g, key, registry):
                f.actors, f.needs_code = list(g.actors), False
                break


# Nouns a short reference to a body is never: actor_words.yaml, short_body_skip.
MIN_SHORT_BODY = 3  # letters of the head noun: "Rat"


def find_short_body_names(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """``den Rat`` after ``der UN-Sicherheitsrat``, ``die Versammlung`` after ``die
    UN-Generalversammlung``, ``die Kommission`` after ``die EU-Kommission``: German news
    names a body once in full and then by the head of its compound name, with the definite
    article and at most lower-case adjectives. Such a noun (singular, no name or genitive
    owner after it, no role word of its own) is the nearest body named before (within
    ``BODY_WINDOW_TOKENS``, as for role words) one of whose name's words ends in it
    (``die Versammlung`` after ``die Generalversammlung der Vereinten Nationen``); a nearer
    name of the same head that is no body (a city) blocks it, and a capitalised modifier
    (``der Europäische Rat``) or an indefinite article (``ein Rat``) lets it be."""
    names = [f for f in found if f.kind in ("name", "metonym") and f.actors and not f.part]
    lasts = {doc[j].lower_ for f in names for j in range(f.start, f.end)}
    if not lasts:
        return []
    taken = {i for f in found if f.kind != "compound" for i in range(f.start, f.end)}
    result: list[Found] = []
    for i, key in _short_body_candidates(doc, taken, _endings(lasts)):
        _, start = _description_words(doc, i)
        if start is None:
            continue
        for g in reversed(names):
            if g.end > start:
                continue
            if g.start < start - BODY_WINDOW_TOKENS:
                break
            if not any(_ends_in(doc[j].lower_, key) for j in range(g.start, g.end)):
                continue
            if _names_body(doc, g, registry):
                result.append(Found(start, i + 1, "description", list(g.actors), i, definite=True))
            break  # the nearest name of that head decides
    return result


def _endings(lasts: set[str]) -> frozenset[str]:
    """Every ending of ``MIN_SHORT_BODY`` letters or more of the names' words: a key ends one
    of them exactly when it is among these, one look-up instead of a test of every word for
    each form of the article."""
    return frozenset(last[k:] for last in lasts for k in range(len(last) - MIN_SHORT_BODY + 1))


def _head_key(word: str, endings: frozenset[str]) -> str | None:
    """The form of ``word`` (``rates``: ``rat``) that ends one of the names' words
    (``endings``: theirs, from ``_endings``)."""
    forms = [word]
    if word.endswith("s"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    skip = actor_words().short_body_skip
    for key in forms:
        fits = len(key) >= MIN_SHORT_BODY and key not in skip
        if fits and key in endings:
            return key
    return None


def _ends_in(word: str, key: str) -> bool:
    """``sicherheitsrat`` ends in ``rat``: the head of a German compound is its last part (a
    part inside, ``gesundheit`` of ``weltgesundheitsorganisation``, is only its modifier)."""
    return word.endswith(key)


def _names_body(doc: Doc, g: Found, registry: ActorRegistry) -> bool:
    """An organisation by name (the UN for ``UN-Sicherheitsrat``), or a state's institution
    standing for it (``Wächterrat`` → IRN), not a city."""
    codes = {registry.code(a) for a in g.actors}
    entries = [registry.kb.entries.get(c) for c in codes if c]
    if entries and all(e is not None and e.kind != "state" for e in entries):
        return True
    return g.kind == "metonym" and registry.kb.city_state(doc[g.start : g.end].text) is None


def _short_body_candidates(
    doc: Doc, taken: set[int], endings: frozenset[str]
) -> list[tuple[int, str]]:
    """Capitalised singular common nouns that end the last word of a name in the text, that
    no mention covers and that nothing names or owns after them, with their head form."""
    result: list[tuple[int, str]] = []
    for i in words_of(doc).find(lambda w: _head_key(w, endings) is not None):
        tok = doc[i]
        if i in taken or i == 0 or tok.pos_ != "NOUN" or not tok.text[:1].isupper():
            continue
        if (
            "Plur" in morph_values(tok, "Number")
            or _named_after(doc, i)
            or _owner_follows(doc, i + 1)
        ):
            continue
        result.append((i, _head_key(tok.lower_, endings) or ""))
    return result


BODY_WINDOW_TOKENS = 300  # "das Gericht" reaches back about a short article (dpa: 250 words)
MIN_INNER_BODY = 6  # letters: "Gericht" inside "Strafgerichtshof"; "Rat" only at the end


def _definite_body(doc: Doc, f: Found) -> bool:
    if f.kind != "role" or f.role is None or f.role.kind != "group" or not f.needs_code:
        return False
    head = doc[f.head]
    if "Plur" in morph_values(head, "Number") or f.start == f.head:
        return False  # "die Behörden" are several; a bare "Gericht" is any court
    return doc[f.start].lower_ in DEFINITE


def _organisation_named(doc: Doc, g: Found, key: str, registry: ActorRegistry) -> bool:
    """Whether the name ``g`` (as written) is an organisation's whose last word is the body
    word ``key`` or a compound of it."""
    codes = {registry.code(a) for a in g.actors}
    entries = [registry.kb.entries.get(c) for c in codes if c]
    if not entries or any(e is None or e.kind == "state" for e in entries):
        return False
    word = doc[g.end - 1].text.lower().rstrip("s")
    return word.endswith(key) or len(key) >= MIN_INNER_BODY and key in word


def _role_antecedent(
    f: Found, persons: list[tuple[int, str]], registry: ActorRegistry
) -> str | None:
    assert f.role is not None
    title = f.role.title.lower()
    wanted_gender = registry.genders.get(f.actors[0]) if f.actors else None
    own = registry.code(f.actors[0]) if f.actors and not f.needs_code else None
    for _, actor_id in reversed(persons):
        if f.actors and actor_id == f.actors[0]:
            continue
        actor = registry.actors[actor_id]
        if own is not None and actor.code != own:
            continue
        gender = registry.genders.get(actor_id)
        if wanted_gender is not None and gender is not None and gender != wanted_gender:
            continue  # "die Oberbürgermeisterin" is not the mayor named before
        titles = [r.title.lower() for r in actor.roles]
        if any(t == title or t.endswith(title) for t in titles):
            return actor_id
    return None


def resolve_possessive_roles(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    """``durch seinen Stellvertreter Rodolfo Nin Novoa``, ``ihre Regierung``: a role
    without a state whose possessive points to an actor gets that actor's state (not
    for counterparts: ``sein Amtskollege`` is someone else's)."""
    for f in found:
        if not f.needs_code or f.role is None:
            continue
        if any(word in f.role.title.lower() for word in actor_words().counterparts):
            continue
        possessive = next(
            (
                t
                for t in doc[f.start : f.head]
                if t.lower_[:3] in ("sei", "ihr") and pronoun_features(t)
            ),
            None,
        )
        features = pronoun_features(possessive) if possessive is not None else None
        if possessive is None or features is None:
            continue
        pool = [g for g in found if g.end <= possessive.i and g.actors and not g.part]
        antecedent = _pronoun_antecedent(doc, possessive, features, pool, registry)
        codes = [registry.code(a) for a in antecedent.actors] if antecedent else []
        code = next((c for c in codes if c), None)
        if code is None:
            continue
        if f.actors:
            registry.add_role(
                f.actors[0], Role(title=f.role.title, code=code, sector=f.role.sector)
            )
        else:
            f.actors = [registry.group(code, f.role.sector)]
        f.needs_code = False


# --- 4. "beide Länder" ---------------------------------------------------------------------


def find_both(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """``beide Länder``, ``die beiden Staaten``, ``die drei Länder``, ``beide Präsidenten``:
    the last two (three, …) states or persons of that role. A role mention on the same words
    (``Präsidenten``) is replaced; a group role just before a genitive (``Soldaten beider
    Länder``) is that group of each state."""
    result: list[Found] = []
    roles = {i: f for f in found if f.kind == "role" for i in range(f.start, f.end)}
    taken = {i for f in found if f.kind not in ("compound", "role") for i in range(f.start, f.end)}
    for i in _among(doc, GROUP_COUNTS.keys()):
        tok = doc[i]
        count = GROUP_COUNTS[tok.lower_]
        if tok.i in taken or count > 2 and not _counted_group(doc, tok.i):
            continue
        noun = _following_noun(doc, tok.i)
        if noun is None:
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in DEFINITE else tok.i
        earlier = [
            f for f in found if f.end <= start and f.kind != "role" or f.end <= start and f.actors
        ]
        caller = _caller_codes(doc, noun, earlier, registry)
        earlier = [f for f in earlier if not {registry.code(a) for a in f.actors} & caller]
        if names_states(noun.text):
            parties = names_sides(noun.text)
            states = _states(earlier, registry, doc, start, count, parties)
            # "Seiten" may be a company and a union; "Länder" are states (not their armies)
            actors = (
                states if parties else list(dict.fromkeys(_as_state(a, registry) for a in states))
            )
        else:
            actors = _two_persons(noun, earlier, registry) if count == 2 else []
            actors = actors or _offices_of_states(noun, earlier, registry, doc, start, count)
        if not actors:
            continue
        role = roles.get(noun.i)
        if role is not None:
            role.kind, role.actors, role.needs_code, role.role = "description", actors, False, None
        else:
            result.append(Found(start, noun.i + 1, "description", actors, noun.i))
            _share_with_owner(doc, roles.get(start - 1), start, actors, registry)
        taken.update(range(start, noun.i + 1))
    return result


# "alle Seiten", "allen Konfliktparteien": every side of the story's conflict.
ALL_WORDS = frozenset({"alle", "allen", "aller"})
# "nach allen Seiten" is a direction, not the sides of a conflict.
DIRECTION_WORDS = frozenset({"nach"})


def find_all_sides(
    doc: Doc, found: list[Found], registry: ActorRegistry, home: str | None
) -> list[Found]:
    """``alle Seiten``, ``alle Konfliktparteien`` (``China rief alle Seiten zur
    Zurückhaltung auf``): the news formula for the sides of the conflict the story is
    about, which the guideline codes with the story's state when they are its own (a
    coup, riots, a civil war, a disputed vote). Not when the one who calls on them is
    that state (then they are its opponents, whom the text does not name)."""
    if home is None:
        return []
    result: list[Found] = []
    taken = {i for f in found if f.kind != "compound" for i in range(f.start, f.end)}
    for i in _among(doc, ALL_WORDS):
        if i + 1 >= len(doc) or i in taken or i + 1 in taken:
            continue
        noun = doc[i + 1]
        if not names_sides(noun.text) or (i > 0 and doc[i - 1].lower_ in DIRECTION_WORDS):
            continue
        earlier = [f for f in found if f.end <= i and f.actors]
        if home in _caller_codes(doc, noun, earlier, registry):
            continue
        result.append(Found(i, noun.i + 1, "description", [registry.entry(home)], noun.i))
    return result


# "beide Länder", "beider Seiten", "die drei Länder": how many states the words sum up.
GROUP_COUNTS = {"beide": 2, "beiden": 2, "beider": 2, "drei": 3, "vier": 4, "fünf": 5}


def _caller_codes(doc: Doc, noun: Token, earlier: list[Found], registry: ActorRegistry) -> set[str]:
    """``Malaysias Regierungschef rief beide Seiten zur Waffenruhe auf``: who calls on or
    addresses both sides (the subject of their verb) is not one of them."""
    if is_subjectish(noun):
        return set()
    sentence = sentence_bounds(doc, noun.i)[0]
    codes: set[str] = set()
    for f in earlier:
        head = phrase_head(doc, f)
        if f.start >= sentence and head.head.i == noun.head.i and is_subjectish(head):
            codes.update(c for c in (registry.code(a) for a in f.actors) if c)
    return codes


# The nouns of sides, states and relations: actor_words.yaml (conflict_sides, side_compounds,
# state_nouns, relation_nouns, state_compound_heads).


def names_sides(noun: str) -> bool:
    """Whether a plural noun names the sides of a conflict (states or armed groups)."""
    words = actor_words()
    return noun in words.conflict_sides or noun.casefold().endswith(words.side_compounds)


def names_states(noun: str) -> bool:
    """Whether ``beide``/``die beiden`` + this plural noun sums up states named before."""
    words = actor_words()
    return (
        noun in words.state_nouns
        or noun in words.relation_nouns
        or names_sides(noun)
        or noun.casefold().endswith(words.state_compound_heads)
    )


def _counted_group(doc: Doc, i: int) -> bool:
    """``die drei Länder``, ``alle drei Staaten``: a number after an article or ``alle``
    refers back; ``drei Länder`` alone counts new ones (``drei Länder lieferten …``)."""
    return i > 0 and doc[i - 1].lower_ in DEFINITE | {"alle", "aller", "allen"}


def _share_with_owner(
    doc: Doc, owner: Found | None, start: int, actors: list[str], registry: ActorRegistry
) -> None:
    """``Soldaten beider Länder``, ``Delegationen beider Seiten``: the group role before the
    genitive is that group of each state, not of the one the context gave it."""
    if owner is None or owner.end != start or owner.role is None or owner.role.code:
        return
    if doc[start].lower_ not in ("beider", "der"):  # a genitive: "beider", "der beiden"
        return
    codes = [c for c in (registry.code(a) for a in actors) if c]
    owner.actors = [registry.group(c, owner.role.sector) for c in dict.fromkeys(codes)]
    owner.needs_code = False


def _offices_of_states(
    noun: Token, earlier: list[Found], registry: ActorRegistry, doc: Doc, start: int, count: int
) -> list[str]:
    """``die beiden Regierungschefs`` after ``Thailand und Kambodscha``, with neither person
    named: the office holders, as the state's group in the role's sector."""
    word = registry.kb.role_word(noun.text)
    if word is None or word.kind != "person" or word.code:
        return []
    states = _states(earlier, registry, doc, start, count, False)
    codes = [c for c in (registry.code(a) for a in states) if c]
    return [registry.group(c, word.sector) for c in dict.fromkeys(codes)]


def _following_noun(doc: Doc, i: int) -> Token | None:
    for j in range(i + 1, min(len(doc), i + 3)):
        # Without a tagger (pos_ == "") a capitalised word is taken for a noun.
        if doc[j].pos_ in ("NOUN", "PROPN", "") and doc[j].text[:1].isupper():
            return doc[j]
        if doc[j].pos_ != "ADJ":
            return None
    return None


def _is_state_actor(actor_id: str, registry: ActorRegistry) -> bool:
    code = registry.code(actor_id)
    entry = registry.kb.entries.get(code) if code else None
    actor = registry.actors.get(actor_id)
    return (
        entry is not None
        and entry.kind == "state"
        and actor is not None
        and (actor.kind in ("state", "group"))
    )


def _is_party(actor_id: str, registry: ActorRegistry, parties: bool) -> bool:
    """A state, or for ``beide Seiten`` also an armed group (``die TPLF``, ``die RSF``)."""
    if _is_state_actor(actor_id, registry):
        return True
    if not parties:
        return False
    code = registry.code(actor_id)
    entry = registry.kb.entries.get(code) if code else None
    return entry is not None and entry.kind != "state" and entry.sector == ARMED_SECTOR


ARMED_SECTOR = "REB"


def _states(
    earlier: list[Found],
    registry: ActorRegistry,
    doc: Doc,
    start: int,
    count: int = 2,
    parties: bool = False,
) -> list[str]:
    """The ``count`` states of the nearest sentence naming that many (``_sentence_group``),
    else the last coordination of that many states nearby, else the last distinct states."""
    meeting = _sentence_group(earlier, registry, doc, start, count, parties)
    if meeting:
        return meeting
    for f in reversed(earlier):
        if f.start < start - BOTH_WINDOW_TOKENS:
            break
        if (
            f.kind == "compound"
            and len(_distinct_codes(f.actors, registry)) == count
            and all(_is_party(a, registry, parties) for a in f.actors)
        ):
            return list(f.actors)
    picked: list[str] = []
    codes: list[str] = []
    for f in reversed(earlier):
        if f.kind == "compound":
            continue
        for actor_id in f.actors:
            code = registry.code(actor_id)
            if _is_party(actor_id, registry, parties) and code not in codes:
                picked.append(actor_id)
                codes.append(code or "")
        if len(picked) >= count:
            return list(reversed(picked[:count]))
    return []


def _sentence_group(
    earlier: list[Found],
    registry: ActorRegistry,
    doc: Doc,
    start: int,
    count: int,
    parties: bool,
) -> list[str]:
    """The states of the nearest sentence (this one first) that names exactly ``count``, by
    name or through their office holders: that is the meeting or the event ``beide Länder``
    sums up (``Putin empfing Xi … Beide Länder``), not any two states named last."""
    by_sentence: dict[int, list[str]] = {}
    for f in earlier:
        if f.kind in ("compound", "pronoun") or f.part or f.start < start - BOTH_WINDOW_TOKENS:
            continue
        sentence = sentence_bounds(doc, f.head)[0]
        for actor_id in f.actors:
            side = _side(actor_id, registry, parties)
            if side is None:
                continue
            codes = [registry.code(a) for a in by_sentence.setdefault(sentence, [])]
            if registry.code(side) not in codes:
                by_sentence[sentence].append(side)
    for sentence in sorted(by_sentence, reverse=True):
        if len(by_sentence[sentence]) == count:
            return by_sentence[sentence]
        if len(by_sentence[sentence]) > count:
            return []  # a list of states: no pair to sum up
    return []


def _as_state(actor_id: str, registry: ActorRegistry) -> str:
    """``beide Länder`` after ``thailändische Soldaten``: the states, not their armies."""
    code = registry.code(actor_id)
    entry = registry.kb.entries.get(code) if code else None
    return registry.entry(entry.id) if entry is not None and entry.kind == "state" else actor_id


def _side(actor_id: str, registry: ActorRegistry, parties: bool) -> str | None:
    """The state an actor stands for (a minister → the state), or the armed group itself."""
    code = registry.code(actor_id)
    entry = registry.kb.entries.get(code) if code else None
    if entry is None:
        return None
    if entry.kind == "state":
        return actor_id if _is_state_actor(actor_id, registry) else registry.entry(entry.id)
    return actor_id if _is_party(actor_id, registry, parties) else None


def _distinct_codes(actors: list[str], registry: ActorRegistry) -> set[str]:
    return {c for c in (registry.code(a) for a in actors) if c}


def _two_persons(noun: Token, earlier: list[Found], registry: ActorRegistry) -> list[str]:
    """``beide Präsidenten``: the last two persons with that title; ``beide Politiker``
    (a person noun no one had as title): the last two persons named."""
    word = registry.kb.role_word(noun.text)
    if word is None or word.kind != "person":
        return []
    lemma = (noun.lemma_ or noun.text).lower()
    titled: list[str] = []
    anyone: list[str] = []
    for f in reversed(earlier):
        if f.kind == "compound":
            continue
        for actor_id in f.actors:
            actor = registry.actors.get(actor_id)
            if actor is None or actor.kind != "person":
                continue
            if actor_id not in anyone:
                anyone.append(actor_id)
            if actor_id not in titled and any(
                r.title.lower() in (lemma, noun.text.lower(), word.title.lower())
                or noun.text.lower().startswith(r.title.lower())
                for r in actor.roles
            ):
                titled.append(actor_id)
        if len(titled) >= 2:
            return list(reversed(titled[:2]))
    return list(reversed(anyone[:2])) if len(anyone) >= 2 and not titled else []


# --- 3b. "das südamerikanische Land" ---------------------------------------------------------

# Adjectives that pick out or count, not describe: "das einzige Land", "ein anderer Staat".
NON_DESCRIPTIVE = re.compile(
    r"^(einzig|erst|zweit|dritt|letzt|ander|jeweilig|gleich|ganz|eigen|nächst|selb|betreffend"
    r"|jed|viel|weiter|folgend|neu)(e|en|er|es|em)?$"
)
CONTRACTED = frozenset({"im", "vom", "zum", "beim", "am"})


def find_state_descriptions(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """A definite singular state noun with an adjective (``das südamerikanische Land``,
    ``des rohstoffreichen Landes``), or ``das Land`` standing alone, is the state named last
    before it — of that continent
    when the adjective names one (then anywhere before; else within three sentences), not
    one acting as subject of the same sentence. A noun of a form of government (``dem
    Emirat``, ``das Königreich``: ``kb.state_forms``) is the last state of that form named
    anywhere before, with or without an adjective. A role right before it that needed a
    state takes that one (``die Regierung des rohstoffreichen Landes``)."""
    kb = registry.kb
    lowered = {n.lower() for n in kb.state_nouns}
    taken = {i for f in found if f.kind != "compound" for i in range(f.start, f.end)}
    result: list[Found] = []
    for i in _among(doc, lowered):
        tok = doc[i]
        if i in taken or tok.text not in kb.state_nouns or _named_after(doc, i):
            continue
        adjectives, start = _description_words(doc, i)
        if start is None or any(j in taken for j in range(start, i)):
            continue
        form = kb.state_forms.get(tok.text)
        if form is not None and not _bare_form(doc, start):
            continue
        if form is None and not adjectives and not _bare_country(doc, start, i, taken):
            continue  # "das Modell des Landes", "hat dem Land … abgekauft" stand alone
        continents = next(
            (c for c in map(kb.description_continents, adjectives) if c is not None), None
        )
        state = _described_state(doc, tok, found, registry, continents, form)
        if state is None:
            continue
        result.append(Found(start, i + 1, "description", [state], i, definite=True))
        code = registry.code(state)
        for f in found:
            if f.role is not None and f.needs_code and f.end == start and code:
                give_code(f, code, registry)
    return result


# Articles that open a genitive attribute after a noun ("der Norden des Landes", "der Süden
# einer Insel"); "die", "das", "dem", "den" after it begin the clause's next phrase.
GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
# The half of a divided state a noun names: 0 the northern, 1 the southern one.
HALVES = {"Norden": 0, "Nordens": 0, "Süden": 1, "Südens": 1}
COMPASS_NOUNS = frozenset(h.lower() for h in HALVES)  # looked up by their lower-case forms


def find_divided_halves(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """``der Norden``, ``dem benachbarten Süden`` in an article that names both states of a
    divided pair (``divided_states`` in roles.yaml: the Koreas, the Sudans) is that state,
    as German news write of them. Not a region: not after a locative preposition or a
    contracted one (``im Süden``, ``in den Norden``), not before a genitive, ``von`` or a
    name (``der Süden des Landes``, ``der Norden Malis``)."""
    named = {registry.code(a) for f in found if f.kind == "name" for a in f.actors}
    pair = next(((n, s) for n, s in registry.kb.divided_states if {n, s} <= named), None)
    if pair is None:
        return []
    taken = {i for f in found if f.kind != "compound" for i in range(f.start, f.end)}
    result: list[Found] = []
    for i in _among(doc, COMPASS_NOUNS):
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if tok.text not in HALVES or i in taken:
            continue
        if nxt is not None and (
            nxt.lower_ in GENITIVE_ARTICLES or nxt.lower_ == "von" or nxt.pos_ == "PROPN"
        ):
            continue  # "der Süden des Landes"; not "sollte der Norden die Lage verschärfen"
        _, start = _description_words(doc, i)
        if start is None or doc[start].lower_ not in DEFINITE:
            continue
        if start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS:
            continue
        state = registry.entry(pair[HALVES[tok.text]])
        result.append(Found(start, i + 1, "description", [state], i, definite=True))
    return result


ORGANISATION_NOUN = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]*o|O)rganisation$")


def find_organisation_descriptions(
    doc: Doc, found: list[Found], registry: ActorRegistry
) -> list[Found]:
    """``die Organisation``, ``die Hilfsorganisation``, ``die Umweltschutzorganisation``
    after a named one: a definite singular organisation noun is the organisation named last
    (within three sentences; not a state or person). A role mention on it is replaced."""
    roles = {f.head: f for f in found if f.kind == "role" and f.needs_code}
    taken = {i for f in found if f.kind not in ("compound", "role") for i in range(f.start, f.end)}
    result: list[Found] = []
    for i in _indices(doc, lambda w: w.endswith("organisation")):
        tok = doc[i]
        if i in taken or not ORGANISATION_NOUN.match(tok.text) or _named_after(doc, i):
            continue
        if i == 0 or doc[i - 1].lower_ not in DEFINITE or doc[i - 1].lower_ in ("den", "der"):
            continue  # "der Organisation" may be a genitive plural or dative: too unsure
        floor = _sentence_start(doc, i, back=PRONOUN_WINDOW_SENTENCES)
        named = next(
            (
                f.actors[0]
                for f in sorted(found, key=lambda m: m.start, reverse=True)
                if floor <= f.start
                and f.end <= i - 1
                and f.kind == "name"
                and len(f.actors) == 1
                and registry.actors[f.actors[0]].kind in ("organisation", "group")
            ),
            None,
        )
        if named is None:
            continue
        role = roles.get(i)
        if role is not None:
            role.kind, role.actors, role.needs_code, role.role = "description", [named], False, None
        else:
            result.append(Found(i - 1, i + 1, "description", [named], i, definite=True))
    return result + _body_descriptions(doc, found, registry, taken)


# The nouns of members and summits of a body of states, and the office endings of its
# members: actor_words.yaml (member_nouns, summit_nouns, member_office_endings).
# Words before the noun that keep it a plain reference to all or some members ("die 32
# Mitgliedstaaten", "die übrigen 26", "alle"); a possessive ("ihre Verbündeten") names
# the allies of someone else.
MEMBER_OPENERS = frozenset(
    {"die", "den", "der", "alle", "allen", "aller", "viele", "mehrere", "einige"}
)


def find_member_references(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """``die Alliierten``, ``die 32 Mitgliedstaaten``, ``die Staats- und Regierungschefs``
    with no state or body after them, in an article about one international body of
    states (named at least twice, more often than any other): that body, as the guideline
    codes an organisation's members acting together. A role mention on them is replaced."""
    body = story_body(found, registry)
    if body is None:
        return []
    body = registry.entry(body)  # named only through an organ ("Nato-Gipfel") so far
    taken = {i for f in found if f.kind != "role" for i in range(f.start, f.end)}
    result: list[Found] = []
    for f in found:
        if f.kind == "role" and f.needs_code and _member_office(doc, f):
            start = _member_start(doc, f.start)
            if start is not None and not _owner_follows(doc, f.end):
                f.kind, f.actors, f.needs_code, f.role = "description", [body], False, None
    words = actor_words()
    for i in _among(doc, words.members_lower):
        if i in taken or _owner_follows(doc, i + 1):
            continue
        if doc[i].text in words.member_nouns:
            start = _member_start(doc, i)
        elif doc[i].text in words.summit_nouns:
            start = _member_start(doc, i, SUMMIT_OPENERS)
        else:
            continue
        if start is not None and not any(j in taken for j in range(start, i)):
            result.append(Found(start, i + 1, "description", [body], i, definite=True))
    return result


# "die europäischen Partner", "den Europäern" (actor_words.yaml: european_members,
# europeans): German news sums up the states of the European Union so when they act
# together, and the guideline codes them as the EU ("seinen europäischen Partnern",
# "Erdogan drohte den Europäern" → EU). The body is the Union whatever the story's body is.
EUROPEAN_UNION = "EU"
EUROPEAN_STEM = "europäisch"
# A definite or possessive determiner makes it all of them; a number or a quantifier
# ("die drei europäischen Staaten", "einigen europäischen Staaten") names some, which the
# gold codes one by one.
EUROPEAN_OPENERS = frozenset(
    {"die", "den", "der", "seine", "seinen", "ihre", "ihren", "unsere", "unseren", "alle", "allen"}
)


def find_european_partners(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """``die europäischen Partner``, ``seinen europäischen Partnern``, ``die anderen
    europäischen Staaten``, ``den Europäern``: the European Union, when a definite or
    possessive determiner opens the phrase and nothing names whose they are after it
    (``die europäischen Staaten der Nato``). A role mention on the phrase is replaced."""
    words = actor_words()
    nouns = {n.lower() for n in (*words.european_members, *words.europeans)}
    hits = _among(doc, frozenset(nouns))
    if not hits or EUROPEAN_UNION not in registry.kb.entries:
        return []
    result: list[Found] = []
    for i in hits:
        start = _european_start(doc, i)
        if start is None or _owner_follows(doc, i + 1):
            continue
        covering = [f for f in found if f.start <= i < f.end and f.kind != "pronoun"]
        if any(f.kind != "role" for f in covering):
            continue
        eu = registry.entry(EUROPEAN_UNION)
        for f in covering:  # a role mention on it ("die Staaten") becomes the Union
            f.kind, f.actors, f.needs_code, f.role = "description", [eu], False, None
        if not covering:
            result.append(Found(start, i + 1, "description", [eu], i, definite=True))
    return result


def _european_start(doc: Doc, i: int) -> int | None:
    """Where ``die (anderen) europäischen Partner`` or ``den Europäern`` starts: an opener,
    lower-case adjectives, one of them European (none for the demonym); None otherwise."""
    words = actor_words()
    text = doc[i].text
    if text in words.europeans:
        opener = i - 1
        european = True
    elif text in words.european_members:
        opener, european = i - 1, False
        while opener >= 0 and doc[opener].pos_ == "ADJ" and doc[opener].text[:1].islower():
            european = european or doc[opener].lower_.startswith(EUROPEAN_STEM)
            opener -= 1
    else:
        return None
    if european and opener >= 0 and doc[opener].lower_ in EUROPEAN_OPENERS:
        return opener
    return None


# "der Gipfel" (actor_words.yaml: summit_nouns) acts for the body the story is about, as
# the gold codes "der G8-Gipfel" (G8).
SUMMIT_OPENERS = frozenset({"der", "des", "dem", "den", "das", "beim", "vom", "zum", "am"})


def _member_office(doc: Doc, f: Found) -> bool:
    role = f.role
    words = actor_words()
    return (
        role is not None
        and (f.plural_persons or doc[f.end - 1].text.endswith(words.plural_office_endings))
        and role.sector == "GOV"
        and role.title.endswith(words.member_office_endings)
    )


# The model now and then reads "die Staats- und Regierungschefs" as singular; after a
# plural opener (not "des") some endings are plural (actor_words.yaml: plural_office_endings).


def _member_start(doc: Doc, i: int, openers: frozenset[str] = MEMBER_OPENERS) -> int | None:
    """Where a plain reference ending at noun ``i`` starts: an opener, then numbers and
    lower-case adjectives (``die übrigen 26``); None without an opener."""
    if doc[i].lower_ in openers:
        return i  # a role mention that starts with its article
    j = i - 1
    while j >= 0 and (doc[j].like_num or (doc[j].pos_ == "ADJ" and doc[j].text[:1].islower())):
        j -= 1
    if j >= 0 and doc[j].lower_ in openers:
        return j
    return None


def _owner_follows(doc: Doc, end: int) -> bool:
    """``die Mitgliedstaaten der EU``, ``die Verbündeten von Kiew``, ``Staats- und
    Regierungschefs aus 30 Ländern``: the text says whose they are."""
    return end < len(doc) and doc[end].lower_ in ("der", "des", "von", "vom", "aus")


# "das Gremium", "des Gremiums" (actor_words.yaml: body_nouns): a council or committee, the
# body named last; the noun is neuter, so every definite form is singular.


def _body_descriptions(
    doc: Doc, found: list[Found], registry: ActorRegistry, taken: set[int]
) -> list[Found]:
    """``Das zwölfköpfige Gremium`` after ``vom Wächterrat``: the body named last within
    three sentences — an organisation or group by name, or an institution standing for its
    state (a metonym that is no city: ``Wächterrat`` → IRN, not ``Moskau``)."""
    result: list[Found] = []
    body_nouns = actor_words().body_nouns
    for i in _among(doc, frozenset(noun.lower() for noun in body_nouns)):
        if i in taken or doc[i].text not in body_nouns or _named_after(doc, i):
            continue
        _, start = _description_words(doc, i)
        if start is None or doc[start].lower_ not in DEFINITE:
            continue
        floor = _sentence_start(doc, i, back=PRONOUN_WINDOW_SENTENCES)
        named = next(
            (
                f.actors[0]
                for f in sorted(found, key=lambda m: m.start, reverse=True)
                if floor <= f.start and f.end <= start and _is_body(doc, f, registry)
            ),
            None,
        )
        if named is not None:
            result.append(Found(start, i + 1, "description", [named], i, definite=True))
    return result


def _is_body(doc: Doc, f: Found, registry: ActorRegistry) -> bool:
    if len(f.actors) != 1 or f.part:
        return False
    kind = registry.actors[f.actors[0]].kind
    if f.kind == "name":
        return kind in ("organisation", "group")
    text = doc[f.start : f.end].text
    return f.kind == "metonym" and registry.kb.city_state(text) is None


BARE_ARTICLES = frozenset({"das", "des", "dem"})


def _bare_country(doc: Doc, start: int, i: int, taken: set[int]) -> bool:
    """``das Land``, ``des Landes`` without an adjective, standing alone, is the state named
    last as well — not after a preposition (``auf dem Land``: the countryside; ``im Land``:
    a place) and not as a role's genitive (``die Behörden des Landes`` take the story's
    state as before)."""
    bare = actor_words().bare_country
    if doc[i].text not in bare or i != start + 1 or doc[start].lower_ not in BARE_ARTICLES:
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and _aimed_at_country(before, doc[start]):
        return (start - 1) not in taken
    return before is None or (before.pos_ != "ADP" and (start - 1) not in taken)


# "Sanktionen gegen das Land", "Waffenlieferungen in das Land": a preposition that aims at
# the land or moves into it takes the accusative "das", and the countryside is neither
# ("auf dem Land", "aufs Land", "im Land" stay places).
COUNTRY_GOAL_PREPOSITIONS = frozenset({"gegen", "in"})


def _aimed_at_country(preposition: Token, article: Token) -> bool:
    return preposition.lower_ in COUNTRY_GOAL_PREPOSITIONS and article.lower_ == "das"


def _bare_form(doc: Doc, start: int) -> bool:
    """``dem Emirat``, ``gegen das Königreich``: a noun of a form of government stands for
    its state anywhere but after a preposition of place (``im Königreich``, ``in das
    Emirat``: where something happens or goes)."""
    if doc[start].lower_ in CONTRACTED:
        return False
    return start == 0 or doc[start - 1].lower_ not in LOCATIVE_PREPOSITIONS


def _named_after(doc: Doc, i: int) -> bool:
    """``das Land Brandenburg``, ``der Staat Israel``: a name follows, the noun is its title."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "PROPN"


def _description_words(doc: Doc, i: int) -> tuple[list[str], int | None]:
    """The adjectives between a definite article and the noun at ``i``, and where the
    description starts (the article); no start when there is no definite article."""
    adjectives: list[str] = []
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "ADV") and doc[j].text[:1].islower():
        if doc[j].pos_ == "ADJ":
            if NON_DESCRIPTIVE.match(doc[j].lower_):
                return [], None
            adjectives.append(doc[j].text)
        j -= 1
    if j < 0 or doc[j].lower_ not in DEFINITE | CONTRACTED:
        return [], None
    return adjectives, j


def _described_state(
    doc: Doc,
    tok: Token,
    found: list[Found],
    registry: ActorRegistry,
    continents: tuple[str, ...] | None,
    form: frozenset[str] | None = None,
) -> str | None:
    """The state named last before ``tok`` that is not a subject of its sentence; of
    ``continents`` or of the states of a form of government (``form``) when given, then
    anywhere before (else within three sentences)."""
    wide = continents or form
    floor = 0 if wide else _sentence_start(doc, tok.i, back=PRONOUN_WINDOW_SENTENCES)
    # A form of government picks among few states: the subject of its sentence may be it
    # ("Saudi-Arabien erklärte, das Königreich werde …", "…, was Doha bestritt").
    subjects = set() if form else _subject_codes(doc, tok, found, registry)
    for f in found:  # "Die USA und die Niederlande helfen": both are the subject
        codes = _distinct_codes(f.actors, registry)
        if f.kind == "compound" and codes & subjects:
            subjects |= codes
    for f in sorted(found, key=lambda m: m.start, reverse=True):
        if f.end > tok.i or f.start < floor or f.kind in ("compound", "pronoun") or f.part:
            continue
        for actor_id in f.actors:
            code = registry.code(actor_id)
            if not _is_state_actor(actor_id, registry) or code is None or code in subjects:
                continue
            if form is not None and code not in form:
                continue
            if continents is None or registry.kb.continents.get(code) in continents:
                return actor_id
    return None


# --- 5. "der Nachbar" ----------------------------------------------------------------------


def find_neighbours(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    result: list[Found] = []
    taken = {i for f in found for i in range(f.start, f.end)}
    state_nouns, neighbours = actor_words().state_nouns, actor_words().neighbour_states
    for i in _indices(doc, lambda w: w.startswith(NEIGHBOUR_PREFIX.lower())):
        tok = doc[i]
        if (
            tok.i in taken
            or not tok.text.startswith(NEIGHBOUR_PREFIX)
            or tok.pos_ not in ("NOUN", "PROPN")
        ):
            continue
        if tok.text in state_nouns and tok.i > 0 and doc[tok.i - 1].lower_ in ("beide", "beiden"):
            continue
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if not tok.text.startswith(neighbours) and before not in NEIGHBOUR_ARTICLES:
            continue  # "sein Nachbar" is a person next door
        subject_codes = _subject_codes(doc, tok, found, registry)
        floor = _sentence_start(doc, tok.i, back=PRONOUN_WINDOW_SENTENCES)
        for f in sorted(
            (f for f in found if f.end <= tok.i and f.start >= floor),
            key=lambda m: m.start,
            reverse=True,
        ):
            if f.kind == "compound":
                continue
            states = [a for a in f.actors if _is_state_actor(a, registry)]
            if states and registry.code(states[0]) not in subject_codes:
                start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in DEFINITE else tok.i
                result.append(Found(start, tok.i + 1, "description", [states[0]], tok.i))
                break
    return result


def _subject_codes(doc: Doc, tok: Token, found: list[Found], registry: ActorRegistry) -> set[str]:
    sent_start, sent_end = _sentence_bounds(doc, tok.i)
    codes: set[str] = set()
    for f in found:
        if sent_start <= f.start < sent_end and is_subject(doc, f):
            codes.update(c for c in (registry.code(a) for a in f.actors) if c)
    return codes


# --- 5b. "der 63-Jährige" -------------------------------------------------------------------

AGE_NOUN = re.compile(r"^(\d+|[a-zäöüß]+zig)-?[Jj]ährige[nr]?$")


def find_age_descriptions(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """``der 63-Jährige``, ``die 45-jährige``: the last person mentioned (of that gender)."""
    result: list[Found] = []
    taken = {i for f in found for i in range(f.start, f.end)}
    for i in _indices(doc, lambda w: "ährige" in w):
        tok = doc[i]
        if tok.i in taken or not AGE_NOUN.match(tok.text) or tok.i == 0:
            continue
        article = doc[tok.i - 1].lower_
        if article not in DEFINITE:
            continue
        gender = "f" if article == "die" and not tok.text.endswith("n") else "m"
        for f in sorted((f for f in found if f.end <= tok.i and f.actors), key=lambda m: -m.start):
            actor = registry.actors[f.actors[0]]
            if (
                len(f.actors) == 1
                and actor.kind == "person"
                and registry.genders.get(f.actors[0]) in (gender, None)
            ):
                result.append(Found(tok.i - 1, tok.i + 1, "description", [f.actors[0]], tok.i))
                break
    return result


# "die Menge", "der wütenden Menge", "von einer Menge": a crowd, when the text told of one
# before; the role titles of crowds (roles.yaml: "Tausende", "Menschenmenge" are "Menge";
# "Tausende Anhänger" of a leader or party rally as one).
CROWD_ARTICLES = frozenset({"die", "der", "einer"})
# After these "Menge" is an amount (die Menge an Gas, eine Menge von Fragen, der Menge der
# Abfälle), as in all 17 "die Menge an" and 13 "die Menge der" of the Bundestag speeches.
AMOUNT_FOLLOWERS = frozenset({"an", "von", "der", "des", "dem", "den", "die", "das"})


def find_crowd_references(doc: Doc, found: list[Found]) -> list[Found]:
    """``Die Polizei setzte Tränengas ein, um die Menge zu zerstreuen``: ``die Menge`` (with
    adjectives: ``der aufgebrachten Menge``; ``von einer Menge``) standing alone is the crowd
    of protesters the text named before (``Tausende Demonstranten``), within three
    sentences; with no crowd before, or before an amount's noun or ``an``/``von``/a
    genitive (``die Menge an Gas``, ``eine Menge Geld``), it is an amount."""
    result: list[Found] = []
    taken = {i for f in found if f.kind != "compound" for i in range(f.start, f.end)}
    for i in _among(doc, {"menge"}):
        if i in taken or not _stands_alone(doc, i):
            continue
        start = i - 1
        while start > 0 and doc[start].pos_ == "ADJ":
            start -= 1  # "der aufgebrachten Menge"
        if doc[start].lower_ not in CROWD_ARTICLES:
            continue
        floor = _sentence_start(doc, i, back=PRONOUN_WINDOW_SENTENCES)
        crowd = next(
            (
                f
                for f in sorted(found, key=lambda m: -m.start)
                if floor <= f.start
                and f.end <= start
                and f.kind in ("role", "description")
                and f.actors
                and f.role is not None
                and f.role.title in actor_words().crowd_titles
            ),
            None,
        )
        if crowd is not None:
            result.append(Found(start, i + 1, "description", list(crowd.actors), i))
    return result


def _stands_alone(doc: Doc, i: int) -> bool:
    """Whether ``Menge`` at ``i`` is not followed by what it measures."""
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    return after.lower_ not in AMOUNT_FOLLOWERS and after.pos_ not in ("NOUN", "PROPN", "NUM")


# --- 6. pronouns ---------------------------------------------------------------------------


def pronoun_features(tok: Token) -> Features | None:
    """What a third-person pronoun can refer to (None: not a referring pronoun)."""
    low = tok.lower_
    possessive = tok.tag_ in ("PPOSAT", "PPOSS") or "Yes" in morph_values(tok, "Poss")
    if low in DEMONSTRATIVES:
        # "wie dieser", "worauf dieser": standing alone, not before a noun (the small
        # tagger calls both PDAT, the parser tells them apart).
        if tok.dep_ in ("det", "det:poss") or _before_noun(tok):
            return None
        if low == "diese":  # "Diese hatte Hartmann geladen" / "Diese wurden aufgerufen"
            number = _pronoun_number(tok)
            return {"sing": FEM, "plur": PLURAL}.get(number or "", FEM | PLURAL)
        return DEMONSTRATIVES[low]
    if low in ("er", "ihn"):
        return MASC
    if low == "ihm":
        return MASC_NEUT
    if low.startswith("sein") and len(low) <= 6 and (possessive or low != "sein"):
        return MASC_NEUT
    if low == "sie":
        number = _pronoun_number(tok)
        return {"sing": FEM, "plur": PLURAL}.get(number or "", FEM | PLURAL)
    if low == "ihnen":
        return PLURAL
    if low == "ihr" and not possessive:
        return FEM
    if low.startswith("ihr") and len(low) <= 5:
        return FEM | PLURAL
    return None


# Demonstratives standing for a person or state: the most recent one that fits, not the
# subject ("Humala wurde von Chávez unterstützt und hatte wie dieser …" is Chávez).
# "Diese" is the last feminine or plural phrase ("… die kubanische Regierung. Diese
# übergab …"), as "Dieser" is the last masculine one.
DEMONSTRATIVES: dict[str, Features] = {
    "dieser": MASC,
    "diesem": MASC_NEUT,
    "diese": FEM | PLURAL,
}


def _before_noun(tok: Token) -> bool:
    """``diese Woche``, ``diese neuen Pläne``, ``diese „massiven Einschränkungen“``: a
    determiner the parser did not label so."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in OPENING_QUOTES:
        return True  # "diese „massiven Einschränkungen“": a quoted noun phrase follows
    while nxt is not None and nxt.pos_ == "ADJ" and nxt.i + 1 < len(tok.doc):
        nxt = nxt.nbor(1)
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN")


def _pronoun_number(tok: Token) -> str | None:
    if is_subjectish(tok) and tok.head.pos_ in ("VERB", "AUX"):
        number = morph_values(tok.head, "Number")
        if number in (("Plur",), ("Sing",)):
            return number[0].lower()
    return None


def antecedent_features(f: Found, doc: Doc, registry: ActorRegistry) -> Features:
    if f.kind == "compound" or len(set(f.actors)) > 1:
        return PLURAL
    actor = registry.actors[f.actors[0]]
    head = doc[f.head]
    if actor.kind == "person":
        gender = registry.genders.get(f.actors[0])
        return frozenset({(gender, "sing")}) if gender in ("m", "f") else PERSON
    if actor.kind == "state" and f.kind == "metonym" and head.pos_ == "NOUN":
        # An institution standing for its state keeps its noun's gender: "vom Wächterrat.
        # Dieser bestätigte" is the council, as "der Kreml … er" would be.
        return noun_features(head) or NEUT
    if actor.kind == "state" and f.kind in ("name", "metonym"):
        article = doc[f.start - 1].lower_ if f.start > 0 else ""
        if article in ("die", "der"):
            return FEM | PLURAL  # die Ukraine, die USA
        return NEUT
    if actor.kind == "organisation" and f.kind == "name" and head.pos_ == "PROPN":
        # "die G7", "die Nato": "die" before a name is feminine or plural, whatever gender
        # the tagger guesses for the name ("forderten die G7 … Zugleich warfen sie …")
        article = doc[f.start - 1].lower_ if f.start > 0 else ""
        if article == "die" or doc[f.start].lower_ == "die":
            return FEM | PLURAL
    return noun_features(head) or (FEM | NEUT | PLURAL)


def noun_features(noun: Token) -> Features:
    """Readings of a noun from the model's morphology (empty when it says nothing)."""
    genders = [_GENDER[g] for g in morph_values(noun, "Gender") if g in _GENDER]
    numbers = [n.lower() for n in morph_values(noun, "Number") if n in ("Sing", "Plur")]
    if numbers == ["plur"]:
        return PLURAL
    if not genders:
        return frozenset()
    return frozenset((g, "sing") for g in genders)


def resolve_pronouns(doc: Doc, found: list[Found], registry: ActorRegistry) -> list[Found]:
    taken = {i for f in found for i in range(f.start, f.end)}
    quoted = quoted_tokens(doc)
    resolved: list[Found] = []
    for i in _among(doc, _THIRD_PERSON_OR_DEMONSTRATIVE):
        tok = doc[i]
        if tok.i in taken or tok.pos_ not in ("PRON", "DET", ""):
            continue
        features = pronoun_features(tok)
        if features is None:
            continue
        # "Hamas-Terror-Infrastruktur" is no antecedent: the word means the infrastructure.
        pool = [f for f in found + resolved if f.end <= tok.i and f.actors and not f.part]
        antecedent = _pronoun_antecedent(doc, tok, features, pool, registry)
        if antecedent is not None:
            resolved.append(Found(tok.i, tok.i + 1, "pronoun", list(antecedent.actors), tok.i))
    for i in _among(doc, {"es"}):
        reporter = _reporting_neuter_speaker(doc[i], found)
        if doc[i].i not in taken and reporter is not None:
            resolved.append(Found(i, i + 1, "pronoun", list(reporter.actors), i))
    for i in _among(doc, _FIRST_PERSON):
        tok = doc[i]
        if tok.i in taken or tok.i not in quoted:
            continue
        speaker = _speaker(doc, tok, found + resolved, registry, quoted)
        if speaker:
            resolved.append(Found(tok.i, tok.i + 1, "pronoun", speaker, tok.i))
    return resolved


# verbs whose "es" subject is an expletive: lagebild/german/lexicon.yaml, expletive_es_verbs


def _reporting_neuter_speaker(tok: Token, found: list[Found]) -> Found | None:
    """ "Das israelische Militär teilte mit, es habe Ziele der Hisbollah angegriffen": the
    subject "es" of a clause in reported speech (Konjunktiv) stands for a neuter speaker (das
    Militär, das Ministerium, das Weiße Haus) who reports it, unless the verb takes an
    expletive "es" ("es gebe keine Hinweise", "es sei zu Kämpfen gekommen")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "expl") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in german_words().expletive_es_verbs or not _in_konjunktiv(verb):
        return None
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return None  # "es wurde protestiert": the impersonal passive
    reporting = verb.head
    if verb.dep_ not in ("ccomp", "parataxis", "conj", "advcl", "xcomp") or reporting == verb:
        return None
    subjects = [c for c in reporting.children if c.dep_ == "nsubj" and c.i < tok.i]
    for subject in subjects:
        if morph_values(subject, "Gender") != ("Neut",) or morph_values(subject, "Number") != (
            "Sing",
        ):
            continue
        for f in found:
            if f.head == subject.i and f.actors and not f.part:
                return f
    return None


def _in_konjunktiv(verb: Token) -> bool:
    """The verb or its finite auxiliary in the subjunctive ("habe … angegriffen", "werde")."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    return any("Sub" in morph_values(w, "Mood") or may_be_konjunktiv1(w) for w in words)


_THIRD_PERSON = frozenset(
    {
        "er",
        "ihn",
        "ihm",
        "sie",
        "ihnen",
        "ihr",
        "ihre",
        "ihrer",
        "ihren",
        "ihrem",
        "ihres",
        "sein",
        "seine",
        "seiner",
        "seinen",
        "seinem",
        "seines",
    }
)
_FIRST_PERSON = frozenset(
    {"wir", "uns", "unser", "unsere", "unserer", "unseren", "unserem", "unseres", "ich"}
)
_THIRD_PERSON_OR_DEMONSTRATIVE = _THIRD_PERSON | frozenset(DEMONSTRATIVES)


def _pronoun_antecedent(
    doc: Doc, tok: Token, features: Features, pool: list[Found], registry: ActorRegistry
) -> Found | None:
    """Same sentence first (nearest, other clause), then earlier sentences (subjects first).

    Nouns that are not actors compete too: a compatible non-actor subject in between
    (``Die Beziehungen ... Sie``) blocks a link to an actor further back."""
    sent_start, _ = _sentence_bounds(doc, tok.i)
    candidates = top_level_pool(pool)
    if tok.lower_ in DEMONSTRATIVES:
        # A demonstrative takes up what is not the topic; a referent already taken up by
        # a personal pronoun is ("…, sie aber nie erklärten, wie diese aussähen").
        candidates = [f for f in candidates if f.kind != "pronoun"]
    same = [f for f in candidates if f.start >= sent_start]
    # the actors of the pronoun's co-arguments are not it, nor their earlier mentions
    barred = {a for f in same if _co_argument(doc, f, tok) for a in f.actors}
    bound = _clause_subject_antecedent(doc, tok, features, same, registry)
    if bound is not None:
        return bound
    if tok.lower_ in DEMONSTRATIVES:  # "… die Adresse anzugeben, weswegen diese …"
        same = sorted(
            same + _noun_blockers(doc, sent_start, tok.i, same, every_noun=True),
            key=lambda f: f.start,
        )
    for f in reversed(same):
        if barred.intersection(f.actors):
            continue
        if not f.actors:
            if features & noun_features(doc[f.head]):
                return None  # a fitting noun nearer than any actor
            continue
        if doc[f.head].head.i == tok.head.i and is_subjectish(tok):
            continue  # a pronoun subject does not refer to a co-argument
        if features & antecedent_features(f, doc, registry):
            return f
    floor = _sentence_start(doc, tok.i, back=PRONOUN_WINDOW_SENTENCES)
    for s_start, s_end in _previous_sentences(doc, tok.i, floor):
        in_sentence = [f for f in candidates if s_start <= f.start < s_end]
        demonstrative = tok.lower_ in DEMONSTRATIVES  # the nearest, not the subject
        # A demonstrative takes the nearest fitting noun phrase, actor or not ("… legte
        # neue Pläne vor. Diese sehen vor …" are the plans).
        blockers = _noun_blockers(doc, s_start, s_end, in_sentence, every_noun=demonstrative)
        described = _described_by_noun(doc, s_start, s_end, in_sentence)
        blockers = [b for b in blockers if b.head not in described.values()]
        # Subjects first; among subjects actors before other nouns (the parser often takes
        # an object for a second subject), then the nearest.
        ordered = sorted(
            in_sentence + blockers,
            key=lambda f: (
                (-f.start,)
                if demonstrative
                else (not _subject_phrase(doc, f, described), not f.actors, -f.start)
            ),
        )
        for f in ordered:
            if barred.intersection(f.actors):
                continue
            if not f.actors:
                if features & noun_features(doc[f.head]):
                    return None  # a compatible non-actor subject is the nearer antecedent
                continue
            noun = described.get(id(f))
            readings = noun_features(doc[noun]) if noun is not None else frozenset()
            if features & (readings or antecedent_features(f, doc, registry)):
                return f
    return None


def _described_by_noun(doc: Doc, start: int, end: int, mentions: list[Found]) -> dict[int, int]:
    """Name mentions in apposition to a common noun that no mention covers (``Die
    westafrikanische Staatengemeinschaft Ecowas``; ``Die Schwester des Machthabers, Kim
    Yo-jong,``), by ``id`` of the mention → the noun's index. The noun and the name are one
    referent: the noun's gender is the one a later pronoun agrees with (``die
    Staatengemeinschaft … sie``, whatever gender the tagger guesses for ``Ecowas``), and
    the noun is not a rival antecedent of its own."""
    covered = {i for f in mentions for i in range(f.start, f.end)}
    described: dict[int, int] = {}
    for f in mentions:
        if not f.actors or f.kind not in ("name", "metonym"):
            continue
        head = phrase_head(doc, f)
        if head.dep_ != "appos":
            continue
        noun = _apposition_noun(doc, f, head, start)
        if noun is not None and noun.i not in covered and noun.i < end:
            described[id(f)] = noun.i
    return described


def _apposition_noun(doc: Doc, f: Found, head: Token, start: int) -> Token | None:
    """The noun a name is the apposition of: the word right before it (a close apposition,
    ``die Staatengemeinschaft Ecowas``), or, for a name set off by commas, the noun whose
    phrase ends at the comma (a loose apposition names the whole phrase before it, ``Die
    Schwester von Machthaber Kim Jong-un, Kim Yo-jong,``, wherever the parser hung it)."""
    before = doc[f.start - 1] if f.start > start else None
    if before is None:
        return None
    if before.pos_ == "NOUN" and head.head.i == before.i:
        return before
    if before.text != "," or not (f.end < len(doc) and doc[f.end].text == ","):
        return None
    noun = head.head
    while noun.head.i != noun.i and noun.i >= start and not is_subjectish(noun):
        if noun.dep_ not in ("nmod", "appos", "flat") and noun.head.pos_ != "NOUN":
            return None
        noun = noun.head
    if noun.pos_ != "NOUN" or not is_subjectish(noun) or noun.i < start:
        return None
    last = max(t.i for t in noun.subtree if t.i < f.start - 1)
    between = doc[noun.i + 1 : f.start - 1]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or last != f.start - 2:
        return None
    return noun


def _subject_phrase(doc: Doc, f: Found, described: dict[int, int]) -> bool:
    """The mention is its clause's subject, or the name of a subject noun it stands in
    apposition to."""
    noun = described.get(id(f))
    return is_subject(doc, f) or (noun is not None and is_subjectish(doc[noun]))


# Relative pronouns as the parser tags them (STTS): "Mexiko, das ihm Asyl gewährt hatte".
RELATIVE_TAGS = frozenset({"PRELS"})


def _co_argument(doc: Doc, f: Found, tok: Token) -> bool:
    """Whether ``f`` is the subject or another argument of the verb the personal pronoun
    ``tok`` depends on. German says ``sich`` for that one (``Der Präsident lobte sich``),
    so ``ihn``, ``ihm``, ``ihnen`` are someone else (``Der Strafgerichtshof wirft ihm
    Verbrechen vor``, ``Die EU wirft ihnen vor``, ``Mexiko, das ihm Asyl gewährt hatte``:
    a relative pronoun stands for the noun before its comma). Possessives
    (``sein``, ``ihr`` before a noun) are bound to the subject instead and are not asked."""
    if tok.tag_ != "PPER" or tok.dep_ == "det:poss":
        return False
    before = doc[tok.i - 1] if tok.i else None
    if before is not None and before.lower_ in DEFINITE and before.dep_ not in SUBJECT_DEPS:
        # "aus den ihnen in Havanna übergebenen Unterlagen": an article opens an attribute
        # with a verb of its own, whatever the parser hung the pronoun on
        return False
    verb = tok.head
    if doc[f.head].head.i == verb.i and doc[f.head].i != verb.i:
        return True
    relative = next(
        (c for c in verb.children if c.tag_ in RELATIVE_TAGS and c.i < tok.i and c.i > 0), None
    )
    if relative is None or doc[relative.i - 1].text != "," or f.end >= relative.i:
        return False
    between = doc[f.end : relative.i - 1]
    return all(t.pos_ not in ("NOUN", "PROPN", "PRON") for t in between)


def _clause_subject_antecedent(
    doc: Doc, tok: Token, features: Features, same: list[Found], registry: ActorRegistry
) -> Found | None:
    """A possessive determiner refers to the subject of its own clause when that subject
    fits (German binds "sein/ihr" to the subject before any nearer noun: "Russland hat im
    Sicherheitsrat mit seinem Veto … verhindert" is Russia's veto, not the council's)."""
    if tok.dep_ != "det:poss":
        return None
    # the events package reads the actors': imported here, where both are loaded
    from lagebild.pipeline.events.arguments import is_passive
    from lagebild.pipeline.events.arguments import subjects as clause_subjects

    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # the grammatical subject, also of a passive ("der von einem Polizisten an seinem T-Shirt
    # weggezerrt wurde": the man's shirt), not its von-agent
    if is_passive(verb):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    else:
        subjects = clause_subjects(verb)
    for subject in subjects:
        if subject.i > tok.i:
            continue
        for f in same:
            if f.actors and f.start <= subject.i < f.end:
                return f if features & antecedent_features(f, doc, registry) else None
    return None


def top_level_pool(pool: list[Found]) -> list[Found]:
    """Antecedent candidates: compounds (for plural pronouns) and the outermost other
    mentions — in "der französische Präsident Sarkozy … seine" the state adjective
    inside the title is no candidate."""
    compounds = [f for f in pool if f.kind == "compound"]
    return sorted(top_level(pool) + compounds, key=lambda f: (f.start, -f.end))


def _noun_blockers(
    doc: Doc, start: int, end: int, mentions: list[Found], every_noun: bool = False
) -> list[Found]:
    covered = {i for f in mentions for i in range(f.start, f.end)}
    # Only main-clause subjects: the small parser's subordinate-clause subjects are too
    # often objects ("Ob Hu den Preis entgegennehmen kann" - Preis is no subject).
    return [
        Found(t.i, t.i + 1, "name", [], t.i)
        for t in doc[start:end]
        if t.pos_ == "NOUN"
        and t.i not in covered
        and (every_noun or is_subjectish(t) and t.head.dep_ == "ROOT")
    ]


def _speaker(
    doc: Doc, tok: Token, found: list[Found], registry: ActorRegistry, quoted: set[int]
) -> list[str]:
    """The speaker of a quotation: a subject outside the quotes in the same sentence,
    else the subject of the sentence before. ``wir`` is the speaker's state/sector."""
    sent_start, sent_end = _sentence_bounds(doc, tok.i)
    outside = _mentions_outside_quotes(found, sent_start, sent_end, quoted)
    speaker = next((f for f in outside if is_subject(doc, f)), None)
    if speaker is None and outside:
        speaker = outside[-1] if outside[-1].start > tok.i else None
    if speaker is None:
        for s_start, s_end in _previous_sentences(doc, tok.i, _sentence_start(doc, tok.i, 2)):
            prev = [
                f
                for f in _mentions_outside_quotes(found, s_start, s_end, quoted)
                if is_subject(doc, f)
            ]
            if prev:
                speaker = prev[-1]
                break
    if speaker is None:
        return []
    if tok.lower_ == "ich":
        return list(speaker.actors)
    return [_collective(a, registry) for a in speaker.actors]


def _mentions_outside_quotes(
    found: list[Found], start: int, end: int, quoted: set[int]
) -> list[Found]:
    """Single-actor mentions between token ``start`` and ``end`` that are not quoted."""
    return [
        f
        for f in found
        if start <= f.start < end and f.start not in quoted and f.actors and f.kind != "compound"
    ]


def _collective(actor_id: str, registry: ActorRegistry) -> str:
    """``wir`` said by a person: the state (or organisation) and sector they speak for."""
    actor = registry.actors[actor_id]
    if actor.kind == "person" and actor.code:
        return registry.group(actor.code, actor.sector or "GOV")
    return actor_id


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens inside quotation marks (« », „ “, " "), reset at paragraph breaks."""
    inside: set[int] = set()
    closer: str | None = None
    for i, text in enumerate(words_of(doc).text):
        if "\n" in text and not text.strip():
            closer = None
            continue
        if closer is not None and text in closer:
            closer = None
            continue
        if closer is None and text in QUOTE_PAIRS:
            closer = QUOTE_PAIRS[text]
            continue
        if closer is not None:
            inside.add(i)
    return inside


# --- 7. "man" --------------------------------------------------------------------------------


def resolve_man(doc: Doc, found: list[Found]) -> list[Found]:
    result: list[Found] = []
    for i in _among(doc, {"man"}):
        tok = doc[i]
        if tok.pos_ not in ("PRON", "DET", "NOUN", "X", "PROPN", ""):
            continue
        verb = tok.head
        if not may_be_konjunktiv1(verb):
            continue
        sent_start, sent_end = _sentence_bounds(doc, tok.i)
        framing = [
            f
            for f in found
            if sent_start <= f.start < sent_end
            and f.actors
            and not f.covers(tok.i)
            and doc[f.head].head.i != verb.i
            and f.kind != "pronoun"
        ]
        framing = _outermost(framing)
        speaker = next((f for f in framing if is_subject(doc, f)), None)
        if speaker is None:
            speaker = next(
                (f for f in framing if f.start > 0 and doc[f.start - 1].pos_ in ("VERB", "AUX")),
                None,
            )
        if speaker is not None:
            result.append(Found(tok.i, tok.i + 1, "pronoun", list(speaker.actors), tok.i))
    return result


def _outermost(items: list[Found]) -> list[Found]:
    items = sorted(items, key=lambda f: (f.start, -f.end))
    result: list[Found] = []
    for f in items:
        if result and f.start < result[-1].end:
            continue
        result.append(f)
    return result


def _indices(doc: Doc, wanted: Callable[[str], bool]) -> list[int]:
    """Token indices whose lower-cased text is ``wanted``."""
    return words_of(doc).find(wanted)


def _among(doc: Doc, words: AbstractSet[str]) -> list[int]:
    """Token indices whose lower-cased text is one of ``words`` (looked up, not tested)."""
    return words_of(doc).among(words)


# --- sentences --------------------------------------------------------------------------------


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    return sentence_bounds(doc, i)


def _sentence_start(doc: Doc, i: int, back: int) -> int:
    start, _ = _sentence_bounds(doc, i)
    for _ in range(back):
        if start == 0:
            break
        start, _ = _sentence_bounds(doc, start - 1)
    return start


def _previous_sentences(doc: Doc, i: int, floor: int) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    start, _ = _sentence_bounds(doc, i)
    while start > floor:
        prev = _sentence_bounds(doc, start - 1)
        result.append(prev)
        start = prev[0]
    return result
