"""Step 2: role words — titles before names and role mentions of their own."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from lagebild.analysis import Role
from lagebild.kb.actor_words import actor_words
from lagebild.kb.dates import role_valid_at
from lagebild.kb.loader import OPPOSING_TITLES, KnowledgeBase, RoleWord
from lagebild.pipeline.actors.core import (
    CLOSING_QUOTES,
    COMPATRIOT_ENDINGS,
    DEFINITE,
    DETERMINERS,
    EU_CODE,
    EUROPEAN,
    MAX_QUOTED_NAME,
    MIN_COMPOUND_HEAD,
    OPENING_QUOTES,
    PERSON_NOUN_ENDINGS,
    STATE_SECTOR,
    Found,
    remembered,
)
from lagebild.pipeline.actors.home import dateline_states
from lagebild.pipeline.actors.names import FEDERAL_PREFIX, RoleInfo, best_match, strip_genitive
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.words import (
    clause_start,
    dateline_tokens,
    is_capitalised,
    is_former,
    is_plural,
    is_spokesperson,
    sentence_start,
    title_gender,
    words_of,
)

# "Der US-Botschafter in Kambodscha, Patrick Murphy,": the post of an office before an
# apposed name (a preposition and a place of at most three words).
POST_PREPOSITIONS = frozenset({"in", "im", "bei", "beim"})
MAX_POST_TOKENS = 5
MAX_RESIDENCE_PLACE = 5  # words of "in den Vereinigten Staaten" before the participle


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
        # Names in quotation marks given to a group role ("Partei „Neue Rechte“") → actor.
        self.quoted_names: dict[str, str] = {}
        self.context: Counter[str] = Counter(
            registry.code(a) or "" for f in names for a in f.actors
        )
        # "Der Bundespräsident" in a story datelined in Vienna is Austria's: a federal office
        # word's default state (DEU) yields to the dateline's (actor_words: federal_titles)
        self.federal_state = _federal_dateline_state(doc, kb)

    def role_word(self, token: Token) -> RoleWord | None:
        text = token.text
        if not is_capitalised(text):
            return None
        return remembered(self.cache, text, self._role_word)

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

    def _unit(self, text: str) -> RoleWord | None:
        """``Polizeiinspektion``, ``Polizeiwachen``, ``Regierungspräsidium``: a unit of the
        body the modifier names is a group of that body's sector (the head alone, or after
        another modifier, ``Mahnwache``, ``Kohlerevier``, is no actor)."""
        folded = text.casefold()
        for ending in self.kb.unit_heads:
            if folded.endswith(ending) and len(text) > len(ending) + 3:
                modifier = text[: -len(ending)]
                body = self.kb.role_word(modifier) or self.kb.role_word(modifier.rstrip("s"))
                if body is not None and body.kind == "group":
                    return RoleWord(text, body.title, body.sector, "group", body.code)
        return None

    def _compound_head(self, text: str) -> RoleWord | None:
        """A closed compound headed by a role word: ``Flughafenbehörde`` → Behörde,
        ``Regierungsvertreter`` is not (Vertreter is no role word). The modifier's own
        sector wins when it is a role word too (``Armeeführung`` → MIL)."""
        chief = self._chief(text) or self._circles(text) or self._unit(text)
        if chief is not None:
            return chief
        if self.kb.no_compound(text):
            return None  # "Schiedsrichter", "Ausrichter": roles.yaml says these are no judges
        for cut in range(3, len(text) - MIN_COMPOUND_HEAD + 1):
            head = text[cut:]
            if not head[0].islower():
                continue
            word = self.kb.role_word(head.capitalize())
            if word is None:
                continue
            modifier = self.kb.role_word(text[:cut].rstrip("s")) if cut > 3 else None
            sector = modifier.sector if modifier is not None else word.sector
            if modifier is None and word.code is None and word.kind == "person":
                officer = self.kb.officer_compound(text)
                if officer is not None:
                    return officer
            return RoleWord(
                text, _compound_title(text[:cut], word), sector, word.kind, word.code, word.covers
            )
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
            if i in taken or not noun or not is_capitalised(text):
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
        if self.quoted_names:
            found.extend(self._repeated_quoted_names(taken))
        self._appositions(found)
        self._classified_organisations(found)
        return sorted(found, key=lambda f: (f.start, -f.end))

    def _classified_organisations(self, found: list[Found]) -> None:
        """``die Hilfsorganisation Oxfam``, ``der Staatenbund Asean``, ``des
        südostasiatischen Staatenbundes Asean``: a noun right before the name of an
        organisation the KB knows says what kind of body it is (a close apposition, the way
        German news introduce a body), so the phrase is that organisation, not a body of
        the story's state (was the home state, or the EU for ``Staatenbund``). Only a noun
        whose phrase gave it no state (``der serbische Geheimdienst BIA`` keeps Serbia) and
        no person's role (``Sprecher``); it is no role word any more, so later plural roles
        (``islamistische Gruppen``) do not take the organisation from it."""
        names = {f.start: f for f in found if f.kind == "name" and not f.part and f.actors}
        for f in found:
            name = names.get(f.end)
            if name is None or f.kind not in ("role", "description") or f.head != f.end - 1:
                continue
            if f.role is not None and (f.role.kind == "person" or not f.needs_code):
                continue
            if all(self._kb_organisation(a) for a in name.actors):
                f.kind, f.actors, f.needs_code = "description", list(name.actors), False
                f.role = None

    def _kb_organisation(self, actor_id: str) -> bool:
        actor = self.registry.actors[actor_id]
        return actor.in_kb and actor.kind in ("organisation", "group")

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
            before = by_end.get(self._post_end(person.start - 1)) if person.start > 0 else None
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

    def _post_end(self, comma: int) -> int:
        """Where the role before an apposition's comma ends: at the comma, or before the
        post where the office is held (``Der US-Botschafter in Kambodscha, Patrick Murphy``,
        ``der Gesandte bei den Vereinten Nationen, X``): a place phrase of ``in``/``bei`` and
        a name, which says where the office is held, not whose it is."""
        doc = self.doc
        named = False
        for i in range(comma - 1, max(comma - MAX_POST_TOKENS, 0), -1):
            f = self.by_token.get(i)
            place = doc[i].pos_ == "PROPN"  # "in Manila": a capital used as a place, no mention
            named = named or place or (f is not None and f.kind in ("name", "metonym"))
            filler = doc[i].lower_ in DETERMINERS or doc[i].pos_ == "ADJ"
            if f is None and not place and not filler:
                break
            if named and doc[i - 1].lower_ in POST_PREPOSITIONS:
                return i - 1
        return comma

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

    def _is_state(self, code: str) -> bool:
        entry = self.kb.entries.get(code)
        return entry is not None and entry.kind == "state"

    def _is_person(self, found: Found) -> bool:
        return found.kind == "name" and self.registry.actors[found.actors[0]].kind == "person"

    # titles and appositions of names

    def _titles(self, person: Found) -> None:
        start, info = self._left_title(person.start)
        actor_id = person.actors[0]
        articled = self.doc[start].lower_ in DETERMINERS
        if info is not None and articled and self._genitive_name(person):
            # "Die Anhänger Castillos", "der Sprecher Nawalnys": after an article the title
            # takes the case ("des Präsidenten Putin"); a name in the genitive is whose the
            # role is, not who holds it (the role is a mention of its own).
            start, info = person.start, None
        if info is not None:
            former = actor_words().former_markers
            if not any(t.lower_.startswith(former) for t in self.doc[start : person.start]):
                self._current_office(actor_id, info)
            person.start = start
            self._give_role(actor_id, info)
        right = self._right_info(person.end)
        if info is not None and info.code and self._from_place(person.end):
            # "den deutschen Botschafter Jan Kricke aus N'Djamena (ausweisen)": the title
            # says whose he is; "aus" only where he comes from or is sent away from
            self._title_over_origin(actor_id, info)
            right = None
        if right is not None:
            self._give_role(actor_id, right)
        actor = self.registry.actors[actor_id]
        titled = info or right
        if not actor.in_kb and actor.code is None and titled is not None:
            person.role, person.needs_code = titled.word, True  # the state comes from context

    def _genitive_name(self, person: Found) -> bool:
        """Whether a person's name stands in the genitive (``Castillos``, ``Nawalnys``)."""
        last = self.doc[person.end - 1].text
        name = self.registry.actors[person.actors[0]].name.split()
        if last == name[-1] + "s" or last.endswith("'"):
            return True
        # a text person named by the genitive alone is still "Castillos" here (coreference
        # joins it to "Pedro Castillo" later): the surname of a person named before
        return last.endswith("s") and any(
            self.doc[f.end - 1].text == last[:-1] for f in self.names if self._is_person(f)
        )

    def _envoy_to_organisation(self, role: RoleWord | None, code: str | None) -> bool:
        """``UN-Botschafter``, ``Nato-Gesandter``: a state's envoy to an organisation, whose
        prefix names where he serves, not whom he serves."""
        if role is None or code is None or self._is_state(code):
            return False
        return role.title.lower().endswith(actor_words().envoy_titles)

    def _from_place(self, end: int) -> bool:
        return end < len(self.doc) and self.doc[end].lower_ == "aus"

    def _title_over_origin(self, actor_id: str, info: RoleInfo) -> None:
        actor = self.registry.actors[actor_id]
        if not actor.in_kb and info.code and self._is_state(info.code):
            actor.code = info.code

    def _current_office(self, actor_id: str, info: RoleInfo) -> None:
        """A KB person the text titles with an office of their own state, not as a former
        one (``Der afghanische Innenminister Mohammad Hanif Atmar``), holds it at the
        article's date: the KB lists some offices of a person only, so a person without a
        KB office at the date takes the title's sector."""
        actor = self.registry.actors[actor_id]
        if (
            actor.in_kb
            and actor.kind == "person"
            and actor.sector is None
            and info.word is not _MEMBER
            and info.word.kind == "person"
            and info.sector is not None
            and info.code is not None
            and info.code == actor.code
        ):
            actor.sector = info.sector

    def _give_role(self, actor_id: str, info: RoleInfo) -> None:
        actor = self.registry.actors[actor_id]
        if actor.in_kb:
            self._international_title(actor_id, info)
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
        gender = title_gender(info.text, info.word) if info.text else None
        if gender is not None:  # "Präsidentin" says more than the model's morphology
            self.registry.genders[actor_id] = gender

    def _international_title(self, actor_id: str, info: RoleInfo) -> None:
        """A KB person the text titles as an officer of an international organisation
        (``EU-Ratspräsident Juncker``, ``UN-Sondergesandter Annan``) acts for it in this
        article, whatever office the KB gives them at the date."""
        owner = self.kb.entries.get(info.code or "")
        actor = self.registry.actors[actor_id]
        if (
            info.word is not _MEMBER
            and owner is not None
            and owner.kind != "state"
            and owner.sector == "IGO"
            and actor.code != owner.id
        ):
            actor.code, actor.sector = owner.id, "IGO"
        elif info.word is not _MEMBER and owner is not None and owner.kind != "state":
            self._group_title(actor_id, owner.code or owner.id)

    def _group_title(self, actor_id: str, code: str) -> None:
        """``HTS-Anführer Abu Mohammed al-Dscholani`` on the day HTS took Damascus: a title
        naming a group the KB person leads at the date picks that role among the person's
        roles then (he was also de facto head of state from that day)."""
        actor = self.registry.actors[actor_id]
        entry = self.kb.entries.get(actor_id)
        date = self.registry.date
        if entry is None or date is None or actor.code == code:
            return
        for role in entry.roles:
            if role.code == code and role_valid_at(role, date):
                actor.code, actor.sector = role.code, role.sector
                return

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
        party_state = False  # the code is only the state of a party or domestic body
        floor = clause_start(doc, start)
        while i >= floor and i not in self.blocked:
            tok = doc[i]
            name = self.by_token.get(i)
            at = self.role_word_at(i) if role is None else None
            if at is not None and at[0].title in OPPOSING_TITLES:
                at = None  # "sein Gegner Juan Pérez": a rival, maybe from elsewhere
            if at is not None:
                role, title_start = at
                role_text = tok.text
                party_state = code is None and role.org is not None
                code = code or self._word_code(role, tok) or self._prefix_code(tok)
                i = title_start - 1
                continue
            elif name is not None and not self._is_person(name):
                named = self._code_of(name)
                if party_state and named is not None and self._is_state(named):
                    code = named  # "der französische Linkspolitiker": France's left, not DEU's
                elif self._envoy_to_organisation(role, code) and named and self._is_state(named):
                    code = named  # "der russische UN-Botschafter": Russia's envoy at the UN
                code = code or named
                title_start = name.start
                i = name.start - 1
                continue
            elif tok.text.endswith("-") or tok.lower_ == "und" and doc[i - 1].text.endswith("-"):
                pass  # "Staats- und Parteichef"
            elif role is not None and (residence := self._residence_start(i, floor)) is not None:
                title_start = residence  # "den in den USA lebenden Prediger": no state
                i = residence - 1
                continue
            elif role is not None and (city := self._city(tok.text)) is not None:
                city, i = self._longer_city(city, i, floor)
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
                code = code or self._word_code(word, tok) or self._prefix_code(tok)
            elif role is None and tok.lower_ not in DETERMINERS and tok.pos_ != "ADJ":
                return None
        if role is None:
            return None
        return RoleInfo(role, code, role.sector)

    def _word_code(self, word: RoleWord, token: Token) -> str | None:
        """The state the role word itself names (``Kremlchef`` → RUS, ``Bundes…`` → DEU),
        a federal office word the dateline's federation's when it is one that names its
        offices so (``Wien (APA) - Der Bundespräsident``)."""
        if self.federal_state and word.code and token.text.startswith(FEDERAL_PREFIX):
            return self.federal_state
        return word.code

    def _prefix_code(self, token: Token) -> str | None:
        if "-" not in token.text:
            return None
        hits = [
            h
            for h in self.kb.lookup_prefix(token.text)
            if self.kb.entries[h.entry_id].kind != "person"
        ]
        return (
            self.kb.entries[best_match(hits, self.kb, self.context).entry_id].code if hits else None
        )

    def _code_of(self, found: Found) -> str | None:
        codes = [self.registry.code(a) for a in found.actors]
        return next((c for c in codes if c), None)

    # role mentions of their own

    def _role_mention(self, token: Token, word: RoleWord) -> Found | None:
        doc = self.doc
        start, code, definite, city = self._left_modifiers(token.i)
        if word.title not in OPPOSING_TITLES:  # "G8-Gegner" are not of the G8
            code = code or self._word_code(word, token) or self._prefix_code(token)
        end = token.i + 1
        principal: str | None = None
        owner_sector: str | None = None
        genitive = self._genitive(end)
        if genitive is not None:
            g_end, g_found = genitive
            if g_end < len(doc) and doc[g_found.head].pos_ == "ADJ" and doc[g_end].pos_ == "NOUN":
                g_end += 1  # "ein Soldat der italienischen Streitkräfte"
            if code is None or is_spokesperson(word):
                if self._is_person(g_found):
                    principal = g_found.actors[0]
                elif code is None:
                    owner_sector = self.registry.actors[g_found.actors[0]].sector
                code = code or self._code_of(g_found)
                end = g_end
        elif (
            end < len(doc) - 1
            and doc[end].lower_ in ("von", "vom", "aus")
            and is_capitalised(doc[end + 1].text)
        ):
            definite = False  # "der Bürgermeister von Ladenburg": someone not named before
        if code is None and not _deployed(word):
            located = self._located_in(end)  # "die Regierung in Kiew", "Machthaber in Teheran"
            if located is not None:
                code, end, city = located
        if code is None and any(t.lower_.startswith("dortig") for t in doc[start : token.i]):
            code = self._last_state_before(start)  # "dortige Rüstungsbetriebe": there
        if code is None and word.ambiguous:
            return None  # "in der Spitze 9000 Teilnehmer", "eine Botschaft": common words
        sector = word.sector
        # A role that inherits its owner's sector takes an organisation's (Mitglieder der
        # SPD → PTY), never a state's government: "Gewerkschaftsführer Deutschlands" stays LAB.
        inherits = self.kb.inherits_sector(word.title) and owner_sector != STATE_SECTOR
        if owner_sector is not None and (sector == STATE_SECTOR or inherits):
            sector = owner_sector  # "Sprecher der CDU" → PTY, "Generalsekretär der Nato" → IGO
            # the role itself, as "Grünen-Geschäftsführer" has it: an apposed name takes it
            word = replace(word, sector=sector)
        if principal is not None:
            p_actor = self.registry.actors[principal]
            code = p_actor.code
            if word.kind != "group" or not sector:
                # "Sprecher des Präsidenten" acts for him; "Gegner/Unterstützer/Soldaten des
                # Präsidenten" are of his state but remain what their own word says.
                sector = p_actor.sector or sector
        elif is_spokesperson(word):
            sector = self._compound_sector(token.text, word) or sector
        owner = self.kb.entries.get(code or "")
        if owner is not None and owner.kind != "state" and sector == STATE_SECTOR and owner.sector:
            sector = owner.sector  # "Nato-Sprecherin", "UN-Generalsekretär": the IGO's own
        if word.kind == "person" and not is_plural(token, word):
            actors = [self._role_person(token, word, code, sector, principal, definite, city)]
        elif code is not None:
            actors = [self.registry.group(code, sector)]
        else:
            actors = []
        plural_persons = word.kind == "person" and is_plural(token, word)
        if plural_persons:
            word = RoleWord(word.word, word.title, word.sector, "group", word.code, word.covers)
        quoted = self._quoted_name(end) if word.kind == "group" else None
        if quoted is not None:
            # "die georgische Partei „Neue Rechte“": the group has a name of its own.
            name = doc[end + 1 : quoted - 1].text
            role = Role(title=word.title, code=code, sector=word.sector)
            actors = [self.registry.text_actor(name, "organisation", role)]
            self.quoted_names[name] = actors[0]
            end = quoted
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

    def _quoted_name(self, i: int) -> int | None:
        """The end of a name in quotation marks at token ``i`` (``„Neue Rechte“``): up to
        six tokens, the first capitalised; None when there is none."""
        doc = self.doc
        if i >= len(doc) or doc[i].text not in OPENING_QUOTES:
            return None
        for k in range(i + 2, min(len(doc), i + MAX_QUOTED_NAME + 2)):
            if doc[k].text in CLOSING_QUOTES:
                return k + 1 if k > i + 1 and is_capitalised(doc[i + 1].text) else None
        return None

    def _repeated_quoted_names(self, taken: set[int]) -> list[Found]:
        """Later mentions of a quoted group name (``fordert die „Neue Rechte“``)."""
        doc = self.doc
        result: list[Found] = []
        for i, tok in enumerate(doc):
            if i in taken or tok.text not in OPENING_QUOTES:
                continue
            end = self._quoted_name(i)
            actor = self.quoted_names.get(doc[i + 1 : end - 1].text) if end else None
            if end is not None and actor is not None and not taken & set(range(i, end)):
                result.append(Found(i, end, "name", [actor], end - 2))
        return result

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
        if not is_capitalised(text):
            return None
        candidates = [strip_genitive(text), text]
        if text.endswith("er"):  # Mannheimer, Kölner; Bremer, Dresdner, Münchner
            candidates += [text[:-2], text[:-2] + "en", text[:-3] + "en"]
        for candidate in candidates:
            code = self.kb.city_state(candidate)
            if code is not None:
                return candidate, code
        return None

    def _longer_city(
        self, city: tuple[str, str], i: int, floor: int
    ) -> tuple[tuple[str, str], int]:
        """A city whose name ends with the city at ``i`` (``New Yorks``, not York's), and
        the token it starts at."""
        if i > floor and (longer := self._city(self.doc[i - 1 : i + 1].text)) is not None:
            return longer, i - 1
        return city, i

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
        word = self.role_word(doc[i])
        # Offices and state bodies named European are the EU's; a European NGO, firm or
        # citizen is not.
        official = word is not None and word.sector in OFFICIAL_SECTORS
        start, code, definite = i, None, False
        city_name: str | None = None
        j = i - 1
        floor = sentence_start(doc, i)
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
            residence = self._residence_start(j, floor)
            if residence is not None:  # "den in den USA lebenden Prediger": no state
                start = residence
                j = residence - 1
                continue
            city = self._city(tok.text) if tok.pos_ in ("PROPN", "ADJ", "NOUN") else None
            if city is not None:  # "die Münchner Polizei", "Mannheims Polizei"
                city, j = self._longer_city(city, j, floor)
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
                if code is None and tok.lower_.startswith(EUROPEAN) and official:
                    code = EU_CODE  # "die europäischen Außenminister": the EU's
                start = j
                j -= 1
                continue
            break
        return start, code, definite, city_name

    def _residence_start(self, j: int, floor: int) -> int | None:
        """Where ``in``/``im`` opens the place of a participle of residing at ``j`` (``in
        den USA lebenden``, ``im Exil lebende``), when only articles, names and adjectives
        stand between; None for any other word."""
        doc = self.doc
        if not doc[j].lower_.startswith(actor_words().residence_participles):
            return None
        for k in range(j - 1, max(floor, j - MAX_RESIDENCE_PLACE) - 1, -1):
            tok = doc[k]
            if tok.lower_ in ("in", "im"):
                return k if k < j - 1 else None
            if tok.lower_ not in DETERMINERS and tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
                return None
        return None

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
        for suffix in actor_words().spokesperson_suffixes:
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
                title_gender(token.text, word),
            )
        if code is not None and not is_former(token):
            holders = self.kb.holders(code, word.title, self.registry.date, city)
            gender = title_gender(token.text, word)
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
            title_gender(token.text, word),
            key=f"{word.title}-{code or 'x'}-{title_gender(token.text, word)}"
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


# Troops and soldiers serve abroad: "die Truppen in Afghanistan" are seldom Afghan ones
# (the government, police or army "in Kiew" are that state's). So do diplomats: "der
# russische Botschafter in Schweden", "die Botschaft in Kiew" serve in the state named
# after "in", which is their host, never their own (the Bundestag speeches use the phrase
# only so).
# A state's envoys to an organisation ("der russische UN-Botschafter") act for the state;
# not "der deutsche UN-Sondergesandte", an officer of the UN.
# (actor_words.yaml: envoy_titles, deployed_titles)


def _compound_title(modifier: str, word: RoleWord) -> str:
    """The title of a closed compound of a role word: its head's, but a leader's names what
    he leads, as ``Polizeichef`` does: ``der Einsatzleiter`` is not ``dem Geschäftsführer``
    named before, and neither holds the offices ``Chef`` covers."""
    return modifier + LEADER_TITLE.lower() if word.title == LEADER_TITLE else word.title


def _deployed(word: RoleWord) -> bool:
    return word.title.lower().endswith(actor_words().deployed_titles)


LEADER_TITLE = "Chef"  # roles.yaml: the generic leader (Leiter, Führer, Direktor, Spitze)
_MEMBER = RoleWord("Mitglied", "Mitglied", "CVL", "person", None)
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO"})


def _federal_dateline_state(doc: Doc, kb: KnowledgeBase) -> str | None:
    """The state of the dateline's first place when German names its offices "Bundes…" too
    (Austria, Switzerland: actor_words.yaml federal_titles), else None."""
    dateline = doc._.meta.dateline if doc.has_extension("meta") and doc._.meta else None
    if dateline is None or not dateline.places:
        return None
    states = dateline_states(dateline.places[:1], kb)
    federal = actor_words().federal_titles
    return states[0] if states and states[0] in federal else None
