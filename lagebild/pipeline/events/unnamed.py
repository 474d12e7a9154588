"""Acts whose agent the sentence does not name (EVENTS-GUIDELINES.md, Actors).

German tells violence in the agentless passive ("In Kabul wurden zwei Helfer entführt") or
as an event noun without an agent ("bei dem Anschlag in Nairobi"). The guideline codes such
acts by where they happen: "Rebels or attackers that the text does not name take the code of
the state where they act", sector REB. Whom the act falls on is the state of the victims: a
linked mention or nationality adjective in the patient phrase ("ein Team des spanischen
Fernsehens" → ESP), else people of the state where it happens.

Two readings of the story come first: an agentless attack on a state the article already told
a named actor attacking is that actor's (``continue_attacks``), and people named as a state's
("Vier saudische Polizisten wurden getötet") are attacked there when the story is set
in that state (``home_of_victims``).

Measured on events-train and the coded set (sum of right minus wrong events, docs/codebook.md):

- only a place the clause itself names counts (a state or capital by the knowledge base, any
  other place by the gazetteer: "in Pforzheim" → DEU). Taking the paragraph's scene, the
  article's setting or home state as well found 8 more coded events but made 10 more wrong
  ones (casualties of an attack told in the sentence before, background killings): the
  codebook's guard for attacks (``implicit_actor: place``) still pays;
- only ASSAULT: the same default for COERCE beyond the codebook's entries, for sentences
  (SANCTION convict) and charges (ACCUSE) found nothing more or lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.codebook.loader import Codebook, Predicate
from lagebild.german.verbs import is_passive
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events.participants import (
    earlier_act,
    location_actor,
    participants_in,
    state_participant,
)

if TYPE_CHECKING:
    from lagebild.pipeline.events.candidates import Candidate
    from lagebild.pipeline.places import PlaceMention

UNNAMED_AGENT_TYPES = frozenset({"ASSAULT"})
# acts of attackers, police and courts: an actor implied for them by the place is an unnamed
# agent, who threatens no one and whom no one is quoted accusing
PLACED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE"})
# the sector of an unnamed agent: attackers are irregulars
UNNAMED_SECTOR = "REB"
# who can kill in the course of what they did: states, their forces, armed groups and
# alliances; a killing during a protest or a report ("Amnesty berichtete über Proteste. Dabei
# wurden drei Demonstranten erschossen") is not the protesters' or the reporters' act
ARMED_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "IGO"})
# violence and police acts fall on the people of the place where they happen unless the text
# says whose people; the accused and convicted are often foreigners, so there it must say
LOCAL_VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
# the prepositions of an event noun that tell an act as having happened ("bei dem Anschlag",
# "durch den Angriff"), not as a topic, a fear or a plan ("befürchtet einen Anschlag")
OCCURRENCE_PREPOSITIONS = frozenset({"bei", "durch"})
# An event noun named as the occasion of another act took place: "bei einem Treffen der
# Nato-Außenminister sagte Rice", "während des Besuchs in Peking" ("nach dem Treffen" is left
# out: on the coded set it adds a meeting the gold codes with a host instead)
OCCASION_PREPOSITIONS = frozenset({"bei", "während"})
# the phrases that name what caused harm ("bei dem Erdbeben", "infolge des Hochwassers")
CAUSE_PREPOSITIONS = frozenset({"bei", "durch", "infolge", "wegen"})
CAUSE_ATTRIBUTE_DEPS = frozenset({"conj", "nmod"})
# the place resolver's rules that name the clause's own place
CLAUSE_RULES = frozenset({"clause", "territory"})
# … and those that carry the story's place over to a sentence that names none
SCENE_RULES = frozenset({"scene", "setting"})
_PLACES_KEY = "lagebild.unnamed.places"
# "zwischen X und Y" names both sides, "mit X" the side the story's subject fought
CLASH_PREPOSITIONS = frozenset({"zwischen", "mit"})


def has_unnamed_agent(token: Token, predicate: Predicate, codebook: Codebook) -> bool:
    """An act of a type that someone commits, told without its agent: a werden-passive with
    no von/durch phrase, or an event noun in a phrase that tells it happened. A sein-passive
    ("die Grenzen waren geschlossen") tells a state, not an act."""
    if predicate.type not in UNNAMED_AGENT_TYPES:
        return False
    if (token.lemma_ or token.text).lower() in codebook.words.casualty_verbs:
        return False
    if predicate.pos == "noun":
        return (
            args.preposition(token) in OCCURRENCE_PREPOSITIONS
            or is_occasion(token)
            or is_aftermath(token, codebook)
        )
    return is_process_passive(token) and not args.agents(token)


def resumed_doer(
    doc: Doc, token: Token, predicate: Predicate, codebook: Codebook
) -> list[EventParticipant]:
    """The doer of the act an agentless attack takes up: a sentence opened by "dabei" or
    "hierbei" tells what happened in the course of the act the sentence before told ("Die
    Armee griff ein Lager der Rebellen an. Dabei wurden sechs Kämpfer getötet"), and that
    act's doer is the subject of that sentence, if an armed one."""
    if predicate.pos == "noun" or not has_unnamed_agent(token, predicate, codebook):
        return []
    opener = token.sent[0]
    if (opener.lower_ not in codebook.words.resuming_adverbs) or token.sent.start == 0:
        return []
    if opener.head != token and opener.head not in token.ancestors:
        return []  # "dabei" belongs to another clause of the sentence
    before = doc[token.sent.start - 1].sent
    doers = [
        p
        for p in participants_in(doc, args.subjects(before.root))
        # no sector: a weapon or unit told by its nationality ("Nordkoreanische Artillerie")
        if p.code and (p.sector is None or p.sector in ARMED_SECTORS)
    ]
    # the attacked are another side: a state named beside the doer (a dateline's) is not the
    # doer of the killing of its own people ("… zwei südkoreanische Marinesoldaten getötet")
    hit = {p.code for p in participants_in(doc, args.objects(token), whole_subtree=True)}
    return [p for p in doers if p.code not in hit] or doers


def has_natural_cause(token: Token, codebook: Codebook) -> bool:
    """The harm has a cause that is no one's act: its subject or a bei/durch/infolge/wegen
    phrase is a disaster, accident or disease of the codebook's ``natural_causes`` (also as
    a compound head: "Lawinenunglück", "Flugzeugabsturz"), so no attacker is implied."""
    causes = [c for c in args.arguments(token) if args.preposition(c) in CAUSE_PREPOSITIONS]
    if not is_passive(token):
        causes += args.subjects(token)
    return any(_is_natural_cause(c, codebook) for c in causes)


def _is_natural_cause(noun: Token, codebook: Codebook) -> bool:
    """The noun, a noun coordinated with it ("durch den Sturm und die Überschwemmung") or its
    genitive ("durch die Auswirkungen schwerer Unwetter") names a natural cause."""
    nouns = [noun, *(c for c in noun.children if c.dep_ in CAUSE_ATTRIBUTE_DEPS)]
    return any(
        n.pos_ in ("NOUN", "PROPN")
        and (n.lemma_ or n.text).lower().endswith(codebook.natural_causes)
        for n in nouns
    )


def is_occasion(noun: Token) -> bool:
    """The noun heads a bei/während phrase of a clause ("Bei einem Treffen der
    Nato-Außenminister sagte Rice"), also through a chain of such phrases ("Bei ihrem Auftritt
    bei einem Treffen …"): it tells when or where another act happened, so it happened too."""
    node = noun
    while args.preposition(node) in OCCASION_PREPOSITIONS:
        head = node.head
        if head == node:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return True
        node = head
    return False


def is_aftermath(noun: Token, codebook: Codebook) -> bool:
    """An attack noun heading a clause's nach-phrase ("Einen Tag nach dem Anschlag auf eine
    Polizeikaserne in Burgos hat es eine weitere Explosion gegeben"): what is told as
    following an attack presupposes it. (Only for attacks: after a meeting the coded set
    names a host, not co-actors, branch evrecall10.)"""
    if args.preposition(noun) != "nach" or noun.head == noun:
        return False
    head = noun.head
    if (head.lemma_ or head.text).lower() in codebook.words.time_spans and head.head != head:
        head = head.head  # "einen Tag nach dem Anschlag", "zwei Wochen nach dem Angriff"
    return head.pos_ in ("VERB", "AUX")


def is_process_passive(token: Token) -> bool:
    """Vorgangspassiv: a passive participle with a form of werden (wird, wurde, worden)."""
    return is_passive(token) and any(
        c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "werden" for c in token.children
    )


def clash_sides(
    doc: Doc, token: Token, predicate: Predicate, codebook: Codebook
) -> list[EventParticipant]:
    """The side that killed in a fight the clause names ("Bei dem Zusammenstoß zwischen Indien
    und China sind 20 indische Soldaten getötet worden" → CHN; "Bei Gefechten mit der Polizei
    wurden drei Bewaffnete getötet" → the police): those killed in a fight between sides fell
    to the side that is not theirs. When the victims are of one side's state, the others
    acted; when every side is of one state, that state's sides did (a clash at home)."""
    if predicate.pos == "noun" or not has_unnamed_agent(token, predicate, codebook):
        return []
    for fight in token.children:
        if args.preposition(fight) != "bei" or not _is_clash(fight, codebook):
            continue
        heads = [c for c in fight.children if args.preposition(c) in CLASH_PREPOSITIONS]
        sides = [p for p in participants_in(doc, heads) if p.code]
        if not sides:
            return []
        fallen = {p.code for p in participants_in(doc, args.objects(token), whole_subtree=True)}
        codes = {p.code for p in sides}
        others = [p for p in sides if p.code not in fallen]
        # "zwischen" names both sides: the fallen must be of one of them to tell who killed;
        # "mit" names only the side fought, and the fallen of another state fell to it
        between = any(args.preposition(h) == "zwischen" for h in heads)
        if others and fallen and (fallen & codes or not between):
            return others
        if len(codes) == 1 and fallen <= codes:
            return sides  # a clash at home: "zwischen Polizei und Demonstranten"
        return []
    return []


def _is_clash(noun: Token, codebook: Codebook) -> bool:
    """The noun names a fight between sides, also in a plural or a compound."""
    words = {(noun.lemma_ or "").lower(), noun.text.lower()}
    return noun.pos_ in ("NOUN", "PROPN") and any(
        w.endswith(stem + ending)
        for w in words
        for stem in codebook.words.clash_stems
        for ending in ("", "e", "en", "es", "s", "n")
    )


def clause_state(
    doc: Doc, token: Token, predicate: Predicate, codebook: Codebook, sector: str
) -> list[EventParticipant]:
    """The state of the place the clause names for the act, as its unnamed agent."""
    named = location_actor(doc, token, sector)
    if named:
        return named
    country = clause_country(doc, token, predicate, codebook)
    if country is None:
        return []
    return [state_participant(doc, country, sector)]


def home_of_victims(
    doc: Doc, token: Token, predicate: Predicate, codebook: Codebook, sector: str
) -> list[EventParticipant]:
    """The state whose people the patient phrase names ("Vier saudische Polizisten
    wurden getötet"), as the unnamed attacker, when the story's scene (the paragraph's place,
    else the article's setting) lies in that state: locals attacked where the story is."""
    actors = doc._.actors or {}
    named = {
        p.code
        for p in participants_in(doc, args.objects(token), whole_subtree=True)
        if p.code and (info := actors.get(p.actor or "")) is not None and info.kind == "state"
    }
    if not named:
        return []
    country = clause_country(doc, token, predicate, codebook, rules=SCENE_RULES)
    if country is None or country not in named:
        return []
    return [state_participant(doc, country, sector)]


def clause_country(
    doc: Doc,
    token: Token,
    predicate: Predicate,
    codebook: Codebook,
    rules: frozenset[str] = CLAUSE_RULES,
) -> str | None:
    """The country of the place the event's own clause names, by the place resolver (which
    knows towns and regions the knowledge base does not: "in Pforzheim"); with ``rules``
    SCENE_RULES, of the place the story is at."""
    from lagebild.pipeline.places import get_gazetteer, locate_event_by_rule

    gazetteer = get_gazetteer()
    mentions = _place_mentions(doc)
    if earlier_act(token):
        # "Nach wochenlangen Angriffen auf Handelsschiffe im Roten Meer haben die USA …
        # im Jemen bombardiert": the clause's place is the later act's; the act noun's own
        # place is in its phrase
        span = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text))
        mentions = [m for m in mentions if m.start is not None and span[0] <= m.start < span[1]]
    sent = token.sent
    probe = Event(
        type=predicate.type,
        actor=[],
        quad=codebook.quad(predicate.type),
        trigger=CharSpan(start=token.idx, end=token.idx + len(token.text), text=token.text),
        sentence=Sentence(start=sent.start_char, end=sent.end_char),
        confidence=0.5,
    )
    rule, place = locate_event_by_rule(doc, probe, mentions, gazetteer)
    return place.country if rule in rules and place is not None else None


def _place_mentions(doc: Doc) -> list[PlaceMention]:
    from lagebild.pipeline.places import find_places, get_gazetteer

    mentions = doc.user_data.get(_PLACES_KEY)
    if mentions is None:  # found once per article
        mentions = doc.user_data[_PLACES_KEY] = find_places(doc, get_gazetteer())
    return mentions


def target_place_states(doc: Doc, heads: list[Token]) -> list[EventParticipant]:
    """The state of a town or region named as the target of an act ("Luftangriffe gegen
    Bengasi", "stürmte das Armenviertel Vila Cruzeiro"), by the place resolver, which knows the
    places the knowledge base does not: force against a place falls on the people there, as
    the guideline codes attacks whose victims the text does not name otherwise."""
    return resolved_place_states(doc, heads, "CVL")


def resolved_place_states(doc: Doc, heads: list[Token], sector: str) -> list[EventParticipant]:
    """The state of the first town or region in these phrases, by the place resolver."""
    spans = [(t.idx, t.idx + len(t.text)) for h in heads for t in args.phrase_tokens(h)]
    for m in _place_mentions(doc):
        if m.resolved is None or m.start is None or m.adjective or m.institution:
            continue
        if any(start <= m.start < end for start, end in spans):
            return [state_participant(doc, m.resolved.country, sector)]
    return []


def forget_places(doc: Doc) -> None:
    """Drop the place mentions ``clause_country`` keeps for the article while it is coded:
    they are no Doc annotation and would break ``doc.to_bytes()``. The place resolver, which
    runs next, takes them over instead of finding them again."""
    from lagebild.pipeline.places import hand_over

    mentions = doc.user_data.pop(_PLACES_KEY, None)
    if mentions is not None:
        hand_over(doc, mentions)


def victims(
    doc: Doc, token: Token, predicate: Predicate, actor: list[EventParticipant]
) -> list[EventParticipant]:
    """Whom an act with an implied agent falls on: the states named in its patient phrase
    (the passive subject or object, with its attributes: "drei französische Journalisten",
    "ein Team des spanischen Fernsehens"), else, for violence and police acts, people of the
    state where it happens."""
    found = [p for p in participants_in(doc, args.objects(token), whole_subtree=True) if p.code]
    if found or predicate.type not in LOCAL_VICTIM_TYPES:
        return found
    codes = {p.code for p in actor if p.code}
    if len(codes) != 1:
        return []
    (code,) = codes
    return [EventParticipant(code=code, sector="CVL", text=code, actor=f"{code}/CVL")]


def continue_attacks(candidates: list[Candidate]) -> None:
    """An agentless attack on a state the article already told a named actor attacking is
    that actor's ("Israel griff Ziele im Gazastreifen an … Mehr als 100 Ziele wurden
    angegriffen"): news names the belligerent once and goes on in the passive."""
    named: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: c.token.i):
        if c.type != "ASSAULT":
            continue
        if not c.placed:
            named.append(c)
            continue
        codes = {p.code for p in c.actor}
        earlier = [n for n in named if codes & {p.code for p in n.recipient}]
        if earlier:
            c.actor = list(earlier[-1].actor)
