"""Who an event's phrases name: mentions to event participants, speakers, places.

Maps the phrases ``arguments`` finds to ``EventParticipant`` objects through the mentions
of ``lagebild_actors`` (``token_mentions``, ``compound_at``), and supplies the actors a
sentence implies without naming: the speaker of a quotation, the state of a place
("in Teheran"), the own government of protesters, the organisation holding a meeting.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from lagebild.analysis import EventParticipant, Mention, Quote
from lagebild.codebook.loader import Codebook
from lagebild.german.names import looks_genitive
from lagebild.german.verbs import morph_values
from lagebild.kb.loader import KBEntry, KnowledgeBase, get_kb
from lagebild.pipeline.actors import compound_at, token_mentions
from lagebild.pipeline.events import arguments as args

# prepositions naming where a report comes from, not who spoke the act ("laut WWF")
SOURCE_CUES = frozenset({"laut", "zufolge", "gemäß", "nach"})
GENERIC_SUBJECTS = frozenset({"man", "wir", "ich", "uns"})
# What an act is about, not where it happens ("protestierte gegen die Invasion in der Ukraine").
TARGET_PREPOSITIONS = frozenset({"gegen", "an", "auf", "über", "für", "zu", "wegen"})
# sectors whose group stands for several bodies, each named by its own word
INSTITUTION_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})


def participants_in(
    doc: Doc, heads: list[Token], whole_subtree: bool = False, names_only: bool = False
) -> list[EventParticipant]:
    """The actors named by these phrases (coordinated heads included). ``names_only``: look
    only at the words naming the phrase's head (for actors: "die Spannungen mit den USA" does
    not name the USA as the one acting)."""
    found: list[EventParticipant] = []
    for head in heads:
        for mention in mentions_of_phrase(doc, head, whole_subtree, names_only):
            found.extend(participants(doc, mention))
    return unique(found)


# determiners by which a phrase names nobody ("darunter keine Deutschen", "kein Staat")
NEGATIVE_DETERMINERS = frozenset({"kein", "keinerlei"})


def names_nobody(token: Token) -> bool:
    """A phrase with a negative determiner denies that anyone of its kind takes part."""
    return any(
        c.dep_ == "det" and (c.lemma_ or c.text).lower() in NEGATIVE_DETERMINERS
        for c in token.children
    )


def mentions_of_phrase(
    doc: Doc, head: Token, whole_subtree: bool = False, names_only: bool = False
) -> list[Mention]:
    """Mentions naming a phrase: the compound or mention on its head (and on coordinated
    heads); failing that, the first mention inside it ("die Außenminister der OSZE").
    ``whole_subtree``: every mention inside the phrase, its clauses included."""
    index = token_mentions(doc)
    if whole_subtree:
        seen: dict[tuple[int, int], Mention] = {}
        aims = {t.i for c in head.subtree if c != head and is_purpose_clause(c) for t in c.subtree}
        for tok in head.subtree:
            if tok.i in aims:
                continue
            mention = index.get(tok.i)
            if mention is not None and mention.actors:
                seen.setdefault((mention.start, mention.end), mention)
        return list(seen.values())
    compound = compound_at(doc, head.i)
    if compound is not None and compound.actors:
        return [compound]
    found = []
    for conjunct in args.coordinated(head):
        if names_nobody(conjunct):
            continue
        mention = index.get(conjunct.i)
        if mention is not None and mention.actors:
            mention = _genitive_owner(conjunct, mention, index) or mention
        if (mention is None or not mention.actors) and _bare_pronoun(conjunct):
            # a personal or relative pronoun names by itself (resolved or not): a phrase hung
            # under it is a parse slip ("der der US-Regierung vorwarf", the dative under "der")
            continue
        if mention is None or not mention.actors:
            inside = args.name_tokens if names_only else args.phrase_tokens
            mention = _first_mention_in(inside(conjunct), index)
            found += _coordinated_with(mention, inside(conjunct), index)
        elif mention.kind in ("role", "description") and appositive_names(doc, conjunct, index):
            found.extend(appositive_names(doc, conjunct, index))
            continue
        elif mention.kind == "role":
            # "die Außenminister der OSZE": a role belongs to the organisation it is of
            mention = _principal(doc, conjunct, mention, index) or mention
        if mention is not None:
            found.append(mention)
    return found


# the complementisers of a purpose clause: "um … zu stützen", "damit … kann"
PURPOSE_MARKS = frozenset({"um", "damit"})


def is_purpose_clause(token: Token) -> bool:
    """A clause telling what an act is for ("weigerte sich, zuzustimmen, um die Ukraine-Hilfe
    zu stützen"): whom it names is whom the aim concerns, not what is demanded, refused or
    criticised."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in token.children):
        return True
    # the parser may hang "um" on the clause's first noun as its preposition
    first = next((t for t in token.subtree if not t.is_punct), token)
    return first.lower_ == "um" and first.i < token.i and args.has_zu(token)


def _genitive_owner(noun: Token, prefix: Mention, index: dict[int, Mention]) -> Mention | None:
    """ "dem Nato-Beitritt Schwedens zugestimmt": in an act noun whose compound's first part
    names an actor, that part is the act's goal; the genitive after it names whose act it
    is, and so whom the phrase names (Sweden, not NATO)."""
    # the linker marks the whole word: a hyphenated common noun whose first part is a name
    first_part = prefix.end < noun.idx + len(noun.text) or "-" in noun.text
    if not first_part or noun.pos_ != "NOUN" or args.is_mistagged_verb(noun):
        return None
    for child in noun.children:
        # the genitive by its form: an article ("der USA") or a name's -s ("Schwedens"); a
        # bare name after a plural is the verb's object ("forderten die G7-Staaten Russland")
        genitive = child.dep_ in ("nmod", "nmod:poss", "appos") and _genitive_form(child)
        mention = index.get(child.i)
        after = child.i > noun.i and args.preposition(child) is None
        if after and genitive and mention is not None and mention.actors:
            return mention
    return None


def _genitive_form(token: Token) -> bool:
    if any(c.dep_ == "det" and c.lower_ in ("der", "des") for c in token.children):
        return True
    return token.pos_ == "PROPN" and looks_genitive(token)


def _bare_pronoun(token: Token) -> bool:
    """A personal or relative pronoun, which takes no attributes; a partitive one does ("einer
    der Minister", "viele von ihnen")."""
    kinds = set(morph_values(token, "PronType"))
    for kind in list(kinds):
        kinds.update(kind.split(","))
    return token.pos_ == "PRON" and bool(kinds & {"Prs", "Rel"})


def appositive_names(doc: Doc, head: Token, index: dict[int, Mention]) -> list[Mention]:
    """The states and organisations an apposition names for a plural description: "die
    Sicherheitsratsmitglieder China und Indonesien" are China and Indonesia, whatever the
    linker guessed for the description from the context. (A person's name in apposition is
    linked less surely than the role before it: "der Sprecher der CDU, Friedbert Pflüger".)"""
    if morph_values(head, "Number") != ("Plur",):
        return []  # a group named by its members; "die Tagung …, PCF" only renames
    actors = doc._.actors or {}
    found = []
    for child in head.children:
        # a genitive is an attribute the parser took for an apposition ("Präsident Irans")
        if child.dep_ != "appos" or args.is_genitive(child):
            continue
        for conjunct in args.coordinated(child):
            mention = index.get(conjunct.i)
            if mention is None or mention.kind != "name" or not mention.actors:
                return []
            kinds = {info.kind for a in mention.actors if (info := actors.get(a)) is not None}
            if not kinds or not kinds <= {"state", "organisation"}:
                return []  # every member named must be one the linker is sure of
            found.append(mention)
    return found


def _first_mention_in(tokens: list[Token], index: dict[int, Mention]) -> Mention | None:
    # a possessive names the owner, not the phrase ("seinen Amtskollegen Blinken"): last resort
    for tok in sorted(tokens, key=lambda t: (t.dep_ in ("det:poss", "nmod:poss"), t.i)):
        mention = index.get(tok.i)
        if mention is not None and mention.actors:
            return mention
    return None


def _coordinated_with(
    mention: Mention | None, tokens: list[Token], index: dict[int, Mention]
) -> list[Mention]:
    """The names coordinated with the first one inside a phrase: "das Abkommen zwischen
    Äthiopien und Eritrea" names both sides, not only the first."""
    if mention is None:
        return []
    first = next((t for t in tokens if index.get(t.i) is mention), None)
    if first is None:
        return []
    found = []
    for conjunct in args.coordinated(first)[1:]:
        other = index.get(conjunct.i)
        # only names: a coordinated role or description ("Ministern und Staatssekretären")
        # is often one the linker cannot code
        if conjunct in tokens and other is not None and other.actors and other.kind == "name":
            found.append(other)
    return found


def _principal(doc: Doc, head: Token, role: Mention, index: dict[int, Mention]) -> Mention | None:
    """The organisation a role belongs to when the linker gave the role another state's code
    ("die Außenminister der OSZE" coded RUS from the context); a role of the same state stays
    the person it names ("den früheren Präsidenten Brasiliens")."""
    role_codes = {p.code for p in participants(doc, role)}
    for child in head.children:
        if child.dep_ in ("nmod", "nmod:poss") and args.preposition(child) in (None, "von"):
            principal = _first_mention_in(_without_places(child), index)
            if principal is None or principal is role or principal.start < role.end:
                continue
            if {p.code for p in participants(doc, principal)} - role_codes:
                return principal
    return None


def _without_places(phrase: Token) -> list[Token]:
    """The phrase without the "in" phrases inside it: "der Botschafter des Landes in den USA"
    is the envoy of the country, posted in the USA; an "in" phrase tells where someone is,
    not whose the role is."""
    places = {
        t.i
        for d in phrase.subtree
        if d != phrase and args.preposition(d) == "in"
        for t in d.subtree
    }
    return [t for t in args.phrase_tokens(phrase) if t.i not in places]


def participants(doc: Doc, mention: Mention) -> list[EventParticipant]:
    actors = doc._.actors or {}
    result = []
    for actor_id in mention.actors:
        actor = actors.get(actor_id)
        result.append(
            EventParticipant(
                code=actor.code if actor else None,
                sector=actor.sector if actor else None,
                text=mention.text,
                actor=actor_id,
                start=mention.start,
                end=mention.end,
            )
        )
    return result


def entity_key(doc: Doc, p: EventParticipant, organs: tuple[str, ...] = ()) -> str | None:
    """What makes two participants the same entity: the resolved actor, but for a state's
    institutional sector group the body's own word as well. The group stands for every body
    of the sector, so "Der Bundesrat schlug dem Bundestag vor" names two bodies (both DEU/LEG)
    and the second is the addressee; "die Regierung" and "der Regierung" stay one. Not for
    people (civilians, rebels: "sie" and "ihre Geiseln" may be told of the same few) nor
    for pronouns, whose word names nothing. So, with ``organs`` (the codebook's
    ``body_organs``), for an organ of an organisation of states: "Die Kommission forderte den
    Rat der Mitgliedstaaten auf" is one organ of the EU addressing another."""
    actor = (doc._.actors or {}).get(p.actor) if p.actor else None
    if actor is None or p.start is None or p.end is None:
        return p.actor
    institution = actor.kind == "group" and actor.sector in INSTITUTION_SECTORS
    body = bool(organs) and actor.kind == "organisation" and actor.sector == "IGO"
    if not (institution or body):
        return p.actor
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span) or any(t.pos_ == "PRON" for t in span):
        return p.actor
    word = span[-1].lower_
    if institution:
        return f"{p.actor}|{word}"
    # the organ, whatever its case or prefix ("EU-Kommission", "der Kommission"); the body's
    # own name ("der Strafgerichtshof", "die Ecowas") is the body itself
    organ = next((o for o in organs if word.endswith(o)), None)
    return f"{p.actor}|{organ}" if organ else p.actor


def unique(participants: list[EventParticipant]) -> list[EventParticipant]:
    seen: set[str | None] = set()
    result = []
    for p in participants:
        key = p.actor or f"{p.code}:{p.start}"
        if key not in seen:
            seen.add(key)
            result.append(p)
    return result


def speaker_of(doc: Doc, token: Token, verbal: bool) -> list[EventParticipant]:
    """Inside a quotation, an act whose subject names no actor ("man", "wir") is the
    speaker's: "Man lehne eine Blockbildung ab, erklärten Moskau und Peking"; so is a verbal
    act in the agentless passive: "erklärte, dass die Zeit … befristet sei"."""
    subjects = args.subjects(token) if not args.is_event_noun(token) else []
    agentless_speech = verbal and not subjects and args.is_passive(token)
    if not agentless_speech and (
        not subjects or any(s.lower_ not in GENERIC_SUBJECTS for s in subjects)
    ):
        return []
    quote = quote_around(doc, token)
    if quote is None or quote.speaker is None:
        return []
    if agentless_speech and quote.cue is not None and quote.cue.text.lower() in SOURCE_CUES:
        return []  # "ist laut WWF getroffen worden": the source reports, it did not decide
    return speaker_participants(doc, quote)


def speaker_participants(doc: Doc, quote: Quote) -> list[EventParticipant]:
    speaker = quote.speaker
    if speaker is None:
        return []
    mention = Mention(
        start=speaker.start, end=speaker.end, text=speaker.text, kind="name",
        actors=speaker.actors or ([speaker.actor] if speaker.actor else []),
    )  # fmt: skip
    return participants(doc, mention)


def quote_around(doc: Doc, token: Token) -> Quote | None:
    """The quotation whose content holds the token; a "reported" quote (a speech act told
    without its words) is the clause itself and says nothing about who else acts in it."""
    for quote in doc._.quotes or []:
        if quote.kind != "reported" and quote.start <= token.idx < quote.end:
            return quote
    return None


# prepositions that set an act noun before or beside the clause's own act ("nach den Angriffen",
# "seit dem Anschlag", "wegen der Angriffe"): the noun's act is another, earlier one
EARLIER_ACT_PREPOSITIONS = frozenset({"nach", "seit", "vor", "wegen", "infolge", "trotz"})


def earlier_act(token: Token) -> bool:
    """An act noun in a temporal or causal phrase of a clause with a verb of its own, which
    names a place of its own ("nach Angriffen … im Roten Meer"; without one, "nach einem
    Angriff auf einen Konvoi", it may well have happened where the clause is)."""
    return (
        token.pos_ == "NOUN"
        and args.preposition(token) in EARLIER_ACT_PREPOSITIONS
        and token.head.pos_ in ("VERB", "AUX")
        and any(
            t != token
            and args.preposition(t) == "in"
            and t.pos_ in ("NOUN", "PROPN")
            and not args.is_time_noun(t)
            for t in token.subtree
        )
    )


def location_actor(doc: Doc, token: Token, sector: str) -> list[EventParticipant]:
    """The state where an act without a named actor happened ("wurde in Teheran festgenommen"),
    or the body someone was brought before ("wurde ins Auswärtige Amt einbestellt")."""
    for child in token.children:
        if child.dep_ not in args.PP_DEPS or args.preposition(child) not in ("in", "von", "aus"):
            continue
        for place in place_codes(doc, child):
            return [place.model_copy(update={"sector": sector})]
        if _direction(child):
            body = participants_in(doc, [child], names_only=True)
            if body:
                return body
    # the place may hang elsewhere in the clause ("Streiks … haben den Flugbetrieb in Spanien
    # lahmgelegt"): one state named with "in" in the sentence
    # … but not inside what the act is about ("protestierte gegen die Invasion in der Ukraine")
    target = {
        t.i
        for child in token.children
        if args.preposition(child) in TARGET_PREPOSITIONS or child.dep_ == "obj"
        for t in child.subtree
    }
    # "Nach Angriffen auf Handelsschiffe im Roten Meer haben die USA … im Jemen bombardiert":
    # the clause's place is the later act's; an earlier act that names its own place
    # happened there
    scope = list(token.subtree) if earlier_act(token) else token.sent
    places = {
        p.code: p
        for t in scope
        if t.dep_ in ("obl", "nmod")
        and args.preposition(t) == "in"
        and t.i not in target
        and not _describes_someone(t, token)
        for p in place_codes(doc, t)
    }
    if len(places) == 1:
        (place,) = places.values()
        return [place.model_copy(update={"sector": sector})]
    return []


def _direction(phrase: Token) -> bool:
    """An in-phrase of direction, in the accusative ("ins Auswärtige Amt", "in das
    Außenministerium"), not of place ("im Außenministerium")."""
    return any(c.dep_ == "case" and c.lower_ == "ins" for c in phrase.children) or any(
        c.dep_ == "det" and morph_values(c, "Case") == ("Acc",) for c in phrase.children
    )


def _describes_someone(place: Token, predicate: Token) -> bool:
    """The place is inside a relative clause that describes a participant and does not hold
    the predicate: "Bemba, der seit 2007 im Exil in Portugal lebt, wurde bei Brüssel
    verhaftet" tells where he lives, not where he was arrested."""
    node, steps = place, 0
    while node.head != node and steps < 12:
        if node == predicate:
            return False
        if node.dep_ == "acl:relcl":
            return predicate not in node.subtree
        node, steps = node.head, steps + 1
    return False


def state_participant(
    doc: Doc, code: str, sector: str, actor: str | None = None
) -> EventParticipant:
    """A state standing in for an unnamed side (``sector``), named as the article's actors
    name it; ``actor`` is its actor id (the code itself unless given)."""
    info = (doc._.actors or {}).get(code)
    name = info.name if info else code
    return EventParticipant(code=code, sector=sector, text=name, actor=actor or code)


def home_actor(doc: Doc, sector: str) -> list[EventParticipant]:
    """The article's home state, for an act whose place the sentence does not name either
    ("Über 140 Personen wurden festgenommen" in a story about Bulgaria): the guideline codes
    unnamed police, protesters and attackers with the state they act in."""
    home = doc._.home_state
    if home is None:
        return []
    return [state_participant(doc, home.code, sector)]


def private_sides(
    doc: Doc, actor: list[EventParticipant], recipient: list[EventParticipant]
) -> bool:
    """Unnamed private people acting on no one the text names, or a single unnamed private
    person acting at all: "wurden von zwei Männern überfallen", "Ein Mann bedrohte einen
    Busfahrer". The guideline codes acts of political entities; people without organisation
    or office are one only as a collective, protesting (PROTEST, which the caller exempts) or
    acting on a named side ("Gegendemonstranten griffen die Protestierer an")."""
    if not actor or not all(is_private(doc, p) for p in actor):
        return False
    if all(_singular(doc, p) for p in actor):
        return True
    return all(_stand_in(p) or _unnamed_thing(doc, p) for p in recipient)


def unnamed_organisations(doc: Doc, actor: list[EventParticipant], heads: tuple[str, ...]) -> bool:
    """Every actor is a bare plural of an NGO word ("Menschenrechtsorganisationen
    kritisierten die Pläne", "Hilfsorganisationen hatten kritisiert"): German's bare plural
    refers to some organisations of the kind, naming none. The guideline gives a non-state
    organisation its own code, and an unnamed one stands for no state (unlike a domestic
    body such as the police): the state the linker supplied from the context is a guess.
    Only organisations: associations ("Händlerverbände") are domestic, the guideline's
    home state. Not with an article ("die Organisationen", taken up from before), an
    adjective ("deutsche Hilfsorganisationen") or a named example ("Hilfsorganisationen wie
    Oxfam")."""
    return bool(actor) and all(_bare_plural_ngo(doc, p, heads) for p in actor)


def _bare_plural_ngo(doc: Doc, p: EventParticipant, heads: tuple[str, ...]) -> bool:
    if p.sector != "NGO" or p.start is None or p.end is None:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    head = span.root
    if morph_values(head, "Number") != ("Plur",) or not head.lower_.endswith(heads):
        return False
    return not any(
        c.dep_ in ("det", "amod", "nmod", "appos", "nummod", "nk")
        or c.lower_ == "wie"
        or any(g.lower_ == "wie" for g in c.children)  # "wie Brot für die Welt": conj + cc
        for c in head.children
    )


def _singular(doc: Doc, p: EventParticipant) -> bool:
    """The mention names one person ("ein Mann", "der 22-Jährige"), not a group."""
    if p.start is None or p.end is None:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and morph_values(span.root, "Number") == ("Sing",)


def _stand_in(p: EventParticipant) -> bool:
    """A recipient the coder supplied, not the text: the state's population by default."""
    return p.start is None and p.text == p.code


def is_private(doc: Doc, p: EventParticipant) -> bool:
    """A state's civilians as an unnamed group ("Männer", "Opfer", "Häftlinge"), not a named
    movement or person ("PAD", "Hu Jia")."""
    if p.sector != "CVL":
        return False
    info = (doc._.actors or {}).get(p.actor or "")
    return info.kind == "group" if info is not None else "/" in (p.actor or "")


def is_official(doc: Doc, p: EventParticipant) -> bool:
    """Someone who can visit a state as its guest: a state, an organisation, a person in the
    knowledge base or with an office the text names (a sector other than civilians). A
    text-only name without a role ("Bon Jovi", "die Moslem-Bruderschaft") is a private
    traveller; the guideline codes a visit as one political entity going to another."""
    if p.sector is not None:
        return p.sector != "CVL"
    info = (doc._.actors or {}).get(p.actor or "")
    return info is None or info.in_kb


def _unnamed_thing(doc: Doc, p: EventParticipant) -> bool:
    """A text-only actor with neither sector nor person behind it (a place, a thing)."""
    info = (doc._.actors or {}).get(p.actor or "")
    return p.sector is None and info is not None and not info.in_kb and info.kind != "person"


def coded(participants: list[EventParticipant]) -> bool:
    return any(p.code for p in participants)


def place_codes(doc: Doc, head: Token, partners: bool = True) -> list[EventParticipant]:
    """The states a place phrase names; without ``partners`` not those in a partner's or
    topic's phrase nested in it ("im Streit mit Italien" is no stay in Italy)."""
    kb = get_kb()
    found: list[EventParticipant] = []
    if args.is_time_noun(head):
        # "will sich in der kommenden Woche mit Chinas Staatschef treffen" with the partner
        # hung on the week: an in-phrase of time says when, and names no place
        return found
    for tok in sorted(args.phrase_tokens(head), key=lambda t: t.i):
        if tok.pos_ not in ("PROPN", "X", "NOUN") or not tok.text[:1].isupper():
            continue
        if not partners and _partner_of(tok, head):
            continue
        names = [tok.text]
        if tok.i + 1 < len(tok.doc) and tok.nbor().text[:1].isupper():
            names.insert(0, f"{tok.text} {tok.nbor().text}")  # "Addis Abeba"
        for name in names:
            entry = state_named(kb, name)
            if entry is not None:
                found.append(
                    EventParticipant(code=entry.code, sector="GOV", text=name, actor=entry.id,
                                     start=tok.idx, end=tok.idx + len(name))
                )  # fmt: skip
                break
    return found


# Prepositions of a partner, opponent or topic: "im Streit mit Italien", "im Krieg gegen die
# Ukraine", "in den Gesprächen über Syrien" say with or against whom, not where.
PARTNER_PREPOSITIONS = frozenset({"mit", "gegen", "über", "um", "wegen"})


def _partner_of(token: Token, head: Token) -> bool:
    """A word inside a partner's or topic's phrase nested in the place phrase ``head``."""
    node = token
    while node != head and node.head != node:
        if args.preposition(node) in PARTNER_PREPOSITIONS:
            return True
        node = node.head
    return False


def state_named(kb: KnowledgeBase, name: str) -> KBEntry | None:
    for hit in kb.lookup(name):
        entry = kb.entries.get(hit.entry_id)
        if entry is not None and entry.code and entry.kind == "state" and not hit.ambiguous:
            return entry
    return None


def own_government(doc: Doc, actor: list[EventParticipant]) -> list[EventParticipant]:
    """Protest without a named target is protest against one's own government."""
    codes = {p.code for p in actor if p.code}
    if len(codes) != 1:
        return []
    (code,) = codes
    return [state_participant(doc, code, "GOV", f"{code}/GOV")]


def domestic_counterpart(doc: Doc, actor: list[EventParticipant]) -> list[EventParticipant]:
    """The article's home state as the addressee of a domestic actor's statement: the
    government for the opposition and civil society, the other side for the government."""
    home = doc._.home_state
    codes = {p.code for p in actor if p.code}
    if home is None or codes != {home.code}:
        return []
    governing = all(p.sector in ("GOV", "MIL", "COP", "JUD") for p in actor)
    sector = "OPP" if governing else "GOV"
    return [state_participant(doc, home.code, sector, f"{home.code}/{sector}")]


def foreign_addressee(doc: Doc, actor: list[EventParticipant]) -> list[EventParticipant]:
    """The article's home state as the addressee of foreign actors' statements about
    something that happens there; in a story about an international body datelined at its
    seat (``Brüssel (dpa) - … Auch Ungarn lehnt die Reform ab``) the body, whose decision
    is at issue, not the host state."""
    home = doc._.home_state
    if home is None or not actor:
        return []
    if home.body is not None:
        if any(p.code == home.body for p in actor):
            return []
        return [state_participant(doc, home.body, "IGO")]
    if any(p.code == home.code for p in actor):
        return []
    return [state_participant(doc, home.code, "GOV")]


def own_population(actor: list[EventParticipant]) -> list[EventParticipant]:
    """A state of emergency or curfew without a named target falls on the state's people."""
    codes = {p.code for p in actor if p.code}
    if len(codes) != 1:
        return []
    (code,) = codes
    return [EventParticipant(code=code, sector="CVL", text=code, actor=f"{code}/CVL")]


def host_states(
    doc: Doc,
    token: Token,
    actor: list[EventParticipant],
    codebook: Codebook,
    visit_nouns: bool = True,
) -> list[EventParticipant]:
    """The state whose capital or territory a predicate happens in ("in Peking"), or which is
    being visited ("bei einem Besuch in Bagdad"), unless it is the actor's own."""
    own = {p.code for p in actor}
    places = []
    for child in token.children:
        if child.dep_ not in ("obl", "nmod"):
            continue
        if args.preposition(child) == "in" and (
            visit_nouns or not (modifies_noun_before(child) or _after_judged_object(child))
        ):
            places += place_codes(doc, child, partners=False)
        elif visit_nouns and child.lemma_.lower() in codebook.words.visit_nouns:
            places += [p for g in args.prepositional([child], "in") for p in place_codes(doc, g)]
    return [p for p in places if p.code not in own][:1]


def modifies_noun_before(place: Token) -> bool:
    """An "in" phrase right after a common noun belongs to that noun, wherever the parser
    hangs it: "äußerte Besorgnis über Menschenrechtsverletzungen in Xinjiang", "forderte
    von den Behörden in Peking", "rief die Konfliktparteien im Sudan zu einer Waffenruhe
    auf", "verurteilte die Gewalt in Myanmar" tell where the violations, the authorities,
    the parties or the violence are, not where the speaker is (a place after a name, "traf
    Xi in Peking", or after the verb still tells where the act happens)."""
    case = [c for c in place.children if c.dep_ == "case" and c.i < place.i]
    if not case or case[0].i == 0:
        return False
    return place.doc[case[0].i - 1].pos_ == "NOUN"


def _after_judged_object(place: Token) -> bool:
    """ "hat die Wahl in Taiwan begrüßt", "verurteilte den Anschlag in Moskau": an "in"
    phrase right after the common-noun object of a verb of judging names where the judged
    thing is, not where the speaker is (a person met is a name: "traf Xi in Peking")."""
    case = [c for c in place.children if c.dep_ == "case" and c.i < place.i]
    if not case or case[0].i == 0:
        return False
    before = place.doc[case[0].i - 1]
    return (
        before.pos_ == "NOUN" and before.dep_ in ("obj", "nsubj:pass") and before.head == place.head
    )


def main_foreign_state(doc: Doc, actor: list[EventParticipant]) -> list[EventParticipant]:
    """The state other than the actor's that the article names most often (at least twice,
    and clearly more than any other)."""
    actors = doc._.actors or {}
    own = {p.code for p in actor}
    counts: dict[str, int] = {}
    for mention in doc._.mentions or []:
        if mention.kind == "compound":
            continue
        for actor_id in mention.actors:
            info = actors.get(actor_id)
            if info is not None and info.kind == "state" and info.code and info.code not in own:
                counts[info.code] = counts.get(info.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    code = ranked[0][0]
    name = next((a.name for a in actors.values() if a.kind == "state" and a.code == code), code)
    return [EventParticipant(code=code, sector="GOV", text=name, actor=code)]


def in_dateline(token: Token) -> bool:
    dateline = token.doc._.meta.dateline
    return dateline is not None and dateline.start <= token.idx < dateline.end


def meeting_owner(doc: Doc, token: Token, extra: list[Token]) -> list[EventParticipant]:
    actors = doc._.actors or {}
    meetings = [o for o in args.objects(token) + extra if o.pos_ in ("NOUN", "PROPN")]
    return [
        p
        for p in participants_in(doc, meetings, names_only=True)
        if (info := actors.get(p.actor or "")) is not None and info.kind == "organisation"
    ]


# a name's description stands this many words before it ("der FIFA-Schiedsrichter Urs Meier")
_DESCRIPTION_WINDOW = 3
# sides a sport's dispute may address without becoming politics: people, companies, nobody named
_NONPOLITICAL_SECTORS = frozenset({"CVL", "BUS"})


def sport_internal(
    doc: Doc,
    actor: list[EventParticipant],
    recipient: list[EventParticipant],
    sports_words: tuple[str, ...],
) -> bool:
    """A sport's own dispute: every actor is a sports body, player or official, and no
    political side the text names receives the act ("Kritik des DFB an der Leistung von
    Schiedsrichter Undiano", "Rooney entschuldigte sich bei den englischen Fans"). The
    guideline codes acts of political entities; a federation sanctioning a state is one."""
    if not sports_words or not actor:
        return False
    if not all(is_sports_side(doc, p, sports_words) for p in actor):
        return False
    return all(
        p.start is None
        or p.sector in _NONPOLITICAL_SECTORS
        or p.sector is None
        or is_sports_side(doc, p, sports_words)
        for p in recipient
    )


def is_sports_side(doc: Doc, p: EventParticipant, sports_words: tuple[str, ...]) -> bool:
    """Any mention of the participant's actor (or the participant's own phrase) names a
    sports body or role, in its words or in the few words before it."""
    spans = [(p.start, p.end)]
    info = (doc._.actors or {}).get(p.actor or "")
    if info is not None and info.kind != "state":
        # a person or body is described once ("Nationalspieler Rooney", later "Rooney",
        # "seine"); a state is not a sport's because one phrase names its team
        spans += [(m.start, m.end) for m in doc._.mentions or [] if p.actor in m.actors]
    for start, end in spans:
        if start is None or end is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(
            is_sports_word(t, sports_words) for t in _with_description(span)
        ):
            return True
    return False


def _with_description(span: Span) -> list[Token]:
    """The span's words and the words before it in its noun phrase, up to a verb or comma."""
    before: list[Token] = []
    first = max(span.sent.start, span.start - _DESCRIPTION_WINDOW)
    for t in reversed(span.doc[first : span.start]):
        if t.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ"):
            break
        before.append(t)
    return [*before, *span]


def is_sports_word(token: Token, sports_words: tuple[str, ...]) -> bool:
    return _is_sports_form(token.lower_, sports_words) or _is_sports_form(
        token.lemma_.lower(), sports_words
    )


@lru_cache(maxsize=65536)
def _is_sports_form(word: str, sports_words: tuple[str, ...]) -> bool:
    """The word is a sports word or a compound ending in a long one. Cached: asked of every
    word near an event's participants."""
    return any(word == stem or (len(stem) >= 6 and word.endswith(stem)) for stem in sports_words)


# Definite articles: a definite noun takes up something the reader already knows.
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
# Children that leave a noun bare enough to take up a name told before ("den Rat", not "den
# Rat der Stadt" nor "einen neuen Rat")
_BARE_NOUN_DEPS = frozenset({"det", "case", "punct"})
_BODY_NAMES_KEY = "lagebild_events_body_names"


def taken_up_bodies(
    doc: Doc, nouns: list[Token], actor: list[EventParticipant]
) -> list[EventParticipant]:
    """The organisation a bare definite noun takes up by its head word: German refers back
    to a compound or a multi-word name by its last part ("Der UN-Sicherheitsrat verlängerte
    das Mandat … Malis Regierung hatte den Rat aufgefordert", "die EU-Kommission … die
    Kommission", "die Europäische Union … die Union"). The nearest such name before the noun
    wins; the actor's own organisation is never its addressee."""
    own = {p.code for p in actor}
    index = token_mentions(doc)
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.i in index or not _bare_definite(noun):
            continue
        word = (noun.lemma_ or noun.text).lower()
        for start, last, mention in reversed(_body_names(doc)):
            if start >= noun.idx:
                continue
            if last != word and not (last.endswith(word) and len(last) > len(word) + 2):
                continue
            found = [p for p in participants(doc, mention) if p.code]
            if found and not {p.code for p in found} & own:
                return found
            break  # the nearest name with that head is the one taken up
    return []


def _bare_definite(noun: Token) -> bool:
    children = list(noun.children)
    return all(c.dep_ in _BARE_NOUN_DEPS for c in children) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in children
    )


def _body_names(doc: Doc) -> list[tuple[int, str, Mention]]:
    """The document's organisation names and metonyms (start, last word lower-cased,
    mention) in text order, built once per document: a multi-word name ("Europäische
    Union") or a compound ("UN-Sicherheitsrat", "Weltsicherheitsrat") whose last part may
    take it up."""
    cached = doc.user_data.get(_BODY_NAMES_KEY)
    if cached is None:
        actors = doc._.actors or {}
        cached = []
        for m in doc._.mentions or []:
            words = m.text.split()
            if m.kind not in ("name", "metonym") or not words:
                continue
            if not any((a := actors.get(i)) is not None and a.kind == "organisation"
                       for i in m.actors):  # fmt: skip
                continue
            last = words[-1].lower()
            if len(words) > 1 or "-" in last or len(last) > 8:
                cached.append((m.start, last, m))
        cached.sort(key=lambda item: item[0])
        doc.user_data[_BODY_NAMES_KEY] = cached
    return cached


def protest_site_owners(doc: Doc, token: Token, codebook: Codebook) -> list[EventParticipant]:
    """Whose building a protest is held in front of: "demonstrierten vor der französischen
    Botschaft", "versammelten sich vor dem US-Konsulat". A crowd gathers before a seat to
    address whoever sits there, so an embassy, consulate or mission names the state it
    represents (not the host state's government, the default for a protest). The protest
    frame reads a "vor" phrase on the verb; the parser often hangs it on the crowd instead
    ("versammelten sich mehrere tausend Anhänger der Putschisten vor der Botschaft"), where it
    places them all the same. Only missions (``mission_nouns``): a bare "Regierungssitz" on
    the crowd may be linked to the story's other state, and before a seat at home the
    default, the own government, is right."""
    index = token_mentions(doc)
    heads = [token, *args.subjects(token)]
    missions = codebook.words.mission_nouns
    phrases = [p for p in args.prepositional(heads, "vor") if p.lemma_.lower().endswith(missions)]
    return [
        p
        for head in phrases
        if (mention := index.get(head.i)) is not None
        for p in participants(doc, mention)
        if p.code
    ]


# Sectors of an assembly or body a speaker addresses by speaking before it
_AUDIENCE_SECTORS = frozenset({"IGO", "LEG", "JUD"})


def audience_bodies(
    doc: Doc, token: Token, actor: list[EventParticipant], codebook: Codebook
) -> list[EventParticipant]:
    """The body a speech act is made before: "verlangte vor dem UN-Sicherheitsrat den
    Abzug", "forderte vor dem Parlament Reformen": German says "vor" for the audience one
    speaks to, and a demand or accusation made before a council, parliament or court is
    addressed to it. Only a body (an international organisation, a parliament, a court),
    and not after verbs whose "vor" names a danger ("warnte vor der Nato")."""
    if token.lemma_.lower() in codebook.words.vor_governing_verbs:
        return []
    own = {p.code for p in actor}
    phrases = [p for p in args.prepositional([token], "vor") if not args.is_time_noun(p)]
    index = token_mentions(doc)
    # the body must be the phrase's own head: "kurz vor dem Ablauf der UN-Mission" is a time
    found = [
        p
        for head in phrases
        if (mention := index.get(head.i)) is not None
        for p in participants(doc, mention)
        if p.code and p.code not in own and p.sector in _AUDIENCE_SECTORS
    ]
    return found or taken_up_bodies(doc, phrases, actor)
