"""Who: the phrases that fill an entry's argument frame (actor, recipient, partners), read slot
by slot from the dependency parse (``SLOT_READERS``), and the targets of condemned acts."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from lagebild.analysis import EventParticipant
from lagebild.codebook.loader import Codebook, Frame, Predicate
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.lexicon import german_words
from lagebild.german.pronouns import is_reflexive_pronoun
from lagebild.german.verbs import has_subjunctive_mood, is_konjunktiv, morph_values
from lagebild.pipeline.actors import token_mentions
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events.candidates import (
    MATERIAL_CONFLICT,
    MEDIA,
    STATE_SECTORS,
    VERBAL_QUADS,
)
from lagebild.pipeline.events.matching import (
    is_attributive_act,
    matches_any,
)
from lagebild.pipeline.events.participants import (
    coded,
    entity_key,
    in_dateline,
    participants,
    participants_in,
    place_codes,
    quote_around,
    speaker_participants,
)
from lagebild.pipeline.events.unnamed import target_place_states

NOUN_CLAUSE_DEPS = frozenset({"obl", "nmod", "obl:arg"})
# prepositions of a meeting noun that place the clause's subject at it only with a mit-partner
PARTNERED_MEETING_PREPOSITIONS = frozenset({"in", "nach"})
PLACE_SLOTS = frozenset({"pp:in", "pp:nach", "pp:bei"})
# force and repression fall on the people of a place named as their target (EVENTS-GUIDELINES
# "Actors": victims the text does not name are of the state where the act happens)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# the phrases that name the target of such an act: object, auf/gegen, and the in-phrase of
# entering ("marschierten in Abyei ein")
TARGET_SLOTS = frozenset({"obj", "pp:auf", "pp:gegen", "pp:in"})
NOUN_TARGET_SLOTS = frozenset({"pp:auf", "pp:gegen"})
# Source PPs ("Rückendeckung bei Xi", "von X") are looked for deeper in the clause when the
# parser attached them too low; "mit"-partners are not ("Spannungen mit den USA").
NESTED_PP_PREPOSITIONS = frozenset({"bei", "von", "durch"})
SOURCE_PREPOSITIONS = frozenset({"aus", "von"})
# Speakers who, about their own state's forces, accuse rather than report.
CRITIC_SECTORS = frozenset({"OPP", "LEG", "NGO", "CVL", "PTY"})
# pronouns standing for what was said or proposed, never for someone who acts
PROPOSITION_PRONOUNS = frozenset({"das", "dies", "dieses", "was"})
OWN_SIDE_SECTORS = frozenset({"MIL", "CVL"})


def fill_frame(
    doc: Doc, token: Token, predicate: Predicate, codebook: Codebook, extra: list[Token]
) -> tuple[list[EventParticipant], list[EventParticipant], list[EventParticipant]]:
    """Actors, recipients and partners named by the frame's slots (first filled slot wins)."""
    frame = predicate.frame
    agents = noun_agents(token) if predicate.pos == "noun" and "pp:durch" in frame.actor else []
    if agents:
        # with a durch-agent the genitive of an action noun is its patient ("die Erstürmung
        # der Botschaft durch die Armee"), not its actor
        frame = Frame(actor=("pp:durch",), recipient=("gen", *frame.recipient), partners=())
        actor = participants_in(doc, agents, False, names_only=True)
    else:
        actor = _first_filled(doc, token, frame.actor, codebook, extra, names_only=True)
    organs = codebook.words.body_organs
    actor_ids = {entity_key(doc, p, organs) for p in actor}
    partners = [
        p
        for slot in frame.partners
        for p in participants_in(
            doc, slot_heads(token, slot, codebook, extra), slot == "content", names_only=True
        )
        if entity_key(doc, p, organs) not in actor_ids
    ]
    own_sides = {(p.code, p.sector) for p in actor}
    verbal = codebook.quad(predicate.type) in VERBAL_QUADS
    recipient = _first_filled(
        doc, token, frame.recipient, codebook, extra, exclude=actor_ids, own_sides=own_sides,
        verbal=verbal,
    )  # fmt: skip
    if not recipient and predicate.type in PLACE_TARGET_TYPES:
        recipient = _target_place(doc, token, frame, codebook, extra, own_sides)
    return actor, recipient, partners


def _target_place(
    doc: Doc,
    token: Token,
    frame: Frame,
    codebook: Codebook,
    extra: list[Token],
    own_sides: AbstractSet[tuple[str | None, str | None]],
) -> list[EventParticipant]:
    """The state of a town or region the act's target phrase names ("griff Misrata an",
    "Luftangriffe gegen Bengasi"), for force and repression whose target names no actor."""
    # an event noun's in-phrase may be another word's ("das Massaker von Srebrenica wurde vom
    # Gerichtshof in Den Haag …"): only a verb's own phrase there names where it struck
    slots = TARGET_SLOTS if token.pos_ in ("VERB", "AUX") else NOUN_TARGET_SLOTS
    for slot in frame.recipient:
        if slot not in slots:
            continue
        heads = slot_heads(token, slot, codebook, extra)
        found = target_place_states(doc, heads)
        if found:
            return found
    return []


def _first_filled(
    doc: Doc,
    token: Token,
    slots: tuple[str, ...],
    codebook: Codebook,
    extra: list[Token],
    exclude: AbstractSet[str | None] = frozenset(),
    own_sides: AbstractSet[tuple[str | None, str | None]] = frozenset(),
    names_only: bool = False,
    verbal: bool = False,
) -> list[EventParticipant]:
    own_codes = {code for code, _ in own_sides}
    victims = act_targets([token, *extra], codebook) if verbal else set()
    addressee_uncoded = False
    for slot in slots:
        if slot == "content" and addressee_uncoded:
            # "warf einigen europäischen Staaten vor, Moskau in die Hände zu spielen": the
            # dative names whom the act is aimed at; when the linker cannot code it, the names
            # in what is said are what the act is about, not its addressee (the guideline
            # codes the speech act, not its content)
            break
        heads = slot_heads(token, slot, codebook, extra)
        if slot == "dat" and not coded(participants_in(doc, heads, names_only=names_only)):
            # only a phrase that is no object too: a dative guessed for the accusative
            # ("wies die Äußerungen Erdoğans zurück") leaves the content its place, as does a
            # reflexive, the subject itself ("verbat sich die Einmischung Frankreichs")
            objects = args.objects(token)
            addressee_uncoded = any(h not in objects and not is_reflexive_pronoun(h) for h in heads)
        if slot == "subj" and len(heads) > 1:
            # several candidate subjects (a parser slip): the likeliest that names an actor,
            # never a dative ("Der Volkswirtschaft Japan droht eine Rezession")
            # a bare name before the verb beats "der" after it ("Israel droht der Hisbollah");
            # it shows no case, so its tagged dative is a guess
            heads = (
                args.fronted_name_before_der(heads)
                or [h for h in heads if not args.is_dative(h) or args.bare_name_in_vorfeld(h)]
                or heads[:1]
            )
            heads = next(
                ([h] for h in heads if participants_in(doc, [h], names_only=names_only)),
                heads[:1],
            )
        found = [
            p
            for p in participants_in(doc, heads, slot == "content", names_only=names_only)
            if entity_key(doc, p, codebook.words.body_organs) not in exclude
        ]
        if victims:
            found = [p for p in found if p.start is None or p.start not in victims]
        if verbal:
            found = [p for p in found if not names_an_act(p, codebook)]
        if slot == "obj_post":
            # the host state of a post abroad, never the own one ("in Berlin")
            found = [p for h in heads for p in place_codes(doc, h) if p.code not in own_codes]
        if slot == "pp:gegenüber":
            # "sagte gegenüber der Nachrichtenagentur AFP", "gegenüber Journalisten": the
            # medium a statement is told to is its channel, not its addressee
            found = [p for p in found if p.sector not in MEDIA]
        if slot == "content" and _names_addressee(token):
            found = [p for p in found if not _bound_by_addressee(doc, p)]
        if slot == "content":
            # what someone demands or announces of his own side is not a target ("seine Truppen")
            found = [p for p in found if not _own_side(p, own_sides)] or [
                p
                for h in heads
                for t in h.subtree
                if t.head != t and t.dep_ in ("obl", "nmod") and args.preposition(t) == "in"
                for p in place_codes(doc, t)
                if p.code not in own_codes
            ]
        if not found and slot in PLACE_SLOTS:  # "bei einem Besuch in Bagdad": the host state
            found = [
                p for h in heads for p in place_codes(doc, h) if entity_key(doc, p) not in exclude
            ]
        if not found and slot == "partner":  # "eine Einladung nach Moskau": the host state
            found = [
                p
                for h in heads
                if args.preposition(h) in ("in", "nach")
                for p in place_codes(doc, h)
                if p.code not in own_codes
            ]
        if found:
            return found
    return []


def _names_addressee(token: Token) -> bool:
    """The verb names whom it asks, in its object, dative or an-phrase ("forderte die
    Milizen auf", "appellierte an alle Parteien")."""
    return bool(args.objects(token) or args.datives(token) or args.prepositional([token], "an"))


def _bound_by_addressee(doc: Doc, p: EventParticipant) -> bool:
    """A pronoun in what is asked of an addressee the verb names ("rief alle Seiten auf,
    ihre Differenzen beizulegen", "forderte die Milizen auf, ihre Waffen abzugeben"): the
    infinitive's unspoken subject is the object, and the pronoun refers to it (or to the
    speaker), never to a third party the coreference may have chosen."""
    if p.start is None or p.end is None:
        return False
    span = doc.char_span(p.start, p.end)
    return (
        span is not None
        and len(span) == 1
        and span[0].pos_ in ("PRON", "DET")
        and bool(morph_values(span[0], "Poss") or "Prs" in morph_values(span[0], "PronType"))
    )


def home_is_victim(doc: Doc, token: Token, codebook: Codebook) -> bool:
    """The state the article is about (not its people) is the target of the condemned act:
    "verurteilte den Angriff auf die Ukraine", but not "die Gewalt gegen Demonstranten"."""
    home = doc._.home_state
    if home is None:
        return False
    victims = act_targets([token], codebook)
    index = token_mentions(doc)
    return any(
        (m := index.get(t.i)) is not None
        and any(p.code == home.code and p.sector in STATE_SECTORS for p in participants(doc, m))
        for t in token.subtree
        if t.idx in victims
    )


def act_targets(heads: list[Token], codebook: Codebook) -> set[int]:
    """Character offsets of the targets of violent or coercive acts named in these phrases:
    condemning or demanding an end to "den Angriff auf die Ukraine", "die Sanktionen gegen
    den Iran" is directed at who attacks or sanctions, never at the victim."""
    found: set[int] = set()
    for head in heads:
        for t in head.subtree:
            if t.pos_ != "NOUN" or not _is_act_noun(t, codebook):
                continue
            for child in t.children:
                if args.preposition(child) in ("auf", "gegen"):
                    found.update(tok.idx for tok in child.subtree)
    return found


def names_an_act(participant: EventParticipant, codebook: Codebook) -> bool:
    """A compound naming a war or an attack by its place ("Irakkrieg", "Gaza-Offensive") names
    the act, not a participant: criticising or backing it is directed at whoever wages it,
    never at the state of its place (the linker codes the compound by its first part)."""
    word = participant.text.strip()
    if not word or " " in word:
        return False
    if _initialism_prefix(word):
        return False
    return any(p.type in MATERIAL_CONFLICT for p in codebook.nouns(word))


def _initialism_prefix(word: str) -> bool:
    """An act noun compounded with an initialism ("US-Embargo", "EU-Sanktionen",
    "IS-Angriff") names its author, as the short form stands for the adjective
    ("US-amerikanisch", "europäisch"); a full place name names the place or the target
    ("Irakkrieg", "Gaza-Offensive", "Russland-Sanktionen")."""
    prefix = word.split("-", 1)[0] if "-" in word else ""
    return 2 <= len(prefix) <= 4 and prefix.isalpha() and prefix.isupper()


def _is_act_noun(token: Token, codebook: Codebook) -> bool:
    word = (token.lemma_ or token.text).lower()
    if any(p.type in MATERIAL_CONFLICT for p in codebook.nouns(word)):
        return True
    return matches_any(word, codebook.words.violent_acts)


def slot_heads(token: Token, slot: str, codebook: Codebook, extra: list[Token]) -> list[Token]:
    """Head tokens of the phrases that fill one frame slot (``SLOT_READERS``, ``pp:<prep>``)."""
    if slot in ("subj", "obj") and is_attributive_act(token):
        # "die von Russland annektierte Krim": the agent acts on the noun it describes
        return args.agents(token) if slot == "subj" else [token.head]
    passive = args.is_passive(token)
    if slot in ("subj", "obj", "content") and not passive:
        fronted = fronted_proposal(token, codebook)
        if fronted:
            # "Eine Forderung der EU lehnte das Kabinett ab": the parser's subject is the object
            return fronted[1] if slot == "subj" else fronted[0]
    if slot in ("subj", "obj") and not passive:
        relative = relative_clause_roles(token, codebook)
        if relative:
            # "eine Resolution, die Russland auffordert": the antecedent acts on the name
            return relative[0] if slot == "subj" else relative[1]
    if slot.startswith("pp:"):
        return _pp_heads(token, slot[3:], extra, passive, codebook)
    reader = SLOT_READERS.get(slot)
    return reader(token, codebook, extra, passive) if reader else []


def _subject_heads(
    token: Token, codebook: Codebook, extra: list[Token], passive: bool
) -> list[Token]:
    # "teilt die Einschätzung": a light verb's noun is never its subject, even if parsed so;
    # nor is the dateline ("Peking (dpa) - …")
    if args.is_event_noun(token):
        return []
    heads = []
    for subject in args.subjects(token):
        if subject in extra:
            continue
        if not in_dateline(subject):
            document = _document(token, subject, codebook)
            # without an author in the clause the subject stays: "Der OSZE-Bericht
            # kritisiert …" names its author in the compound, which the linker reads
            heads += (_document_authors(document) if document is not None else []) or [subject]
            continue
        # the parser hung the real subject under the dateline ("Moskau (AFP) - Russland
        # hat … ausgewiesen" with "Russland" as flat of "Moskau")
        heads += [
            c
            for c in subject.children
            if not in_dateline(c) and c.pos_ in ("NOUN", "PROPN") and c.dep_ != "punct"
        ]
    return heads


def _document(verb: Token, subject: Token, codebook: Codebook) -> Token | None:
    """The document a subject names, itself or as the relative pronoun of a clause about it:
    "eine Resolution, die Israel auffordert" (``document_nouns``)."""
    noun = subject
    if "Rel" in morph_values(subject, "PronType") and verb.dep_ == "acl:relcl":
        noun = verb.head
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    return noun if lemma.endswith(codebook.document_nouns) else None


def _document_authors(document: Token) -> list[Token]:
    """Who speaks through a document: its genitive, possessive or von-phrase ("die Erklärung
    der G7"), else the subject of the clause that adopted or published it ("Der Sicherheitsrat
    verabschiedete eine Resolution, die …")."""
    owners = [
        c
        for c in document.children
        if c.dep_ in ("nmod", "nmod:poss", "det:poss")
        and args.preposition(c) in (None, "von")
        and c.pos_ in ("NOUN", "PROPN", "PRON", "DET")
    ]
    if owners:
        return owners
    if document.dep_ in ("obj", "nsubj:pass") and document.head.pos_ in ("VERB", "AUX"):
        return args.subjects(document.head)
    return []


def _object_heads(
    token: Token, codebook: Codebook, extra: list[Token], passive: bool
) -> list[Token]:
    # a light verb's noun ("Kritik üben") is no participant, but an object that only
    # conditions the entry ("Gefangene freilassen") is
    objects = args.objects(token)
    plain = [o for o in objects if o not in extra]
    return _act_agents(plain, passive) or plain + [o for o in objects if o in extra]


def _object_post_heads(
    token: Token, codebook: Codebook, extra: list[Token], passive: bool
) -> list[Token]:
    """Where the object is posted: "rief ihren Botschafter in Teheran zurück", "zog seine
    Soldaten in Mali ab" withdraw from the state of the in-phrase on the object, its host."""
    objects = args.objects(token) + ([h for h in args.subjects(token)] if passive else [])
    posted = [c for o in objects for c in o.children if args.preposition(c) == "in"]
    # the parser often hangs the in-phrase right after the object on the verb ("rief
    # seinen Botschafter [in Rom] zurück"): adjacent to the object it is the post's all the same
    return posted or [
        c
        for c in token.children
        if args.preposition(c) == "in"
        and c.dep_ in ("obl", "nmod")
        and any(c.left_edge.i == o.right_edge.i + 1 for o in objects)
    ]


def _content_heads(
    token: Token, codebook: Codebook, extra: list[Token], passive: bool
) -> list[Token]:
    roots = args.content_roots(token, passive)
    if extra:  # "teilt die Einschätzung der USA": the light verb's noun holds the content
        held = [
            c
            for e in extra
            for c in e.children
            if c.dep_ in args.CONTENT_DEPS or args.genitive_name_as_apposition(c)
        ]
        # its holder, not what the assessment says ("…, dass Russland …")
        held = [c for c in held if c.dep_ not in args.CLAUSAL_DEPS] or held
        index = token_mentions(token.doc)
        if any(index.get(t.i) for h in held for t in h.subtree):
            return held
        return [r for r in roots if r not in extra]  # "wird der G8-Gipfel … abgesagt"
    return _act_agents(roots, passive) or roots


def _act_agents(heads: list[Token], passive: bool) -> list[Token]:
    """ "begrüßte die Freilassung der Geiseln durch die Hamas": the agent of an act noun
    named by its durch-phrase is whom a judgement of the act is about, not the act's
    patient in the genitive."""
    return [a for h in heads if args.is_event_noun(h) and not passive for a in noun_agents(h)]


def _pp_heads(
    token: Token, prep: str, extra: list[Token], passive: bool, codebook: Codebook
) -> list[Token]:
    # "Kritik üben an", "Rückendeckung erhalten bei": the PP may hang on the noun too;
    # "zog seine Truppen aus Syrien ab": or on the object
    found = args.prepositional([token, *extra], prep, passive) or args.prepositional(
        args.objects(token) if not args.is_event_noun(token) else [], prep
    )
    if not found and args.is_event_noun(token):
        found = (
            adjacent_sibling_pps(token, prep)
            or _source_pps(token, prep, codebook)
            or _support_verb_pps(token, prep, codebook)
        )
    if not found and prep in NESTED_PP_PREPOSITIONS and not args.is_event_noun(token):
        found = _nested_pps(token, prep)
    if not found and prep in ("nach", "in") and not args.is_event_noun(token):
        found = _errand_destinations(token, prep, codebook)
    # "nach Angaben von Außenminister Maas", "laut dem Ministerium": who tells of the act
    return [pp for pp in found if not args.is_claim_source(pp)]


def _errand_destinations(verb: Token, prep: str, codebook: Codebook) -> list[Token]:
    """ "reist am Mittwoch zu einem Staatsbesuch nach China" with "nach China" hung on the
    visit: the destination of a trip's errand is the trip's ("zu einem Besuch nach X" is
    going to X to visit)."""
    return [
        pp
        for errand in args.prepositional([verb], "zu")
        if errand.lemma_.lower() in codebook.words.visit_nouns
        for pp in args.prepositional([errand], prep)
    ]


SlotReader = Callable[[Token, Codebook, list[Token], bool], list[Token]]
# The frame slots of the codebook (its schema's pattern, less pp:<preposition>) and how each
# is read off the parse: (predicate, codebook, light-verb objects, passive) -> phrase heads.
SLOT_READERS: dict[str, SlotReader] = {
    "subj": _subject_heads,
    "obj": _object_heads,
    "dat": lambda token, codebook, extra, passive: args.datives(token),
    "gen": lambda token, codebook, extra, passive: args.genitives(token),
    "poss": lambda token, codebook, extra, passive: args.possessives(token),
    "adj": lambda token, codebook, extra, passive: args.adjective_attributes(token),
    "governor_subj": lambda token, codebook, extra, passive: governor_subjects(token, codebook),
    "governor_dat": lambda token, codebook, extra, passive: governor_datives(token, codebook),
    "call_addressee": lambda token, codebook, extra, passive: call_addressees(token),
    "partner": lambda token, codebook, extra, passive: announced_partners(token, extra, codebook),
    "content": _content_heads,
    "obj_post": _object_post_heads,
}


def announced_partners(token: Token, extra: list[Token], codebook: Codebook) -> list[Token]:
    """The mit-partners of the act that readiness, an offer, a plan or an invitation announces:
    it is directed at them ("erklärte die Bereitschaft, in Gespräche mit dem Iran einzutreten",
    "bereit, mit der Opposition zu verhandeln", "kündigte Gespräche mit Kiew an", "hat zu
    Gesprächen mit der SPD geladen"); a meeting one is invited to or ready for without a
    partner is held with the body whose meeting it is ("lud zu einer Sitzung des
    Ausschusses")."""
    clauses = [
        c for h in [token, *extra] for c in h.children if c.dep_ in ("ccomp", "xcomp", "acl")
    ]
    # "bereit zu Gesprächen mit …", "zeigte sich offen für Verhandlungen mit …"
    meetings = [
        m
        for prep in ("zu", "für")
        for m in args.prepositional([token, *extra], prep)
        if any(p.type == "CONSULT" for p in codebook.nouns(m.lemma_ or m.text))
    ]
    phrases = [*clauses, *extra, *meetings]  # the light verb's noun: "Gespräche [mit Kiew]"
    partners = [
        t
        for phrase in phrases
        for t in phrase.subtree
        if t.pos_ in ("NOUN", "PROPN") and args.preposition(t) == "mit" and not _companion(t)
    ]
    if partners:
        return partners
    # a visit one is invited to or agrees to is hosted by the place it goes to ("nahm eine
    # Einladung zu einem Gegenbesuch in Washington an", "die Einladung nach Moskau")
    hosts = [
        place
        for noun in [*meetings, *extra]
        if noun.pos_ == "NOUN"
        for prep in ("in", "nach")
        for place in args.prepositional([noun], prep)
        if place.pos_ == "PROPN"
    ]
    # "kündigte an, Sri Lanka zu besuchen": a visit verb names whom it visits as its object
    visited = [o for clause in clauses if _visits(clause, codebook) for o in args.objects(clause)]
    return hosts or visited or [g for m in meetings for g in args.genitives(m)]


def _companion(phrase: Token) -> bool:
    """ "gemeinsam mit X", "zusammen mit X": X does the act with the actor ("kündigte an,
    gemeinsam mit Bundeskanzler Scholz die Ukraine zu besuchen"), it is not the partner
    the act is directed at (``companion_adverbs``)."""
    case = next((c for c in phrase.children if c.dep_ == "case"), None)
    if case is None or case.i == 0:
        return False
    return phrase.doc[case.i - 1].lower_ in german_words().companion_adverbs


def _visits(verb: Token, codebook: Codebook) -> bool:
    """The verb is one whose object is the host of a visit ("besuchen", "bereisen")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        p.type == "CONSULT" and p.mode == "visit" and "obj" in p.frame.recipient
        for p in codebook.verbs(verb.lemma_)
    )


def fronted_proposal(verb: Token, codebook: Codebook) -> tuple[list[Token], list[Token]] | None:
    """(proposals, actors) when the parser took a fronted object for the subject: a demand,
    offer or accusation does not reject or accept anything, whoever the case ambiguity of
    "Eine Forderung … lehnte das Kabinett ab" let the parser choose."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # cheap test first: it runs for every slot of every predicate
    if not any(c.dep_ == "nsubj" and _is_speech_act_noun(c, codebook) for c in verb.children):
        return None
    if args.is_reflexive(verb):
        return None
    subjects = args.subjects(verb)
    if not subjects or not all(_is_speech_act_noun(s, codebook) for s in subjects):
        return None
    objects = [
        o
        for o in args.objects(verb)
        if o.pos_ in ("NOUN", "PROPN")
        and not _is_speech_act_noun(o, codebook)
        and "Dat" not in morph_values(o, "Case")
    ]
    if not objects or min(s.i for s in subjects) > min(o.i for o in objects):
        return None  # only a fronted object is mistaken for the subject
    return subjects, objects


# Relative pronouns whose nominative and accusative look alike ("der" is nominative or dative,
# "den" accusative: their case tells the role)
AMBIGUOUS_RELATIVES = frozenset({"die", "das", "welche", "welches"})
# Articles of a noun that leave it nominative or accusative
AMBIGUOUS_ARTICLES = frozenset({"die", "das", "diese", "dieses", "eine"})


def relative_clause_roles(
    verb: Token, codebook: Codebook
) -> tuple[list[Token], list[Token]] | None:
    """(subjects, objects) of a relative clause whose ambiguous relative pronoun the parser
    left out of the subject role: "eine Resolution, die Russland auffordert" (with "die"
    read as Russland's article), "Die Türkei, die Aserbaidschan unterstützt hatte" (two
    subjects), "eine Resolution, welche … zur Kenntnis nimmt und die polnische Regierung
    auffordert" (the second conjunct given a subject of its own). When "die", "das" or
    "welche" and the noun after it are each nominative or accusative, German reads the
    relative pronoun as the subject (the subject-first preference), and news copy keeps to
    it when the antecedent can act: a state, a body, a person or a document ("Partei, die
    Deutschland destabilisieren will", "Kanzlerin, die Europa zusammengehalten hat"). An
    antecedent that cannot act ("Hilfe, die Deutschland leistet") and a finite verb that
    agrees with the noun only ("Staaten, die Putin … betrachtet") leave the noun the subject."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("acl", "acl:relcl") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not _verb_final(verb):
        return None  # "sagte, die Bundesregierung sehe mit Sorge …": verb-second, reported
    opener = clause.left_edge  # the comma before the clause may hang on its verb
    if opener.text == "," and opener.i + 1 < len(opener.doc):
        opener = opener.nbor(1)
    if opener.lower_ not in AMBIGUOUS_RELATIVES or opener.i == 0 or opener.nbor(-1).text != ",":
        return None
    # the pronoun itself may stand beside the noun as a second "subject" (tagged an article)
    found = [s for s in args.subjects(verb) if s != opener]
    antecedent = clause.head
    if len(found) != 1 or not _displaced_by_relative(found[0], opener, verb):
        return None
    if not _can_act(antecedent, verb, codebook):
        return None
    number = args.finite_number(verb)
    if number and number not in morph_values(antecedent, "Number"):
        return None
    document = _document(verb, antecedent, codebook)
    authors = _document_authors(document) if document is not None else []
    objects = [o for o in args.objects(verb) if o not in (opener, antecedent, found[0])]
    return authors or [antecedent], [found[0], *objects]


# What may follow the verb of a verb-final clause: its auxiliaries, clauses and punctuation
AFTER_FINAL_VERB = frozenset(
    {"punct", "aux", "aux:pass", "cop", "xcomp", "ccomp", "advcl", "conj", "cc", "parataxis"}
)


def _verb_final(verb: Token) -> bool:
    """A relative clause ends in its verb: no phrase of the verb follows it (a main clause
    of reported speech, "die Regierung sehe mit Sorge nach Teheran", puts the verb second)."""
    return all(c.dep_ in AFTER_FINAL_VERB for c in verb.rights)


def _displaced_by_relative(subject: Token, opener: Token, verb: Token) -> bool:
    """A noun inside the clause after its relative pronoun, nominative or accusative alike:
    a bare name or noun, or one with "die", "das", "eine" (not "der Minister", "er")."""
    if subject.pos_ not in ("NOUN", "PROPN") or not opener.i < subject.i < verb.i:
        return False
    articles = [c for c in subject.children if c.dep_ == "det" and c != opener]
    return all(a.lower_ in AMBIGUOUS_ARTICLES for a in articles)


def _can_act(antecedent: Token, verb: Token, codebook: Codebook) -> bool:
    """A name, an actor the linker found (a body, an office) or a document that speaks."""
    if antecedent.pos_ == "PROPN" or antecedent.ent_type_:
        return True
    if _document(verb, antecedent, codebook) is not None:
        return True
    mention = token_mentions(antecedent.doc).get(antecedent.i)
    return mention is not None and bool(mention.actors)


def _is_speech_act_noun(token: Token, codebook: Codebook) -> bool:
    if token.lower_ in PROPOSITION_PRONOUNS:  # "Das lehnte Abhisit ab": "das" is what he rejects
        return True
    return token.pos_ == "NOUN" and any(
        codebook.quad(p.type) in VERBAL_QUADS for p in codebook.nouns(token.lemma_ or token.text)
    )


def noun_agents(noun: Token) -> list[Token]:
    """The durch-phrase of an action noun, also where the parser hung it under the noun's
    genitive ("Festnahme [des Oppositionsführers [durch die Polizei]]")."""
    found = args.prepositional([noun], "durch")
    if not found:
        found = args.prepositional(args.genitives(noun), "durch")
    return found


def _nested_pps(verb: Token, prep: str) -> list[Token]:
    """A PP the parser attached one or two levels too low ("erhielt vor Beginn der Spiele
    [bei Xi] Rückendeckung" with "bei Xi" under "Spiele")."""
    found = []
    for child in verb.children:
        if child.dep_ in args.CLAUSAL_DEPS or child.pos_ not in ("NOUN", "PROPN"):
            continue
        if args.is_claim_source(child):  # "nach Angaben von X": the source, not an argument
            continue
        for grandchild in child.children:
            if grandchild.dep_ in args.CLAUSAL_DEPS:
                continue
            found += args.prepositional([grandchild], prep)
    return found


def _source_pps(noun: Token, prep: str, codebook: Codebook) -> list[Token]:
    """With a verb of coming or originating, the source named on the verb is the source of
    the event noun: "Aus Berlin kam scharfe Kritik an Israel", "Die Initiative ging von
    Frankreich aus"."""
    if prep not in SOURCE_PREPOSITIONS or noun.dep_ not in ("nsubj", "obj"):
        return []
    verb = noun.head
    if args.verb_key(verb) not in codebook.words.source_verbs:
        return []
    return [pp for pp in args.prepositional([verb], prep) if pp != noun]


def _support_verb_pps(noun: Token, prep: str, codebook: Codebook) -> list[Token]:
    """In a support-verb construction (Funktionsverbgefüge) the verb only carries the event
    noun, so the noun's arguments may stand on the verb: "hat gegen die USA Drohungen
    ausgesprochen", "gegen den Minister wurde Anzeige erstattet". Only for the noun that is
    the verb's object (or passive subject), as ``governor_subjects`` takes the actor."""
    verb = noun.head
    if not is_supported_object(noun) or verb == noun:
        return []
    if args.verb_key(verb) not in codebook.noun_support_verbs:
        return []
    return [pp for pp in args.prepositional([verb], prep) if pp != noun]


def is_supported_object(noun: Token) -> bool:
    """The noun is the object (or passive subject) of its verb; also when the parser, misled
    by a fronted object, labelled it a second subject: "Drohungen(Acc) hat Nordkorea gegen
    die USA ausgesprochen" has two "nsubj", and the accusative one is the object."""
    if noun.dep_ in ("obj", "nsubj:pass"):
        return True
    return (
        noun.dep_ == "nsubj"
        and morph_values(noun, "Case") == ("Acc",)
        and any(c.dep_ == "nsubj" and c != noun for c in noun.head.children)
    )


def adjacent_sibling_pps(noun: Token, prep: str) -> list[Token]:
    """A PP right after an event noun but attached to its verb belongs to the noun ("bei
    seinem Treffen [mit Medwedew] … gesagt")."""
    end = max(t.i for t in noun.subtree)
    return [
        sibling
        for sibling in args.prepositional([noun.head], prep)
        if sibling != noun and min(t.i for t in sibling.subtree) == end + 1
    ]


def _own_side(p: EventParticipant, own_sides: AbstractSet[tuple[str | None, str | None]]) -> bool:
    """Content naming the actor's own troops, citizens or colleagues ("seine Truppen
    abziehen", "die Freilassung einer französischen Lehrerin") does not name a target."""
    return any(
        p.code == code and (p.sector in OWN_SIDE_SECTORS or p.sector == sector)
        for code, sector in own_sides
    )


def governor_datives(noun: Token, codebook: Codebook) -> list[Token]:
    """The dative of the support verb that carries an event noun: "stattete China einen
    Besuch ab", "Macron stattete der Ukraine einen Besuch ab" (the host)."""
    head = noun.head
    if head == noun or not is_supported_object(noun):
        return []
    if args.verb_key(head) not in codebook.noun_support_verbs:
        return []
    return [d for d in args.datives(head) if d != noun]


# prepositions by which a clause is placed in a phone call ("in einem Telefonat", "bei einem
# Telefongespräch", "während eines Telefonats")
CALL_PREPOSITIONS = frozenset({"in", "bei", "während"})


def call_addressees(noun: Token) -> list[Token]:
    """Whom the clause's subject addressed in a phone call: the dative of the verb the call
    noun hangs on ("hatte dem Kremlchef in einem Telefonat ein Gipfeltreffen vorgeschlagen",
    "sicherte Selenskyj in einem Telefonat Unterstützung zu"). A call has two ends; what one
    says in it to someone is said to the other end, so the addressee is the call's partner."""
    head = noun.head
    if head == noun or head.pos_ not in ("VERB", "AUX") or noun.dep_ not in NOUN_CLAUSE_DEPS:
        return []
    if args.preposition(noun) not in CALL_PREPOSITIONS:
        return []
    return [d for d in args.datives(head) if d != noun]


def governor_subjects(noun: Token, codebook: Codebook) -> list[Token]:
    """The subject of the verb an event noun depends on, when that verb carries the event:
    "Israel startete die Bodenoffensive", "D'Alema hat bei einem Besuch in Bagdad …"."""
    head = noun.head
    if head == noun or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    if is_supported_object(noun) and args.verb_key(head) in codebook.noun_support_verbs:
        if args.verb_key(head) in REACTION_CAUSES and _is_reaction(noun, codebook):
            return []
        return [s for s in args.subjects(head) if s != noun]
    prep = args.preposition(noun)
    if prep == "in" and _engaged_in(noun, head, codebook):
        return args.subjects(head)
    if prep == "mit" and args.verb_key(head) in codebook.noun_response_verbs:
        # "reagierte mit der Ausweisung eines Diplomaten": to answer with an act is to do it
        return args.subjects(head)
    # "bei einem Besuch in Bagdad hat D'Alema …": only meetings place the clause's subject
    # at the event; "wie 1999 beim Abzug der Milizen" does not make the subject withdraw
    is_meeting = any(p.type == "CONSULT" for p in codebook.nouns(noun.lemma_ or noun.text))
    if is_meeting and noun.dep_ in NOUN_CLAUSE_DEPS and prep in codebook.noun_clause_prepositions:
        if prep == "auf" and not args.is_dative(noun):  # "reagierte auf die Kritik"
            return []
        return args.subjects(head)
    # "hat in einem Gespräch mit Peres bekräftigt", "Nach einem Treffen mit Obama sagte
    # Medwedew": a meeting with a named partner that the clause's subject spoke in or came
    # from; without the partner "in der Konferenz" or "nach den Verhandlungen" may name an
    # occasion the subject did not attend; and only across states or organisations: within
    # one ("in einem Gespräch mit der Financial Times" of a bank's chairman) it is often an
    # interview or business
    partnered = prep in PARTNERED_MEETING_PREPOSITIONS and noun.dep_ in NOUN_CLAUSE_DEPS
    if not (is_meeting and partnered):
        return []
    # a call's other end may also be whom the subject addressed in it ("hatte Putin in einem
    # Telefonat … vorgeschlagen", the dative labelled a second subject)
    addressed = call_addressees(noun) if _is_call(noun, codebook) else []
    subjects = [s for s in args.subjects(head) if s not in addressed]
    own = {p.code for p in participants_in(noun.doc, subjects, names_only=True)} - {None}
    mit = slot_heads(noun, "pp:mit", codebook, []) + addressed
    others = {p.code for p in participants_in(noun.doc, mit, names_only=True)} - own - {None}
    if _is_call(noun, codebook) and len(own) > 1:
        # "Die Außenminister Indiens und Chinas vereinbarten in einem Telefongespräch": a
        # call is had by two ends, so a subject of two states names both
        return subjects
    return subjects if own and others else []


# "hat damit weltweit Kritik ausgelöst", "löste Proteste der Opposition aus": to set off
# criticism or protest is to be its target; the critics are others (named in the noun's
# genitive or von-phrase, or not at all). "Auslösen" carries the acts it starts ("löste den
# Krieg aus") as its subject's own, so only the reactions are left out.
REACTION_CAUSES = frozenset({"auslösen"})
REACTION_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT"})


def _is_reaction(noun: Token, codebook: Codebook) -> bool:
    """The noun names disapproval, protest or rejection (as a codebook event noun)."""
    return any(p.type in REACTION_TYPES for p in codebook.nouns(noun.lemma_ or noun.text))


def _is_call(noun: Token, codebook: Codebook) -> bool:
    """The noun names a phone or video call (the codebook's CONSULT phone nouns)."""
    return any(
        p.type == "CONSULT" and p.mode == "phone" for p in codebook.nouns(noun.lemma_ or noun.text)
    )


def sides_between(doc: Doc, noun: Token, codebook: Codebook) -> list[EventParticipant]:
    """ "ein Treffen zwischen Putin und Erdogan fand statt": the sides a zwischen-phrase names
    meet when no one else is named as meeting, if they are of two states or organisations or
    more (within one state "Tarifverhandlungen zwischen den Beschäftigten und RWE" or
    "Verhandlungen zwischen dem 1. FC Köln und dem FC Bayern" are labour and business)."""
    sides = participants_in(doc, slot_heads(noun, "pp:zwischen", codebook, []), names_only=True)
    return sides if len({p.code for p in sides if p.code}) > 1 else []


def _engaged_in(noun: Token, verb: Token, codebook: Codebook) -> bool:
    """ "Truppen befinden sich in einer Großoffensive", "befindet sich im Hungerstreik": to be
    in a material act is to carry it out, the subject of "sich befinden" its agent."""
    reflexive = any(c.lower_ == "sich" for c in verb.children)
    word = noun.lemma_ or noun.text
    return (
        args.verb_key(verb) == "befinden"
        and reflexive
        and any(p.type in MATERIAL_CONFLICT for p in codebook.nouns(word))
    )


def _in_relative_clause(token: Token) -> bool:
    node, steps = token, 0
    while node.head != node and steps < 6:
        if node.dep_ == "acl:relcl":
            return True
        node, steps = node.head, steps + 1
    return False


# Source adverbials: "nach Angaben X", "laut X", "X zufolge".
SOURCE_CUES = frozenset({"nach", "laut", "zufolge"})


def _reported_as_claim(verb: Token) -> bool:
    """The clause is in the Konjunktiv, or its act "soll" have happened."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    return any(
        is_konjunktiv(t, load_lexicon()) or has_subjunctive_mood(t) or t.lemma_ == "sollen"
        for t in finite
    )


def alleged_by(doc: Doc, token: Token, actor: list[EventParticipant]) -> list[EventParticipant]:
    """Violence or repression told in someone else's words is that speaker's allegation
    ("Die Soldaten hätten Zivilisten getötet, so Murtha" -> ACCUSE allege Murtha -> USA)."""
    quote = quote_around(doc, token)
    if quote is None or _in_relative_clause(token):
        return []  # a relative clause tells background ("die … festgenommen wurde")
    if quote.cue and quote.cue.text.lower() in SOURCE_CUES and not _reported_as_claim(token):
        # "Nach Angaben der UN griffen israelische Soldaten … an": in the indicative the
        # reporter states the act and names the source; a claim is in the Konjunktiv or
        # with "sollen" ("Nach Angaben der Anwältin sei die Hinrichtung erfolgt")
        return []
    # the media report, they do not allege ("berichtete die Zeitung Haaretz")
    speakers = [p for p in speaker_participants(doc, quote) if p.code and p.sector not in MEDIA]
    if not speakers or {p.actor for p in speakers} & {p.actor for p in actor}:
        return []
    if {p.code for p in speakers} & {p.code for p in actor} and not all(
        p.sector in CRITIC_SECTORS for p in speakers
    ):
        return []  # a state's own spokesperson reporting what its forces did
    return speakers
