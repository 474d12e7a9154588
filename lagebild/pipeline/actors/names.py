"""Step 1: names — NER entities and knowledge-base surfaces the NER missed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from lagebild.analysis import Role
from lagebild.german.scan import tokens_among
from lagebild.german.verbs import morph_values
from lagebild.kb.actor_words import actor_words
from lagebild.kb.forms import fold
from lagebild.kb.loader import (
    GENERATED_PERSON,
    OPPOSING_TITLES,
    KBEntry,
    KnowledgeBase,
    RoleWord,
    SurfaceMatch,
)
from lagebild.kb.parlgov import common_nouns
from lagebild.pipeline.actors.core import (
    CLOSING_QUOTES,
    COMMON_NOUN_ENDINGS,
    COORDINATORS,
    DEFINITE,
    DETERMINERS,
    EU_CODE,
    EUROPEAN,
    MAX_NAME_TOKENS,
    MAX_QUOTED_NAME,
    MAX_SINGLE_NAME,
    MIN_COMPOUND_HEAD,
    NAME_PARTICLES,
    OPENING_QUOTES,
    PARTICLE_NAME,
    STATE_SECTOR,
    Found,
)
from lagebild.pipeline.actors.registry import ActorRegistry, Words
from lagebild.pipeline.actors.words import (
    article_gender,
    dateline_tokens,
    gender_of,
    is_aimed_at,
    is_capitalised,
    is_former,
    is_place_use,
    is_plural,
    is_reported_from,
    is_subjectish,
    title_gender,
    title_states,
    words_of,
)

# --- step 1: names ---------------------------------------------------------------------


# The words of a company's name before its legal form (actor_words.yaml: legal_forms).
MAX_COMPANY_WORDS = 3
# prepositions a country's or town's bare name follows ("in Niger", "aus Guinea", "nach Island")
BARE_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach"})


# German calls any federation's bodies "Bundes…" (Ethiopia's, Austria's, Nigeria's): the
# KB's Bundesregierung or Bundespolizei is Germany's only when the text names no other.
FEDERAL_PREFIX = "Bundes"
# Articles before a river's name ("die Moldau", "am Niger", "des Kongos").
RIVER_ARTICLES = frozenset({"der", "die", "des", "dem", "den", "am", "vom", "zum"})


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
        # The same, without names that are also a river's or a region's (Moldau, Niger).
        self.clear_context: Counter[str] = Counter(self.context)
        for ent in doc.ents:
            hits = kb.lookup(ent.text)
            entries = {h.entry_id for h in hits}
            code = kb.entries[entries.pop()].code if len(entries) == 1 else None
            if code is not None:
                self.context[code] += 1
            # "kongolesische" names Kinshasa's Kongo or Brazzaville's: either counts here
            self.clear_context.update(
                {self.kb.entries[h.entry_id].code or "" for h in hits if not h.ambiguous}
            )
        # Persons known only from the text: actor id → (first token, words of the name).
        self.doc_names: dict[str, tuple[int, set[str]]] = {}

    def find(self) -> list[Found]:
        found: list[Found] = []
        taken: set[int] = set(self.blocked)
        unlinked: list[Span] = []
        for ent in self._pieces():
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            mention = self.link_entity(ent)
            if mention is not None:
                found.append(mention)
                taken.update(range(mention.start, mention.end))
            else:
                unlinked.append(ent)
        for ent in unlinked:
            mention = self.coordinated_organisation(ent, found, taken)
            if mention is not None:
                found.append(mention)
                taken.update(range(mention.start, mention.end))
            # An entity that names no actor stays free for the KB scan: the small model
            # cuts "Europäischen | Parlament".
        for f in found:
            actor = self.registry.actors[f.actors[0]]
            # A generated office holder is indexed by full name only: his surname later in
            # the article is found here, as a text person's is ("Bouterse").
            generated = f.actors[0].startswith(GENERATED_PERSON)
            if (
                actor.kind == "person"
                and (not actor.in_kb or generated)
                and f.actors[0] not in self.doc_names
            ):
                words = {w for w in actor.name.split() if len(w) > 1 and is_capitalised(w)}
                # "al-Hassani" is "Al-Hassani" at the start of a sentence.
                words |= {
                    w[0].upper() + w[1:] for w in actor.name.split() if PARTICLE_NAME.match(w)
                }
                self.doc_names[f.actors[0]] = (f.start, words)
        found.extend(self.scan(taken))
        found.extend(self.listed_persons(taken, found))
        found.extend(self.organisation_compounds(taken))
        found.extend(self.quoted_organisations(taken))
        found.extend(self.legal_form_companies(taken))
        return sorted(found, key=lambda f: f.start)

    def organisation_compounds(self, taken: set[int]) -> list[Found]:
        """A hyphenated name whose last part is an organisation noun is an organisation
        (``Fünf-Sterne-Bewegung``, ``Moslem-Bruderschaft``), also when NER missed it; a
        role word (``Dschandschawid-Miliz``) is left to the role finder."""
        words = words_of(self.doc)
        result: list[Found] = []
        heads = actor_words().organisation_heads
        for i in words.find(lambda w: "-" in w and w.rsplit("-", 1)[-1].capitalize() in heads):
            text = words.text[i]
            if i in taken or not is_capitalised(text) or self.kb.role_word(text) is not None:
                continue
            found = self.text_organisation(i, i + 1)
            if found is not None:
                result.append(found)
                taken.add(i)
        return result

    def quoted_organisations(self, taken: set[int]) -> list[Found]:
        """A name in quotation marks that opens with an organisation noun is an
        organisation, also when NER missed it (``die ''Koalition für Einheit und
        Entwicklung''``); a book or film title seldom opens with one."""
        doc = self.doc
        result: list[Found] = []
        heads = actor_words().organisation_heads
        # the opening marks by form, off the forms' places (a mark has no case: its lower-case
        # form is itself), not every word
        for tok in tokens_among(doc, OPENING_QUOTES):
            i = tok.i
            if i >= len(doc) - 2 or doc[i + 1].text not in heads:
                continue
            end = next(
                (
                    k
                    for k in range(i + 2, min(len(doc), i + MAX_QUOTED_NAME + 2))
                    if doc[k].text in CLOSING_QUOTES
                ),
                None,
            )
            if end is None or taken & set(range(i + 1, end)):
                continue
            found = self.text_organisation(i + 1, end)
            if found is not None:
                result.append(found)
                taken.update(range(i + 1, end))
        return result

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
                    or not is_capitalised(tok.text)
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

    def _titled_person_at(self, i: int, taken: set[int], words: Words) -> Found | None:
        """A name NER missed after a person's title: ``den in den USA lebenden Prediger
        Fethullah Gülen``, ``Der Chefunterhändler, Getachew Reda,`` — two or three
        capitalised words right after a person's role word at ``i`` (or its comma) that are
        no German noun or adjective (foreign names the small model tags NOUN), no role word
        and nothing the KB knows, outside any entity, are that person's name (its title is
        joined to it by the role finder)."""
        if words.pos[i] != "NOUN" or i + 3 > len(words.text):
            return None
        role = self.kb.role_word(words.text[i])
        if role is None or role.kind != "person" or self.doc[i].ent_type_:
            return None
        start = i + 2 if words.text[i + 1] == "," else i + 1
        end = start
        while end < min(len(words.text), start + 3) and self._unknown_name_word(end, taken):
            end += 1
        if end - start < 2 or self.kb.lookup(self.doc[start:end].text):
            return None
        if end < len(words.text) and self.doc[end].ent_type_:
            return None  # the name runs on into an entity: NER's, not ours
        actor_id = self.registry.text_actor(self.doc[start:end].text, "person", None)
        return Found(start, end, "name", [actor_id], end - 1)

    def _unknown_name_word(self, i: int, taken: set[int]) -> bool:
        text = self.doc[i].text
        return (
            i not in taken
            and not self.doc[i].ent_type_
            and is_capitalised(text)
            and text.replace("-", "").isalpha()
            and text.casefold() not in common_nouns()
            and self.kb.role_word(text) is None
        )

    # NER entities

    def _pieces(self) -> Iterator[Span]:
        """The entities, those NER ran over a comma or quotation mark cut there (``Die
        Zeit“ meldet, Giuliana Sgrena`` as one OTH): each piece on its own, a piece that opens
        with a known first name and has two capitalised words a person."""
        doc = self.doc
        for ent in _joined_persons(doc):
            cuts = [i for i in range(ent.start + 1, ent.end - 1) if doc[i].text in ENTITY_BREAKS]
            if not cuts:
                yield ent
                continue
            for start, end in zip(
                [ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end], strict=True
            ):
                if start >= end:
                    continue
                words = doc[start:end]
                person = (
                    len(words) >= 2
                    and words[0].text in self.kb.first_names
                    and all(is_capitalised(t.text) for t in words)
                )
                yield Span(doc, start, end, label="PER" if person else ent.label_)

    def link_entity(self, ent: Span) -> Found | None:
        label = ent.label_
        wider = self._kb_name_start(ent)
        if wider is not None:  # "Human | Rights Watch" as a PER: the KB knows the whole
            return self.name(wider, ent.end)
        around = self._organisation_around_adjective(ent)
        if around is not None:
            return self.name(*around)
        if label == "PER" and _names_organisation(ent) and not self._names_kb_person(ent):
            # "der Lesben- und Schwulenverband Deutschland" tagged PER: a body, by its noun
            return self.text_organisation(_coordinated_start(self.doc, ent.start), ent.end)
        if label.startswith("PER") and not label.endswith(("deriv", "part")):
            return self.person(self._entity_start(ent), ent.end)
        if label.endswith("part"):
            return self.prefixed(ent.start, ent.end)
        if label.endswith("deriv"):
            return self.adjective(ent.start, ent.end)
        found = self.name(ent.start, ent.end)
        if found is None and label == "OTH" and _names_organisation(ent):
            return self.text_organisation(ent.start, ent.end)
        if found is None and label == "LOC":
            acting = self.acting_city(ent.start, ent.end)
            if acting is not None:
                return acting
        if (
            found is None
            and label in ("LOC", "OTH")
            and not is_place_use(self.doc, ent.start)  # "in New York City" is a place
            and self._city_led(ent.start, ent.end)
        ):
            return self.text_organisation(ent.start, ent.end)  # "New York Times"
        if found is None and label == "ORG":
            first_text = self.doc[ent.start].text
            first = self.kb.role_word(first_text) or self.kb.officer_compound(first_text)
            if first is not None and first.kind == "person" and ent.end - ent.start > 1:
                return self.person(ent.start, ent.end)  # "Premierminister Boris Johnson"
            if self._after_person_title(ent):
                return self.person(ent.start, ent.end)  # "Stellvertreter | Rodolfo Nin Novoa"
            found = self.text_organisation(ent.start, ent.end)
        return found

    def _kb_name_start(self, ent: Span) -> int | None:
        """Where a KB state or organisation name begins that NER cut at the front: one or
        two capitalised words before the entity (``Human`` of Human Rights Watch, tagged
        as a determiner; ``Republik | Kongo``, whose short form is ambiguous); None when the
        entity is an unambiguous KB name itself or there is none."""
        doc = self.doc
        if ent.start == 0 or not _cut_name_word(doc[ent.start - 1]):
            return None
        if any(not h.ambiguous for h in self.kb.lookup(ent.text)):
            return None
        for start in range(max(0, ent.start - 2), ent.start):
            if start in self.blocked or not all(map(_cut_name_word, doc[start : ent.start])):
                continue
            hits = self.kb.lookup(doc[start : ent.end].text)
            if any(not h.ambiguous and self.kb.entries[h.entry_id].kind != "person" for h in hits):
                return start
        return None

    def _organisation_around_adjective(self, ent: Span) -> tuple[int, int] | None:
        """ "Die Organisation | Amerikanischer | Staaten": NER tags the state adjective inside
        an organisation's name, and the name around it, which the KB knows whole, was lost
        to the adjective's state (USA). The span of that name, if there is one."""
        doc = self.doc
        if not ent.label_.endswith("deriv") or ent.end - ent.start != 1:
            return None
        for start in range(max(0, ent.start - 2), ent.start + 1):
            for end in range(min(len(doc), ent.end + 2), ent.end - 1, -1):
                if end - start < 2 or not all(_cut_name_word(t) for t in doc[start : ent.start]):
                    continue
                if not all(_cut_name_word(t) for t in doc[ent.end : end]):
                    continue
                hits = self.kb.lookup(doc[start:end].text)
                if any(
                    not h.ambiguous and self.kb.entries[h.entry_id].kind not in ("person", "state")
                    for h in hits
                ):
                    return start, end
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
            and all(is_capitalised(t.text) and self.kb.role_word(t.text) is None for t in ent)
        )

    def text_organisation(self, start: int, end: int) -> Found | None:
        """An organisation the KB does not know (``Deutsche Bank``, ``Flughafenbehörde
        AENA``) is kept as a ``text:`` actor: its state from a state adjective in the name,
        its sector from a role word in it (``Gewerkschaft`` → LAB); a sector without a
        state takes the context's."""
        tokens = self.doc[start:end]
        if not any(is_capitalised(t.text) and t.text.replace("-", "").isalpha() for t in tokens):
            return None
        last = self.kb.role_word(tokens[-1].text)
        if last is not None and last.kind == "person":
            return None  # "der Oberkommandierende General": a title, left to the role finder
        code: str | None = None
        word: RoleWord | None = None
        for tok in tokens:
            if code is None:
                code = self.kb.adjective_state(tok.text, bodies=True)
            role = self.kb.role_word(tok.text) if is_capitalised(tok.text) else None
            if role is not None and role.kind == "group" and word is None:
                word = role
        code = code or self._state_prefixed(tokens[0].text) or self._city_led(start, end)
        if code is None and tokens[0].lower_.startswith(EUROPEAN):
            # "Europäische Polizeibehörden": bodies of Europe act as the EU; not a name that
            # has the word inside ("Allianz zur Europäischen Integration", a Moldovan party)
            code = EU_CODE
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

    def _state_prefixed(self, first: str) -> str | None:
        """The state a name opens with in its compound form, written apart (``US Air
        Force``, ``US Botschaft`` for US-Botschaft); the city-led names ("New York Times",
        "Washington Post") are tried after this."""
        if not (first.isalpha() and first.isupper()):
            return None
        states = {
            m.entry_id
            for m in self.kb.lookup(first + "-")
            if self.kb.entries[m.entry_id].kind == "state"
        }
        return states.pop() if len(states) == 1 else None

    def legal_form_companies(self, taken: set[int]) -> list[Found]:
        """Capitalised words before a company's legal form are a company (``der
        Bertelsmann AG``, ``die Deutsche Bahn AG``, ``Acme Inc``), also where NER missed
        them: its state from a state adjective in the name, else the context's."""
        words = words_of(self.doc)
        result: list[Found] = []
        forms = actor_words()  # actor_words.yaml: legal_forms
        for i in words.find(lambda w: w.rstrip(".") in forms.legal_forms_lower):
            if i in taken or self.doc[i].text.rstrip(".") not in forms.legal_forms:
                continue
            start = i
            while (
                start > 0
                and i - start < MAX_COMPANY_WORDS
                and start - 1 not in taken
                and start - 1 not in self.blocked
                and is_capitalised(self.doc[start - 1].text)
                and self.doc[start - 1].lower_ not in DETERMINERS
                and self.doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "X")
            ):
                start -= 1
            mention = self.text_organisation(start, i + 1) if start < i else None
            if mention is not None:
                result.append(mention)
                taken.update(range(start, i + 1))
        return result

    def coordinated_organisation(
        self, ent: Span, found: list[Found], taken: set[int]
    ) -> Found | None:
        """A name NER called a place or other, listed with an organisation the KB knows, is
        an organisation too (``Transparency International, Campact und LobbyControl``):
        the members of a coordination are of one kind. Not a city or region, nor a place
        after a preposition."""
        if ent.label_ not in ("LOC", "OTH") or any(i in taken for i in range(ent.start, ent.end)):
            return None
        if self.kb.city_state(ent.text) or is_place_use(self.doc, ent.start):
            return None
        ends = {f.end: f for f in found if not f.part}
        starts = {f.start: f for f in found if not f.part}
        before = ends.get(ent.start - 1) if self._joins(ent.start - 1) else None
        after = starts.get(ent.end + 1) if self._joins(ent.end) else None
        if not any(f is not None and self._is_organisation(f) for f in (before, after)):
            return None
        return self.text_organisation(ent.start, ent.end)

    def _joins(self, i: int) -> bool:
        return 0 <= i < len(self.doc) and (
            self.doc[i].text == "," or self.doc[i].lower_ in COORDINATORS
        )

    def _is_organisation(self, f: Found) -> bool:
        return len(f.actors) == 1 and self.registry.actors[f.actors[0]].kind in (
            "organisation",
            "group",
        )

    def acting_city(self, start: int, end: int) -> Found | None:
        """A city that is the subject of its clause acts for its state (``Delhi wies die
        Vorwürfe zurück`` → IND); a city anywhere else only says where a story is set."""
        state = self.kb.city_state(self.doc[start:end].text)
        head = self.doc[end - 1]
        if state is None or state not in self.kb.entries:
            return None
        if start and self.doc[start - 1].text in actor_words().land_nouns:
            # "das Land Niedersachsen", "des Freistaats Bayern": the Land as a body (its
            # government), wherever it stands in the clause; "im Land Hessen" is a place.
            if is_place_use(self.doc, start - 1):
                return None
            return Found(start - 1, end, "metonym", [self.registry.entry(state)], start - 1)
        if is_place_use(self.doc, start):
            return None
        if not is_subjectish(head):
            return None
        return Found(start, end, "metonym", [self.registry.entry(state)], end - 1)

    def _city_led(self, start: int, end: int) -> str | None:
        """The state of a city that opens a longer capitalised name: a newspaper, club,
        company or office named after its city belongs to that city's state (``New York
        Times``; as an adjective: ``Hamburger Gesundheitsamt``)."""
        doc = self.doc
        for size in (2, 1):
            rest = doc[start + size : end]
            if len(rest) and all(is_capitalised(t.text) for t in rest):
                text = doc[start : start + size].text
                # Mannheimer, Kölner; Bremer, Dresdner, Münchner (as the role finder reads them)
                adjective = [text[:-2], text[:-2] + "en", text[:-3] + "en"]
                for candidate in [text] + (adjective if text.endswith("er") else []):
                    state = self.kb.city_state(candidate)
                    if state is not None:
                        return state
        return None

    def _names_kb_person(self, ent: Span) -> bool:
        return any(self.kb.entries[h.entry_id].kind == "person" for h in self.kb.lookup(ent.text))

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
        # Putin", "von Premierminister | Boris Johnson"): RoleFinder adds titles. A name
        # the KB knows whole keeps its particle: "von der Leyen" is not "Leyen".
        while (
            start < end
            and not self._names_kb_person(doc[start:end])
            and (
                not is_capitalised(doc[start].text)
                or self.kb.role_word(doc[start].text) is not None
                or end - start > 1
                and self.kb.officer_compound(doc[start].text) is not None
            )
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
            doc[end - 1].text.endswith(COMMON_NOUN_ENDINGS)
            or not is_capitalised(doc[end - 1].text)
            and not PARTICLE_NAME.match(doc[end - 1].text)
        ):
            end -= 1  # "Sarah Koch verpasste in", "Xi Jinping Rückendeckung"
        text = doc[start:end].text
        hits = self.kb.lookup(text) or self.kb.lookup(strip_genitive(text))
        if any(self.kb.entries[h.entry_id].kind != "person" for h in hits):
            return self.name(start, end)  # NER said PER, the KB knows a state or organisation
        if end - start == 1 and not _single_name(doc[start]):
            return None  # a single common noun is no name
        if "Gen" in morph_values(doc[end - 1], "Case") or text.endswith(("'", "’")):
            text = strip_genitive(text)  # "Murthas" → Murtha; but "Evo Morales" stays
        gender = article_gender(doc, start) or gender_of(doc[end - 1])
        actor_id = self.registry.text_actor(text, "person", None, gender)
        actor = self.registry.actors[actor_id]
        if actor.code is None:
            actor.code = self._home_town_state(end)
        return Found(start, end, "name", [actor_id], end - 1)

    def _home_town_state(self, end: int) -> str | None:
        """``Familie Wallert aus Göttingen``, ``Anna Schmidt aus Frankreich``: a person from
        a city or state is of that state."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "aus":
            return None
        place = doc[end + 1].text
        states = {
            self.kb.entries[h.entry_id].code
            for h in self.kb.lookup(place)
            if h.form == "name" and not h.ambiguous and self.kb.entries[h.entry_id].kind == "state"
        }
        return self.kb.city_state(place) or (states.pop() if len(states) == 1 else None)

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
            if (
                tok.lower_ in NAME_PARTICLES
                and j + 1 < len(doc)
                and is_capitalised(doc[j + 1].text)
            ):
                j += 1
                after_particle = True
                continue
            if not (
                is_capitalised(tok.text)
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
                and is_capitalised(before.text)
                and (self.kb.role_word(before.text) is None)
            ):
                left = start - 1
        for s, e in _subspans(left, end):
            # A part of a longer name must be a full KB name ("Xi Jinping" in "Xi Jinping
            # Rückendeckung"), never a surname: "Hu" in "Hu Jia" is not Hu Jintao.
            whole = (s, e) == (start, end)
            # "den Rhein"; not a relative pronoun ("Stimmen, die Merkel … zugestehen")
            after_article = s > 0 and doc[s - 1].lower_ in DETERMINERS and doc[s - 1].pos_ != "PRON"
            surnames = whole and not after_article
            # "der Ex-Präsident Jimmy Carter": the text says the office is past.
            title = self.kb.role_word(doc[s - 1].text) if s > 0 else None
            past = title is not None and is_former(doc[s - 1])
            gender = title_gender(doc[s - 1].text, title) if title is not None else None
            entry_id = self._person_entry(doc[s:e].text, surnames, former, past, gender)
            if entry_id is not None:
                return Found(s, e, "name", [self.registry.entry(entry_id)], e - 1)
        return None

    def _person_entry(
        self,
        text: str,
        surnames: bool = True,
        former: bool = True,
        past: bool = False,
        gender: str | None = None,
    ) -> str | None:
        """The KB person a name means: one seen in the article, else one in office at its
        date; a bare surname or alias only for those two. ``past``: a former title precedes
        the name (``der Ex-Präsident``)."""
        matches = [m for m in self.kb.lookup(text) if self.kb.entries[m.entry_id].kind == "person"]
        # A generated office holder out of office at the date is left to the text: his
        # title there (EU-Kommissar McCreevy) says more than an old office (IRL minister).
        full = [
            m.entry_id for m in matches if m.form == "name" and self._dated_ok(m.entry_id, past)
        ]
        short = [m for m in matches if m.form != "name"] if surnames else []
        seen = [c for c in full + [m.entry_id for m in short] if c in self.registry.actors]
        in_office = [c for c in full if self.kb.role_at(c, self.registry.date)]
        # A bare surname that is also a common word or first name ("Kurz", "Richard",
        # marked ambiguous) only after the full name; any other for someone in a
        # government or international office at the date, else for the one KB person
        # with that surname ("Karadžić" in 2008).
        clear = list(dict.fromkeys(m.entry_id for m in short if not m.ambiguous))
        governing = [c for c in clear if self._governs(c)]
        if gender is not None:
            # "des republikanischen Senators McCain" is no woman (Cindy McCain of the WFP).
            clear = [c for c in clear if self.kb.entries[c].gender in (None, gender)]
        only = clear if former and len(clear) == 1 else []
        if only and self._word_of_text_name(text):
            only = []  # "Pérez" after "Adolfo Pérez Esquivel" is he, not a namesake out of office
        return next(iter(seen or in_office or full or governing or only), None)

    def _word_of_text_name(self, text: str) -> bool:
        """Whether ``text`` is a word of a name the article gave someone the KB does not
        know: a person, or a person NER called an organisation (``Friedensnobelpreisträger
        Adolfo Pérez Esquivel``)."""
        return any(
            text in actor.name.split()
            for actor_id, actor in self.registry.actors.items()
            if actor_id.startswith("text:") and actor.kind in ("person", "organisation")
        )

    def _dated_ok(self, person_id: str, past: bool = False) -> bool:
        """Whether a KB person may be linked by name: a hand-written one always, a
        generated office holder (PETRARCH2, no later offices than 2014) only in office, or
        after it when the text gives a former title (``Ex-Präsident Jimmy Carter``)."""
        if not person_id.startswith(GENERATED_PERSON):
            return True
        date = self.registry.date
        if self.kb.role_at(person_id, date) is not None:
            return True
        roles = self.kb.entries[person_id].roles
        return past and any(date is None or (r.start or "") <= date for r in roles)

    def _governs(self, person_id: str) -> bool:
        role = self.kb.role_at(person_id, self.registry.date)
        return role is not None and role.sector in ("GOV", "IGO")

    def name(self, start: int, end: int) -> Found | None:
        text = self.doc[start:end].text
        hits = self.kb.lookup(text) or self.kb.lookup(strip_genitive(text))
        if hits and self._river_not_state(start, hits):
            return None
        if not hits and end - start == 1 and "-" in text:
            return self.prefixed(start, end)
        if not hits and end - start == 1:
            return self._city_adjective(start, end)
        if not hits:
            # NER calls "Premierminister Boris Johnson" an ORG now and then, and runs names
            # into the next word ("Russlands Reaktion").
            return self.kb_person(start, end, former=False) or self._inner_name(start, end)
        return self._from_matches(start, end, hits)

    def _river_not_state(self, start: int, hits: list[SurfaceMatch]) -> bool:
        """``die Moldau``, ``am Niger``: a state's name that is also a river's (marked
        ambiguous in the KB), after an article, is the river, unless the article names that
        state otherwise (its capital, its adjective). States of such names go without one:
        ``Moldau``, ``in Niger``."""
        if start == 0 or self.doc[start - 1].lower_ not in RIVER_ARTICLES:
            return False
        if not all(
            h.ambiguous and h.form == "name" and self.kb.entries[h.entry_id].kind == "state"
            for h in hits
        ):
            return False  # "des Roten Kreuzes": the ICRC or a national society, no river
        codes = {self.kb.entries[h.entry_id].code for h in hits}
        return not any(self.clear_context[c or ""] for c in codes)

    def _inner_name(self, start: int, end: int) -> Found | None:
        doc = self.doc
        for s, e in _subspans(start, end):
            if (s, e) == (start, end) or not is_capitalised(doc[s].text):
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
        match = best_match(hits, self.kb, self.context)
        entry = self.kb.entries[match.entry_id]
        if (
            match.form == "place"
            and is_place_use(self.doc, start)
            and not is_aimed_at(self.doc, start)
            and not is_reported_from(self.doc, start, end)
            and not self._between_states(start, end)
        ):
            return None  # "in Peking": where, not who; "Druck auf Belgrad": on whom
        if match.form == "institution" and entry.kind == "state":
            other = self._other_federation(start, end, entry.code)
            if other is not None:
                actor = self.registry.group(other, match.sector or STATE_SECTOR)
                return Found(start, end, "metonym", [actor], end - 1)
        if match.form in ("place", "institution", "organ"):
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

    def _between_states(self, start: int, end: int) -> bool:
        """``zwischen Moskau und Kiew``, ``die Krise zwischen Ankara und Berlin``: a capital
        right after ``zwischen`` with another capital or state after ``und`` is one side of a
        relation (talks, a crisis, mediation), as the second one already is. In the Bundestag
        speeches 6 of 7 such pairs of capitals are relations (`Draht zwischen Paris und
        Berlin`, `Beziehungen zwischen Belgrad und Pristina`); a route names a city that is
        no capital (`zwischen Berlin und Potsdam`) and stays a place; the one miss is a
        politician who `pendelt zwischen Rom und Brüssel`."""
        doc = self.doc
        if start == 0 or doc[start - 1].lower_ != "zwischen":
            return False
        if end + 1 >= len(doc) or doc[end].lower_ != "und":
            return False
        return any(
            m.form == "place" or m.form == "name" and self.kb.entries[m.entry_id].kind == "state"
            for m in self.kb.lookup(doc[end + 1].text)
            if not m.ambiguous
        )

    def _other_federation(self, start: int, end: int, code: str | None) -> str | None:
        """``die äthiopische Bundesregierung``, ``die Bundesregierung in Addis Abeba``,
        ``die österreichische Bundespolizei``: a federal body (``Bundes…``, German for any
        federation's) that the text gives another state, by its adjective or its seat. Not
        a seat of international bodies (``die Bundesregierung in Brüssel`` is Berlin's)."""
        doc = self.doc
        if not doc[start].text.startswith(FEDERAL_PREFIX):
            return None
        if start > 0:
            before = doc[start - 1].text
            states = self._states_of(before, ("adjective", "demonym"))
            if before.endswith(("e", "en", "er")) and len(states) == 1 and code not in states:
                return states.pop()
        if end + 1 < len(doc) and doc[end].lower_ == "in":
            for k in range(min(len(doc), end + 4), end + 1, -1):
                place = doc[end + 1 : k].text
                states = self._states_of(place, ("place", "name"))
                if len(states) == 1 and code not in states:
                    return states.pop()
        return None

    def _states_of(self, text: str, forms: tuple[str, ...]) -> set[str]:
        """The states whose name, place, adjective … ``text`` is (unambiguously)."""
        return {
            self.kb.entries[h.entry_id].code or h.entry_id
            for h in self.kb.lookup(text)
            if h.form in forms and not h.ambiguous and self.kb.entries[h.entry_id].kind == "state"
        }

    def _demonym(self, start: int, end: int, state: KBEntry) -> Found:
        """``Russen`` are a group (RUS/CVL); ``die Japanerin``, ``ein Russe`` a person."""
        token = self.doc[end - 1]
        word = RoleWord(token.text, token.text, "CVL", "person", state.code)
        if is_plural(token, word):
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
        match = best_match(hits, self.kb, self.context)
        sector = match.sector if match.form in ("institution", "organ", "place") else None
        rest = text.rsplit("-", 1)[-1]
        role = (
            self.kb.role_word(rest) if not whole and "-" in text and is_capitalised(rest) else None
        )
        if role is not None:
            if role.kind == "person" and not is_plural(self.doc[end - 1], role):
                return None
            if role.title in OPPOSING_TITLES:
                return None  # "G8-Gegner": left to the role finder, of the story's state
            # the whole compound's role: "Al-Qaida-Mitglied" takes the group's sector (REB)
            sector = (self.kb.role_word(text) or role).sector
        found = Found(
            start, end, "name", [self.registry.sector_of(match.entry_id, sector)], end - 1
        )
        found.part = not whole and role is None
        return found

    def adjective(self, start: int, end: int) -> Found | None:
        text = self.doc[start:end].text
        if self._names_a_document(start, end):
            return None
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
            [self.registry.entry(best_match(hits, self.kb, self.context).entry_id)],
            end - 1,
        )

    def _names_a_document(self, start: int, end: int) -> bool:
        """ "des Wiener Übereinkommens": a city's invariable adjective (-er) before a treaty,
        convention or process names where it was made (``place_named_documents``)."""
        text = self.doc[start:end].text
        if end - start != 1 or end >= len(self.doc) or not text.endswith("er"):
            return False
        noun = self.doc[end]
        documents = actor_words().place_named_documents
        return noun.pos_ in ("NOUN", "PROPN") and any(
            form.endswith(documents) for form in (noun.lower_, noun.lemma_.lower())
        )

    def _city_adjective(self, start: int, end: int) -> Found | None:
        """``Belgrader``, ``Moskauer``: the place's state (as an adjective, not a metonym)."""
        text = self.doc[start:end].text
        if not (text.endswith("er") and is_capitalised(text)):
            return None
        hits = [h for h in self.kb.lookup(text[:-2]) if h.form in ("place", "name")]
        if not hits:
            return None
        code = self.kb.entries[best_match(hits, self.kb, self.context).entry_id].code
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
            hit = (
                self._scan_at(i, taken, words)
                or self._doc_name_at(i, words)
                or self._titled_person_at(i, taken, words)
            )
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
        if words.pos[i] not in ("PROPN", "X", "NOUN", "") or not is_capitalised(text):
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
            longest = min(longest, first_words.get(fold(words.text[i]), -1) + 1)
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
        if "-" in text and is_capitalised(text) and len(text) > 3:
            return self.prefixed(i, i + 1)
        return None

    def _generic_description(self, start: int, end: int, hits: list[SurfaceMatch]) -> bool:
        """A description that is one common noun (``das Bündnis``, ``die Allianz``) names
        the organisation only in an article that names it: an anti-fascist ``Bündnis`` in
        Magdeburg is not NATO. Compounds that say what kind (``das Militärbündnis``) do."""
        if end - start != 1:
            return False
        word = self.doc[start].text
        stems = {word, strip_genitive(word), re.sub(r"nisses$", "nis", word)}
        if not any(stem.casefold() in common_nouns() for stem in stems):
            return False
        return not any(h.form == "description" and h.entry_id in self.registry.actors for h in hits)

    def _accept_scan(self, start: int, end: int, hits: list[SurfaceMatch]) -> Found | None:
        """KB hits outside NER need more care: adjectives must be adjectives, descriptions
        definite, names capitalised and not ambiguous, persons full names."""
        if self._names_a_document(start, end):
            return None
        doc = self.doc
        first = doc[start]
        clear = [h for h in hits if not h.ambiguous]
        if not clear and start > 0 and doc[start - 1].lower_ in DEFINITE:
            # "des Sicherheitsrats" after "der UN-Sicherheitsrat": a short form of an
            # organisation the article has named, as a bare surname is of a person.
            clear = [
                h
                for h in hits
                if h.entry_id in self.registry.actors
                and self.kb.entries[h.entry_id].kind not in ("person", "state")
            ]
        if not clear:
            # "Niger hat den Botschafter ausgewiesen" in a story datelined Niamey: a state's
            # name that is also a river or a region (Niger, Guinea, Kongo) is that state
            # where the article names the state otherwise (its capital, its adjective)
            clear = [
                h
                for h in hits
                if h.form == "name"
                and self.kb.entries[h.entry_id].kind == "state"
                and (
                    self.clear_context[self.kb.entries[h.entry_id].code or ""] > 0
                    # "in Niger", "aus Guinea": a bare name after a place preposition is a
                    # country or town; rivers and regions take the article (am Niger)
                    or (start > 0 and doc[start - 1].lower_ in BARE_PLACE_PREPOSITIONS)
                )
                and first.text[:1].isupper()
            ]
        if not clear:
            # "der Kongress", "die Fed" in a story about the USA: an institution whose name
            # is also a word (or another state's) is that state's where it leads the article.
            leader = self.context.most_common(1)[0][0] if self.context else None
            clear = [
                h
                for h in hits
                if h.form == "institution"
                and self.kb.entries[h.entry_id].kind == "state"
                and h.entry_id == leader
            ]
        hits = clear
        forms = {h.form for h in hits}
        if not hits:
            return None
        if forms <= {"demonym"} and _demonym_as_adjective(doc, start, end):
            forms = {"adjective"}  # "des Deutschen Bundestages": no German person
        if forms <= {"adjective"}:
            if first.pos_ in ("ADJ", "PROPN", "NOUN") or first.tag_.startswith("ADJ"):
                return Found(start, end, "name", [self.registry.entry(hits[0].entry_id)], end - 1)
            return None
        if "description" in forms and self._generic_description(start, end, hits):
            hits = [h for h in hits if h.form != "description"]
            forms = {h.form for h in hits}
            if not hits:
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
        if not is_capitalised(first.text) and not (
            end - start > 1 and is_capitalised(doc[end - 1].text)
        ):
            return None
        persons = [h for h in hits if self.kb.entries[h.entry_id].kind == "person"]
        if persons and len(persons) == len(hits):
            if end - start < 2 and not any(p.entry_id in self.registry.actors for p in persons):
                return None
            return self.person(start, end)
        return self._from_matches(start, end, [h for h in hits if h not in persons])


# Organisation nouns that end a hyphenated name (Fünf-Sterne-Bewegung).
# Tokens an entity never runs over: NER that does has joined two names (``Die Zeit“
# meldet, Giuliana Sgrena``).
ENTITY_BREAKS = frozenset({",", "“", "”", "„", "«", "»", '"'})


def _names_organisation(ent: Span) -> bool:
    """An entity of capitalised words holding an organisation noun (``Chaos Computer Club``,
    ``Arbeitskreis Vorratsdatenspeicherung``; also inside a compound: ``Volksallianz``)."""
    words = [t.text for t in ent if t.is_alpha]
    heads = actor_words().organisation_heads
    return (
        len(words) >= 2
        and all(is_capitalised(w) or w.islower() and len(w) <= 4 for w in words)
        and any(w in heads or _compound_head_in(w) for w in words)
    )


def _coordinated_start(doc: Doc, start: int) -> int:
    """Where a name begins that opens with a truncated coordination NER left out: ``Lesben-
    und | Schwulenverband Deutschland``."""
    if start >= 2 and doc[start - 1].lower_ == "und" and doc[start - 2].text.endswith("-"):
        return start - 2
    return start


def _compound_head_in(word: str) -> bool:
    return any(
        word.endswith(head.lower()) and len(word) > len(head) + 2
        for head in actor_words().organisation_heads
        if len(head) >= MIN_COMPOUND_HEAD
    )


def _cut_name_word(token: Token) -> bool:
    """A capitalised word outside any entity: maybe a part of a name NER cut off."""
    return is_capitalised(token.text) and token.ent_iob_ in ("O", "")


def _single_name(token: Token) -> bool:
    """Can this one word be a person's name NER found? Not a long common noun the small
    model tagged PER ("Menschenrechtskatastrophe")."""
    return (
        token.pos_ in ("PROPN", "X")
        and len(token.text) <= MAX_SINGLE_NAME
        and not token.text.endswith(COMMON_NOUN_ENDINGS)
    )


def _joined_persons(doc: Doc) -> list[Span]:
    """The entities, two person names NER split with nothing between joined into one
    (``Regierungssprecher Aziz | Mahamat Saleh``: German writes no two persons' names side
    by side without a comma or ``und``)."""
    result: list[Span] = []
    for ent in doc.ents:
        last = result[-1] if result else None
        if (
            last is not None
            and last.label_ == ent.label_ == "PER"
            and last.end == ent.start
            and not doc[last.end - 1].whitespace_.count("\n")
        ):
            result[-1] = Span(doc, last.start, ent.end, label="PER")
        else:
            result.append(ent)
    return result


def _may_start_name(text: str, pos: str) -> bool:
    """Names start capitalised; lower-case starts are adjectives (``russische``,
    ``westliche Militärbündnis``, ``auswärtige Amt``)."""
    return text[:1].isupper() or pos in ("ADJ", "") or text[:1].isdigit()


def _demonym_as_adjective(doc: Doc, start: int, end: int) -> bool:
    """A capitalised demonym form the tagger calls an adjective, before a noun, is the
    adjective opening a name (``des Deutschen Bundestages``, ``die Deutsche Bahn``), not a
    nominalised one naming people (``die Deutschen``)."""
    return (
        end - start == 1
        and doc[start].pos_ == "ADJ"
        and end < len(doc)
        and doc[end].pos_ in ("NOUN", "PROPN")
        and is_capitalised(doc[end].text)
    )


def _followed_by_noun(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].text[:1].isupper()


def _subspans(start: int, end: int) -> Iterable[tuple[int, int]]:
    """Longest first: the whole span, then shorter contiguous pieces (NER boundary errors)."""
    for n in range(end - start, 0, -1):
        for s in range(start, end - n + 1):
            yield s, s + n


def strip_genitive(text: str) -> str:
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


def best_match(
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
