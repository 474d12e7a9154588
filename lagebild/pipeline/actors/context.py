"""Step 4: the states an article is set in, for role mentions still without one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from lagebild.analysis import Role
from lagebild.codebook.loader import Codebook
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.scan import tokens_among
from lagebild.german.words import is_goal
from lagebild.kb.actor_words import actor_words
from lagebild.kb.loader import OPPOSING_TITLES, KnowledgeBase, RoleWord
from lagebild.kb.parlgov import common_nouns
from lagebild.pipeline.actors.core import (
    COORDINATORS,
    DEFINITE,
    IN_PLACE,
    LOCAL_SECTORS,
    MIN_SETTING,
    STATE_SECTOR,
    Found,
)
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.words import (
    acts_in,
    is_spokesperson,
    is_subjectish,
    sentence_bounds,
    words_of,
)

# Who acts where their clause happens: local actors, and attackers the text does not name,
# whom the guideline codes with "the state where they act" (In Tunesien hatte ein Extremist …).
CLAUSE_SECTORS = LOCAL_SECTORS | {"REB"}
# A state's own bodies are where they sit (``In Griechenland hatte die Opposition …``,
# ``in Venezuela eine Marionettenregierung einsetzen``); not their office holders, who act
# abroad too (``in der gambischen Botschaft in Dakar als Präsident vereidigt``).
BODY_SECTORS = frozenset({"GOV", "LEG", "OPP", "PTY"})

MEDIA_SECTOR = "MED"  # media name their state, but are cited from anywhere (ARD, BBC)

# "Die Opposition warf der Regierung Wahlbetrug vor": government and opposition named in one
# sentence are the two sides at home, of one state, whichever government was named last
# (roles.yaml titles and sectors)
GOVERNMENT_TITLE = "Regierung"
OPPOSITION_SECTOR = "OPP"


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
            if registry.actors[actor_id].sector == MEDIA_SECTOR:
                continue  # a medium cited as a source is not what the story is about
            named = registry.code(actor_id)
            entry = registry.kb.entries.get(named) if named else None
            if named and entry is not None and entry.kind == "state":
                counts[named] += 1
                order.setdefault(named, f.start)
    for code in title_codes:
        counts[code] += 2
        order[code] = -1
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -order[c]))


def setting_states(
    doc: Doc, found: list[Found], kb: KnowledgeBase, registry: ActorRegistry
) -> list[tuple[int, str]]:
    """(token, state) for each place the story is said to happen in: a city (``im
    nordbadischen Mannheim`` → DEU), a capital used as a place (``in Bagdad``), a place
    with its state (``in der irakischen Stadt Haditha``), a state after ``in``/``im``
    (``in Spanien``). That is the state of its unnamed police, protesters and participants."""
    by_token = {i: f for f in found if f.actors for i in range(f.start, f.end)}
    seats = _seats(doc, by_token, registry)
    place_nouns = actor_words().place_nouns
    settings: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.label_ != "LOC" or any(i in by_token for i in range(ent.start, ent.end)):
            continue
        if ent.text in seats:
            continue  # "der IGH in Den Haag": where a court sits, not where the story is
        if is_goal(doc, ent.start, place_nouns):
            continue  # "in die maledivische Hauptstadt Malé geflogen": where one went
        code = kb.city_state(ent.text) or _capital_state(ent.text, kb)
        if code is None and ent.start >= 2 and doc[ent.start - 1].text in place_nouns:
            adjective = by_token.get(ent.start - 2)
            code = _state_of(adjective, registry) if adjective is not None else None
        if code is not None:
            settings.append((ent.start, code))
    settings.extend(_untagged_cities(doc, by_token, kb))
    for f in found:
        if f.kind != "name" or f.part or len(f.actors) != 1 or not f.start:
            continue
        before = f.start - 1
        if doc[before].lower_ in DEFINITE and before > 0:
            before -= 1  # "in der Ukraine"
        code = _state_of(f, registry)
        if code is not None and doc[before].lower_ in IN_PLACE and not is_goal(doc, f.start):
            settings.append((f.start, code))
    return sorted(settings)


def _untagged_cities(
    doc: Doc, by_token: dict[int, Found], kb: KnowledgeBase
) -> list[tuple[int, str]]:
    """Cities NER left untagged right after ``in`` (``die Mall in Kaiserslautern``): a
    proper noun there that names a known city is where the story happens, as a tagged one."""
    settings: list[tuple[int, str]] = []
    # only the words right after "in"/"im" are asked (one array read, not every word)
    after_in = [doc[p.i + 1] for p in tokens_among(doc, IN_PLACE) if p.i + 1 < len(doc)]
    for tok in after_in:
        if (
            tok.ent_iob_ in ("O", "")
            and _may_be_city(tok.text, tok.pos_)
            and tok.i not in by_token
            and doc[tok.i - 1].lower_ in IN_PLACE
            and (code := kb.city_state(tok.text)) is not None
        ):
            settings.append((tok.i, code))
    return settings


# The tagger calls a rare city a noun now and then (``in Kaiserslautern``); a long noun the
# treebanks' lemma table does not know is a name, a short one often a word city lists
# share (``in Kitas``, ``im Kanton``, ``im Ofen``).
MIN_NOUN_CITY = 8


def _may_be_city(text: str, pos: str) -> bool:
    if pos == "PROPN":
        return True
    return pos == "NOUN" and len(text) >= MIN_NOUN_CITY and text.casefold() not in common_nouns()


def _seats(doc: Doc, by_token: dict[int, Found], registry: ActorRegistry) -> set[str]:
    """Places an international body is said to sit in: ``der Internationale Gerichtshof
    (IGH) in Den Haag``, ``die Nato in Brüssel``. Such a place says where the body is, not
    where the story happens (its victims are not Dutch), anywhere in the article."""
    seats: set[str] = set()
    for ent in doc.ents:
        at = ent.start - 1
        if ent.label_ != "LOC" or at < 1 or doc[at].lower_ not in IN_PLACE:
            continue
        before = at - 1
        if doc[before].text == ")" and before > 0:
            before -= 1  # "(IGH) in Den Haag"
        body = by_token.get(before)
        if body is not None and any(_is_international(a, registry) for a in body.actors):
            seats.add(ent.text)
    return seats


def _is_international(actor_id: str, registry: ActorRegistry) -> bool:
    """An organisation of no state (the UN and its courts, the Nato, Amnesty)."""
    entry = registry.kb.entries.get(registry.code(actor_id) or "")
    return entry is not None and entry.kind == "organisation" and entry.code == entry.id


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
    settings: Iterable[tuple[int, str]] = (),
) -> None:
    """Role mentions without a state get, in this order: the state of the last mention of
    the same role that had one (``Zivilisten`` after ``irakischen Zivilisten``), the state
    that is the subject of their sentence (``Großbritannien plane, Soldaten zu senden``),
    the article's main state (``default``) — for police, civilians, companies and other
    local actors the state the story is set in (``setting``) first. ``settings`` are the
    places the story is said to happen in (``setting_states``): a city there sets the
    scene of its clause as a state does (``In Eriwan versammelten sich Demonstranten``)."""
    last_code: dict[str, str] = {}
    last_group: str | None = None  # the armed group named last ("Huthi-Rebellen")
    groups = {f.actors[0] for f in found if _names_armed_group(f, registry)}
    only_group = groups.pop() if len(groups) == 1 else None
    subject_states = _subject_states(doc, found, registry)
    places = state_tokens(found, registry)
    # A city sets the scene of its own clause only when the text names its state too: a
    # name several states' cities share (Tripoli in Lebanon, the capital of Libya) is not
    # taken for a state the story is not about.
    named = set(places.values())
    scenes = places | {i: c for i, c in city_tokens(doc, settings).items() if c in named}
    opposition: dict[int, str] = {}  # sentence start -> the state of its opposition
    attributed: dict[int, str] = {}  # end of a role mention -> the state its adjective names
    for f in sorted(found, key=lambda m: m.start):
        _note_opposition(doc, f, registry, opposition)
        if _names_armed_group(f, registry):
            last_group = f.actors[0]
        if f.role is None:
            continue
        group = last_group if f.definite and f.role.sector == "REB" else None
        if only_group is not None and f.role.title in actor_words().insurgent_titles:
            group = only_group
        if f.needs_code and group is not None:
            # "Die Rebellen", "die Miliz" after a named armed group: that group;
            # "Aufständische" in a story about the Taliban alone: the Taliban.
            f.actors, f.needs_code = [group], False
            continue
        key = f.role.title
        if not f.needs_code:
            code = next((registry.code(a) for a in f.actors if registry.code(a)), None)
            if code:
                last_code[key] = code
                if _state_adjective(doc, f, registry.kb) == code:
                    attributed[f.end] = code
            continue
        shared = _conjunct_attribute(doc, f, attributed)
        if shared is not None:
            give_code(f, shared, registry)
            attributed[f.end] = last_code[key] = shared
            continue
        counterpart = any(word in f.role.title.lower() for word in actor_words().counterparts)
        if counterpart and f.role.title not in OPPOSING_TITLES:
            continue  # "sein Amtskollege" is from another state: no guess; "G8-Gegner" are
        sentence = sentence_bounds(doc, f.head)[0]
        # Plural office holders without a state ("Staats- und Regierungschefs von 30
        # Staaten", "manche Politiker") are seldom all of the article's main state.
        # Officials and envoys ("Regierungsvertreter", "Beamte") are of the story's state.
        generic = (
            f.plural_persons
            and f.role.sector == STATE_SECTOR
            and f.role.title not in actor_words().domestic_officials
            and not ACRONYM_MODIFIER.match(doc[f.head].text)
        )
        fallback = (setting or default) if f.role.sector in LOCAL_SECTORS else default
        code = clause_place(doc, f, scenes) if _acts_where_it_is(f.role) else None
        if key == GOVERNMENT_TITLE and f.definite:
            code = code or opposition.get(sentence)
        subject = subject_states.get(sentence)
        code = code or last_code.get(key) or _subject_state(doc, f, subject, registry.codebook)
        if code is None and is_spokesperson(f.role):
            code = _spoken_for(doc, found, registry, sentence)
        code = code or (None if generic else paragraph_frame(doc, f, places) or fallback)
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
        give_code(f, code, registry)
        _note_opposition(doc, f, registry, opposition)


def _state_adjective(doc: Doc, f: Found, kb: KnowledgeBase) -> str | None:
    """The state of the state adjective before a role mention's noun (``israelische
    Soldaten``, ``die russischen Truppen``), if it has one."""
    for tok in doc[f.start : f.head]:
        if tok.pos_ != "ADJ":
            continue
        code = kb.adjective_state(tok.text, bodies=True)
        if code is not None:
            return code
    return None


def _conjunct_attribute(doc: Doc, f: Found, attributed: dict[int, str]) -> str | None:
    """``Israelische Soldaten und Polizisten``, ``ukrainische Soldatinnen und Soldaten``:
    the attribute before the first of coordinated nouns belongs to all of them, when the
    later ones have no article or adjective of their own (the bare noun right after ``und``,
    ``oder``, ``sowie`` or a comma). In the Bundestag speeches (raw_de) every such pair of
    persons after a state adjective reads so (``russische Journalistinnen und
    Journalisten``, ``türkische Gastarbeiter und Asylbewerber``, ``russischen Truppen und
    Söldnern``)."""
    if f.start != f.head or f.start < 2:
        return None
    link = doc[f.start - 1]
    if link.lower_ not in COORDINATORS and link.text != ",":
        return None
    return attributed.get(f.start - 1)


def _acts_where_it_is(role: RoleWord) -> bool:
    """Whether a role without a state is of the place its clause happens in: local actors,
    unnamed attackers, and a state's bodies (not its office holders)."""
    return role.sector in CLAUSE_SECTORS or (role.sector in BODY_SECTORS and role.kind != "person")


def _note_opposition(doc: Doc, f: Found, registry: ActorRegistry, seen: dict[int, str]) -> None:
    """Remember the state of an opposition mention with one, by its sentence."""
    if f.role is None or f.role.sector != OPPOSITION_SECTOR or f.needs_code:
        return
    code = next((registry.code(a) for a in f.actors if registry.code(a)), None)
    if code:
        seen.setdefault(sentence_bounds(doc, f.head)[0], code)


# A counting word before a noun (``Tausende Demonstranten``: det or nmod in the parses).
COUNT_DEPS = frozenset({"det", "nmod", "nk", "amod"})
# Where a clause happens: a prepositional phrase of its verb (UD and TIGER labels).
PLACE_DEPS = frozenset({"obl", "mo", "advmod", "nmod"})
# "TRT-Mandatsträger", "PAD-Anhänger": officials of an organisation the text names by its
# acronym are that organisation's people, of the story's state like the organisation.
ACRONYM_MODIFIER = re.compile(r"^[A-ZÄÖÜ]{2,6}-[A-ZÄÖÜ]")


def give_code(f: Found, code: str, registry: ActorRegistry) -> None:
    """A role mention that needed a state gets ``code``: its text actor takes the role with
    that state, a bare role becomes the state's group in the role's sector."""
    assert f.role is not None
    if f.actors:
        actor_id = f.actors[0]
        actor = registry.actors[actor_id]
        if not actor.in_kb and actor.code is None:
            registry.add_role(actor_id, Role(title=f.role.title, code=code, sector=f.role.sector))
    else:
        f.actors = [registry.group(code, f.role.sector)]
    f.needs_code = False


def clause_place(doc: Doc, f: Found, places: dict[int, str]) -> str | None:
    """Police, courts, civilians act where their clause happens: ``soll in Belgien einem
    Haftrichter vorgeführt werden`` → BEL — a state or city after ``in`` that depends on
    the same verb as the role (not one of another clause: ``die Polizei nahm den Mann
    fest, der in Afghanistan kämpfte``). A word counting the role's noun (``Tausende`` of
    ``Tausende Demonstranten``) belongs to the clause of that noun."""
    head = doc[f.head]
    if head.dep_ in COUNT_DEPS and head.head.pos_ == "NOUN" and head.i < head.head.i:
        head = head.head
    verb = head.head
    if verb.i == head.i:
        return None
    for sibling in verb.children:
        if sibling.i == head.i or sibling.dep_ not in PLACE_DEPS or sibling.i not in places:
            continue
        if any(c.dep_ == "case" and c.lower_ in IN_PLACE for c in sibling.children):
            return places[sibling.i]
    return None


def paragraph_frame(doc: Doc, f: Found, places: dict[int, str]) -> str | None:
    """``Im Tschad regiert seit 2021 eine Junta. … Bei Protesten waren Dutzende Menschen
    getötet worden``: a paragraph that opens with ``In``/``Im`` and a state sets the scene of
    its sentences; their bodies and people without a state are that state's, not the
    dateline's or the headline's."""
    # walked back over the forms as strings (``words_of``), not a Token per word
    text = words_of(doc).text
    start = f.start
    while start > 0 and "\n" not in text[start - 1]:
        start -= 1
    if start >= f.start or doc[start].lower_ not in IN_PLACE:
        return None
    for i in range(start + 1, min(start + 3, f.start)):
        if i in places:
            return places[i]
        if doc[i].lower_ not in DEFINITE:
            break
    return None


def state_tokens(found: list[Found], registry: ActorRegistry) -> dict[int, str]:
    """Head token → state code of every mention of a state itself, by name or metonym
    (``Russland``, ``Moskau``; not a party or body of it)."""
    result: dict[int, str] = {}
    for f in found:
        if f.kind not in ("name", "metonym") or len(f.actors) != 1:
            continue
        entry = registry.kb.entries.get(registry.actors[f.actors[0]].code or "")
        if entry is not None and entry.kind == "state" and f.actors[0] == entry.id:
            result[f.head] = entry.id
    return result


def city_tokens(doc: Doc, settings: Iterable[tuple[int, str]]) -> dict[int, str]:
    """Token → state of every token of the places the story is said to happen in
    (``setting_states``: ``in Eriwan``, ``in der irakischen Stadt Haditha``); all tokens of
    a name of several words, as the parser may head its phrase on any (``in Addis Abeba``)."""
    result: dict[int, str] = {}
    for start, code in settings:
        result[start] = code
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            result[end] = code
            end += 1
    return result


def _spoken_for(doc: Doc, found: list[Found], registry: ActorRegistry, sentence: int) -> str | None:
    """A spokesperson whom the text gives no principal (``hieß es vom Sprecher Mark Toner``)
    speaks for the body that acts in this sentence or the one before (``Das
    Außenministerium der Vereinigten Staaten kritisierte …``): a state or organisation that
    is a subject there, named or as an office (not a person: their spokesperson has a
    ``von``)."""
    previous = sentence_bounds(doc, sentence - 1)[0] if sentence > 0 else sentence
    for f in found:
        if not previous <= f.start < sentence_bounds(doc, sentence)[1] or len(f.actors) != 1:
            continue
        if f.kind not in ("name", "metonym", "role") or f.part or not acts_in(doc, f):
            continue
        actor = registry.actors[f.actors[0]]
        if actor.kind != "person" and actor.code:
            return actor.code
    return None


def _names_armed_group(f: Found, registry: ActorRegistry) -> bool:
    return f.kind == "name" and len(f.actors) == 1 and _is_armed_group(f.actors[0], registry)


def _is_armed_group(actor_id: str, registry: ActorRegistry) -> bool:
    entry = registry.kb.entries.get(actor_id)
    return entry is not None and entry.kind != "state" and entry.sector == "REB"


def _subject_state(
    doc: Doc, f: Found, subject: tuple[str, int, int] | None, codebook: Codebook
) -> str | None:
    """The state acting as subject in the role's sentence, unless the role is the speaker
    reporting what the state's clause says: in ``Die Ukraine brauche jede Unterstützung, sagte der
    Oppositionsführer`` the speaker is not of the state he speaks about (``Großbritannien
    plane, Soldaten zu senden``: the soldiers are in the state's clause)."""
    if subject is None:
        return None
    code, verb, where = subject
    head = doc[f.head]
    while head.dep_ in ATTRIBUTE_DEPS and head.head.i != head.i:
        head = head.head  # "eine Sprecherin des Außenministeriums": the phrase's clause
    if is_subjectish(head) and head.head.i not in (verb, head.i) and _reports(head.head):
        return None
    if is_subjectish(head) and head.head.i == verb and head.i < verb < where:
        # A verb has one subject: when the parser labels both the role before the finite
        # verb and a state after it its subject (``Das Außenministerium warf Moskau
        # Spionage vor``), the state is an object and the role acts for its own side.
        return None
    slots = {OBJECT_SLOTS[head.dep_]} if head.dep_ in OBJECT_SLOTS else set()
    if is_subjectish(head) and head.head.i == verb and where < verb < head.i:
        # Two subjects again, the state first (``Großbritannien warf den Soldaten … vor``
        # parsed with two subjects): the role after the verb is its object.
        slots = {"obj", "dat"}
    if head.head.i == verb and _is_addressed(doc[verb], slots, codebook):
        return None
    return code


# Event types whose object is the one spoken to or about: a state that accuses, demands
# of, rejects or warns someone addresses another side; a state that attacks, shells or
# bombs someone strikes another side ("Russische Kampfjets bombardierten Stellungen der
# Rebellen": the rebels are not Russian). Not COERCE: a state arrests and bans its own.
ADDRESSED_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "ASSAULT"})
# The codebook's frame slot of an object label (UD and TIGER).
OBJECT_SLOTS = {"obj": "obj", "oa": "obj", "iobj": "dat", "da": "dat"}


def _is_addressed(verb: Token, slots: set[str], codebook: Codebook) -> bool:
    """Whether an object (in one of the frame ``slots``) of ``verb`` is whom a verb of
    accusing, demanding, rejecting or warning is aimed at (the codebook's recipient slot;
    separable verbs with their particle, ``auffordern``): ``Die Bundesregierung
    bezeichnete das Vorgehen der Sicherheitskräfte als inakzeptabel``, ``Berlin forderte die
    Konfliktparteien auf``: the forces and the parties judged are not the judge's own, as
    ``Großbritannien plane, Soldaten zu senden`` are."""
    if not slots:
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")), "")
    predicates = codebook.verbs(particle + verb.lemma_)
    return any(
        p.type in ADDRESSED_TYPES and not slots.isdisjoint(p.frame.recipient) for p in predicates
    )


def _reports(verb: Token) -> bool:
    """Whether a verb reports speech (``sagte``, ``erklärte``; the quotation lexicon)."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")), "")
    return bool(load_lexicon().verbs_for(verb.lower_, verb.lemma_, particle))


# A noun's genitive or prepositional attribute (UD and TIGER labels).
ATTRIBUTE_DEPS = frozenset({"nmod", "nmod:poss", "ag", "pg"})


def _subject_states(
    doc: Doc, found: list[Found], registry: ActorRegistry
) -> dict[int, tuple[str, int, int]]:
    """Sentence start → the state (of a name or metonym) that is a subject there, with the
    verb it is the subject of and its own head token. A party with a generic name of a
    state the article never names gives none (``Die Demokratische Partei`` in a story about
    Thailand is Thailand's, which the home state step decides)."""
    result: dict[int, tuple[str, int, int]] = {}
    if not doc.has_annotation("SENT_START"):
        return result
    named = set(state_tokens(found, registry).values())
    party_words = actor_words().generic_party_words
    for f in found:
        if f.kind not in ("name", "metonym") or len(f.actors) != 1:
            continue
        actor = registry.actors[f.actors[0]]
        if actor.sector == MEDIA_SECTOR:
            continue  # "Laut CNN …": the medium reports, its state does not act
        if _names_armed_group(f, registry):
            continue  # Wagner (coded RUS) fighting in Mali: the army in its clause is Mali's
        entry = registry.kb.entries.get(actor.code or "")
        generic = any(w in party_words for w in doc[f.start : f.end].text.split())
        if entry is not None and generic and entry.id not in named:
            continue
        if entry is not None and entry.kind == "state" and acts_in(doc, f):
            verb = doc[f.head].head.i if is_subjectish(doc[f.head]) else min(f.end, len(doc) - 1)
            result.setdefault(sentence_bounds(doc, f.head)[0], (entry.id, verb, f.head))
    return result
