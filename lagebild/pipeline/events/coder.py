"""PLOVER event coding: who did what to whom, with mode, factuality, score and evidence.

The component ``lagebild_events`` runs after the model, ``lagebild_actors`` and
``lagebild_quotes``. For every verb, predicative adjective and event noun that the
codebook (``lagebild/codebook/plover.yaml``) knows, it

1. picks the codebook entry whose conditions hold (particle, ``sich``, light-verb object,
   preposition: "übt Kritik an", "erhielt Rückendeckung bei", "schloss … aus der Gruppe aus");
2. fills the entry's argument frame from the dependency parse (``arguments``, which also
   repairs the small model's typical parse errors) and maps the phrases to actors through
   ``doc._.mentions`` (``participants``); an act whose actor the sentence does not name
   gets the implied one: the speaker of a quotation ("Man lehne … ab, erklärten Moskau
   und Peking"), the state of the place ("wurde in Teheran festgenommen");
3. reads the factuality (``modality``) and applies PLOVER's rules: future cooperation is
   AGREE, an announced retreat is CONCEDE, a conditional coercive act is THREATEN, a negated
   endorsement can be a REJECT; the content of a verbal act (what is demanded, rejected,
   alleged) is not an event of its own; violence told by a critic is his allegation;
4. adds what the text implies: a visit by who acts in another state's capital, an
   allegation in a shared assessment, a condemnation in a quotation;
5. merges mentions of the same event: one event per (type, actor codes, recipient codes,
   modality) per article, every supporting sentence kept as evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.analysis import CharSpan, Event, EventParticipant, Sentence
from lagebild.codebook.loader import Codebook, Frame, Predicate, load_codebook
from lagebild.errors import AnalysisError
from lagebild.german.verbs import infinitive_guesses
from lagebild.german.words import SEPARABLE_PARTICLES
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)
from lagebild.pipeline.actors import token_mentions
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events import unnamed
from lagebild.pipeline.events.modality import Factuality, factuality
from lagebild.pipeline.events.participants import (
    coded,
    domestic_counterpart,
    foreign_addressee,
    home_actor,
    host_states,
    in_dateline,
    is_official,
    location_actor,
    main_foreign_state,
    meeting_owner,
    own_government,
    own_population,
    participants,
    participants_in,
    place_codes,
    private_sides,
    quote_around,
    speaker_of,
    speaker_participants,
    unique,
)

VERBAL_QUADS = frozenset({"verbal_cooperation", "verbal_conflict"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
MATERIAL_TYPES = MATERIAL_CONFLICT | {"COOPERATE", "AID", "RETREAT"}
# PLOVER: cooperative acts reported as future are intentions (AGREE); announced retreats
# are concessions (CONCEDE); a coercive act made conditional is a threat.
FUTURE_COOPERATION = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "COERCE": "restrict", "PROTEST": "restrict"}  # fmt: skip
STATE_SECTORS = frozenset({"GOV", "MIL", "IGO", "LEG", "JUD", "COP", "SPY"})
NOUN_CLAUSE_DEPS = frozenset({"obl", "nmod", "obl:arg"})
PLACE_SLOTS = frozenset({"pp:in", "pp:nach", "pp:bei"})
BASE_CONFIDENCE = {"verb": 0.7, "adj": 0.6, "noun": 0.55}
INTERSTATE_TYPES = frozenset({"COOPERATE", "AID", "SANCTION"})
# Source PPs ("Rückendeckung bei Xi", "von X") are looked for deeper in the clause when the
# parser attached them too low; "mit"-partners are not ("Spannungen mit den USA").
NESTED_PP_PREPOSITIONS = frozenset({"bei", "von", "durch"})
# verbs of coming and originating, whose aus/von phrase is the source of their subject
SOURCE_VERBS = frozenset({"kommen", "stammen", "ausgehen", "eingehen"})
SOURCE_PREPOSITIONS = frozenset({"aus", "von"})
# The stand-in codebook entry of events inferred from a quotation's words.
_CONDEMNATION = Predicate(
    lemma="(condemnation)", pos="adj", type="ACCUSE", frame=Frame(actor=("subj",), recipient=())
)
# The stand-in entry of demands reported with a deontic modal ("X müsse …, so Y").
_DEMAND = Predicate(
    lemma="(reported demand)", pos="verb", type="REQUEST",
    frame=Frame(actor=("subj",), recipient=()),
)  # fmt: skip
# Acts that, told by someone else in a quotation, are that speaker's allegation.
ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE"})
# Speakers who, about their own state's forces, accuse rather than report.
CRITIC_SECTORS = frozenset({"OPP", "LEG", "NGO", "CVL", "PTY"})
MEDIA = frozenset({"MED", "JRN"})
MIN_COMPOUND_STEM = 5
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
CORE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
# Words for a violent act that the codebook does not list as an event noun of its own.
VIOLENT_ACTS = ("tat", "gewalttat", "bluttat", "straftat", "gewalt", "verbrechen", "mord",
                "terror", "blutbad", "gräueltat", "übergriff")  # fmt: skip
INFLECTION_ENDINGS = ("en", "n", "e", "s", "es", "er", "ern")
# Who acts, unnamed, where an act happens: police arrest, civilians protest, courts convict.
IMPLICIT_SECTORS = {"COERCE": "COP", "PROTEST": "CVL", "ASSAULT": "REB", "SANCTION": "JUD"}
# Coercion that, without a named target, falls on the actor's own population.
DOMESTIC_COERCION = frozenset({"martial-law", "curfew", "censor", "restrict"})
# … and coercion of named but unresolved people ("nahm 200 Menschen fest"); seizing land is not
# pronouns standing for what was said or proposed, never for someone who acts
PROPOSITION_PRONOUNS = frozenset({"das", "dies", "dieses", "was"})
VERBAL_COOPERATION_ACTS = frozenset({"SUPPORT", "CONCEDE", "AGREE"})
# acts that answer someone's demand, offer or accusation ("lehnte die Forderung der EU ab")
ANSWERING_TYPES = frozenset({"REJECT", "SUPPORT", "CONCEDE", "ACCUSE"})
CONDITION_MARKS = frozenset({"wenn", "falls", "sofern"})
# speech acts that, in a story about one state, its own actors address to each other
DOMESTIC_SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
PERSONAL_COERCION = frozenset({"arrest", "deport", "ban"})
NON_POLITICAL_SECTORS = frozenset({"CVL"})
OWN_SIDE_SECTORS = frozenset({"MIL", "CVL"})
_CONTEXT_WORD = re.compile(r"[\wäöüß-]+", re.IGNORECASE)


@Language.factory(
    "lagebild_events",
    requires=["token.dep", "doc._.mentions", "doc._.actors", "doc._.quotes", "doc._.meta"],
    assigns=["doc._.events"],
    default_config={"codebook_path": None},
)
def make_event_coder(nlp: Language, name: str, codebook_path: str | None) -> EventCoder:
    return EventCoder(codebook_path)


class EventCoder:
    def __init__(self, codebook_path: str | Path | None = None) -> None:
        self.codebook = load_codebook(Path(codebook_path) if codebook_path else None)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.mentions is None or doc._.actors is None:
            raise AnalysisError(
                "lagebild_events needs doc._.mentions and doc._.actors: "
                "add the lagebild_actors component before it"
            )
        set_annotations(doc, find_events(doc, self.codebook))
        return doc


def set_annotations(doc: Doc, events: list[Event]) -> None:
    doc._.events = events


# --- finding -------------------------------------------------------------------------------


class Implied(NamedTuple):
    """An actor the sentence does not name: who, the recipient, the confidence it costs, and
    whether it is the state where the act happens (``placed``)."""

    actor: list[EventParticipant]
    recipient: list[EventParticipant]
    penalty: float
    placed: bool = False


@dataclass
class Candidate:
    """One predicate occurrence coded as an event, before merging."""

    token: Token
    predicate: Predicate
    type: str
    mode: str | None
    actor: list[EventParticipant]
    recipient: list[EventParticipant]
    factuality: Factuality
    confidence: float
    extra: list[Token] = field(default_factory=list)  # the light verb's object
    placed: bool = False  # the actor is the unnamed agent the place of the act implies


def find_events(doc: Doc, codebook: Codebook) -> list[Event]:
    """Every event of the document, merged and with its evidence."""
    if not doc.has_annotation("DEP"):
        return []
    contexts = find_contexts(doc.text, codebook)
    year = _article_year(doc)
    matches = {token.i: m for token in doc if (m := match_predicate(token, codebook))}
    verbal = {i for i, (p, _) in matches.items() if codebook.quad(p.type) in VERBAL_QUADS}
    candidates = [
        c
        for i, match in matches.items()
        if (
            not _inside_verbal_act(doc[i], verbal)
            or proposal_authors(doc, doc[i], matches, codebook)
        )
        and (c := code_predicate(doc, doc[i], codebook, year, match)) is not None
    ]
    share_recipients(candidates, codebook)
    unnamed.continue_attacks(candidates)
    candidates += implied_visits(doc, candidates, codebook)
    candidates += allegations(doc, candidates, codebook)
    candidates += condemnations(doc, codebook)
    demands = reported_demands(doc, codebook)
    # what is demanded ("Russland muss seine Truppen abziehen") is the content, no event
    demanded = {t.i for d in demands for t in d.extra}
    candidates = [c for c in candidates if c.token.i not in demanded] + demands
    candidates += answered_proposals(doc, candidates, matches, codebook)
    return merge_events(candidates, codebook, contexts)


def code_predicate(
    doc: Doc,
    token: Token,
    codebook: Codebook,
    year: int | None,
    match: tuple[Predicate, list[Token]] | None = None,
) -> Candidate | None:
    """The event one token expresses, or None."""
    match = match or match_predicate(token, codebook)
    if match is None:
        return None
    predicate, extra = match
    fact = factuality(token, codebook, year, extra)
    if "purpose" in fact.reasons:  # "um … zu verhindern": an aim, not an act
        return None
    if is_alternative(token):  # "gewährt oder verweigert den Zugang": a practice, not an act
        return None
    frame_actor, frame_recipient, partners = fill_frame(doc, token, predicate, codebook, extra)
    # a verb is the most reliable trigger, an event noun the least; the entry may say otherwise
    confidence = predicate.confidence or BASE_CONFIDENCE[predicate.pos]
    occurrence = predicate.pos == "noun" and reported_occurrence(token)
    placed = False  # the actor is the unnamed agent of the state where the act happens
    if not coded(frame_actor):
        implied = implied_actor(doc, token, predicate, extra, frame_recipient, codebook)
        frame_actor, frame_recipient = implied.actor, implied.recipient
        confidence -= implied.penalty
        placed = implied.placed and predicate.type in unnamed.PLACED_TYPES
    if partners and not coded(frame_actor):
        # partners meet the actor: without one there is no meeting ("Die Sanktionen treffen
        # die EU hart": treffen in the sense of hitting, its subject no actor)
        return None
    actor = unique(frame_actor + partners)
    if not any(p.code for p in actor):
        return None
    actor_ids = {p.actor for p in actor}
    actor_codes = {p.code for p in actor}
    recipient = [
        p
        for p in unique(frame_recipient)
        if p.actor not in actor_ids
        # a state does not trade with, aid or sanction itself ("Der Konzern hat Autos nach
        # China verkauft" with the company linked to China)
        and not (predicate.type in INTERSTATE_TYPES and p.code in actor_codes and p.actor == p.code)
    ]
    if coded(recipient):
        confidence += 0.1
    else:
        named = bool(recipient) or occurrence  # "41 Verhaftungen": someone was arrested
        recipient = implied_recipient(doc, token, predicate, actor, named, codebook) or recipient
        if (
            placed
            and not coded(recipient)
            and (predicate.pos != "noun" or unnamed.has_unnamed_agent(token, predicate))
        ):
            recipient = unnamed.victims(doc, token, predicate, actor) or recipient
    if (
        predicate.pos == "noun"
        and not recipient
        and not governor_subjects(token, codebook)
        and not _noun_agents(token)  # "die Erstürmung … durch die Armee" is a reported act
        and not occurrence
    ):
        return None  # "die Zustimmung des Parlaments": a topic, not a reported act
    event_type, mode, fact = apply_plover_rules(predicate, fact, actor, doc, codebook)
    if event_type == "NONE":
        return None
    if event_type == "AGREE" and predicate.mode == "visit":
        # a planned visit is to another state: "Der Kanzler reist morgen nach Paris" with
        # the Kanzler taken for French is no visit, as a done one to the own country is not
        recipient = [p for p in recipient if p.code not in {a.code for a in actor}]
        if not recipient:
            return None
    if event_type == "AGREE" and predicate.type == "CONSULT" and not coded(recipient):
        # a planned meeting with someone is an intention towards him: "Solana will sich mit
        # Kabila treffen" is AGREE EU -> COD, the partner no longer a co-actor
        own = {a.actor for a in frame_actor}
        others = [p for p in partners if p.code and p.actor not in own]
        if others and coded(frame_actor):
            actor, recipient = unique(frame_actor), others
    if (
        placed
        and args.is_passive(token)
        and (event_type == "THREATEN" or fact.modality == "hypothetical")
    ):
        # the agentless passive of a conditional act names no one who threatens: "würden
        # häufig angegriffen, wenn sie das Lager verließen" describes a danger, not an act
        return None
    if event_type == "THREATEN" and not coded(recipient):
        recipient = condition_holders(doc, token, actor) or recipient
    if event_type == "ASSAULT" and introduces_speech(doc, token, actor):
        # "griff den Präsidenten direkt an: „Ein Präsident, der …“": an attack in words
        event_type, mode = "ACCUSE", "disapprove"
    mode = choose_mode(event_type, mode, predicate, token, extra, codebook)
    if event_type in ALLEGED_TYPES and fact.modality in ("asserted", "historical") and not placed:
        # (an act whose agent is only implied is no one's allegation against that agent)
        accuser = alleged_by(doc, token, actor)
        if accuser:
            event_type, mode, recipient, actor = "ACCUSE", "allege", actor, accuser
            fact = Factuality("asserted", fact.reasons)
    if event_type == "CONSULT":
        actor, recipient, mode = infer_visit(doc, token, actor, recipient, mode)
        if not is_meeting_of_several(actor, recipient, predicate, doc):
            return None
        if mode == "visit" and not any(is_official(doc, p) for p in actor):
            return None  # "reist Bon Jovi in die Schweiz": a private trip, no state visit
    if event_type != "PROTEST" and private_sides(doc, actor, recipient):
        return None  # "wurden von zwei Männern überfallen": a crime, not a political event
    # PLOVER types that need a recipient (speech acts directed at no one are statements,
    # not events); a reciprocal act ("arbeiten zusammen") has its partners among the actors,
    # and condemning an attack targets its unnamed perpetrators
    reciprocal = len({p.code for p in actor}) > 1
    if (
        codebook.types[event_type].requires_recipient
        and not recipient
        and not reciprocal
        and not (event_type == "ACCUSE" and condemns_an_act(token, extra, codebook))
    ):
        return None
    return Candidate(
        token=token,
        predicate=predicate,
        type=event_type,
        mode=mode,
        actor=actor,
        recipient=recipient,
        factuality=fact,
        confidence=max(0.05, min(confidence, 0.95)),
        extra=extra,
        placed=placed,
    )


def introduces_speech(doc: Doc, token: Token, actor: list[EventParticipant]) -> bool:
    """The act's sentence quotes its actor's own words, and the act is told outside them:
    what he attacks, he attacks in words."""
    sent = token.sent
    own = {p.actor for p in actor}
    return any(
        quote.kind == "direct"
        and sent.start_char <= quote.start < sent.end_char
        and not quote.start <= token.idx < quote.end
        and quote.speaker is not None
        and own & {quote.speaker.actor, *quote.speaker.actors}
        for quote in doc._.quotes or []
    )


def reported_occurrence(noun: Token) -> bool:
    """An event noun that reports acts happening rather than naming a topic: the existential
    "es kam zu Festnahmen", "es gab Festnahmen", or a count of acts ("41 Verhaftungen",
    "Hunderte Festnahmen")."""
    if any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in noun.children):
        return True
    head = noun.head
    if head == noun or head.pos_ not in ("VERB", "AUX"):
        return False
    expletive = any(c.lower_ == "es" and c.dep_ in ("nsubj", "expl") for c in head.children)
    if head.lemma_ == "kommen" and args.preposition(noun) == "zu":
        return expletive
    return head.lemma_ == "geben" and expletive and noun.dep_ == "obj"


def condition_holders(
    doc: Doc, token: Token, actor: list[EventParticipant]
) -> list[EventParticipant]:
    """Whom a conditional threat is aimed at: the subject of its condition ("werde angreifen,
    wenn Israel seine Luftangriffe nicht beende", "sollte Bouterse die Macht übernehmen")."""
    own = {p.actor for p in actor}
    for node in (token, token.head):
        for clause in node.children:
            if clause.dep_ not in ("advcl", "ccomp") or clause == token:
                continue
            conditional = any(
                (g.dep_ == "mark" and g.lower_ in CONDITION_MARKS)
                or (g.dep_ in ("aux", "cop") and g.lower_ in ("sollte", "sollten"))
                for g in clause.children
            )
            if not conditional:
                continue
            found = participants_in(doc, args.subjects(clause), names_only=True)
            found = [p for p in found if p.code and p.actor not in own]
            if found:
                return found
    return []


def condemns_an_act(token: Token, extra: list[Token], codebook: Codebook) -> bool:
    """The object of the disapproval is a violent act ("verurteilte den Anschlag",
    "reagierte auf die Tat mit Entsetzen"), whose perpetrators need not be named."""
    heads = [
        *args.objects(token),
        *extra,
        *args.prepositional([token, *extra], "auf"),
        *args.prepositional([token, *extra], "gegen"),
    ]
    for head in heads:
        word = (head.lemma_ or head.text).lower()
        if any(p.type in MATERIAL_CONFLICT for p in codebook.nouns(word)):
            return True
        if any(stem_matches(word, stem) for stem in VIOLENT_ACTS):
            return True
    return False


def implied_actor(
    doc: Doc,
    token: Token,
    predicate: Predicate,
    extra: list[Token],
    recipient: list[EventParticipant],
    codebook: Codebook,
) -> Implied:
    """Who acts when the sentence names nobody."""
    if predicate.pos != "noun":
        verbal = codebook.quad(predicate.type) in VERBAL_QUADS
        speaker = speaker_of(doc, token, verbal)  # "Man lehne … ab, erklärten Moskau und …"
        if coded(speaker):
            return Implied(speaker, recipient, 0.15)
    if predicate.implicit_actor in ("location", "place"):
        # "wurde in Teheran festgenommen", "Tausende demonstrierten in Teheran"
        sector = IMPLICIT_SECTORS.get(predicate.type, "GOV")
        located = location_actor(doc, token, sector)
        if located:
            return Implied(located, recipient, 0.25, placed=True)
        # "place": only a named place, never the home state by default (an attack told without
        # its place may be abroad; a summoned diplomat's own state does not summon him)
        home = home_actor(doc, sector) if predicate.implicit_actor == "location" else []
        if home:
            return Implied(home, recipient, 0.3, placed=True)
    elif unnamed.has_unnamed_agent(token, predicate):
        # "In Pforzheim wurde ein Geschäftsmann entführt", "bei dem Anschlag in Nairobi"
        sector = unnamed.UNNAMED_SECTOR
        located = unnamed.clause_state(doc, token, predicate, codebook, sector)
        if located:
            return Implied(located, recipient, 0.25, placed=True)
    attack = predicate.implicit_actor == "place" or unnamed.has_unnamed_agent(token, predicate)
    if attack and predicate.pos != "noun":
        # "Vier saudische Polizisten wurden getötet" in a story set in Saudi Arabia
        sector = IMPLICIT_SECTORS.get(predicate.type, "GOV")
        located = unnamed.home_of_victims(doc, token, predicate, codebook, sector)
        if located:
            return Implied(located, recipient, 0.3, placed=True)
    if predicate.mode == "meet" and args.is_passive(token):
        # "Der G8-Gipfel wird abgesagt": the organisation whose meeting it is cancels it
        owner = meeting_owner(doc, token, extra)
        if owner:
            return Implied(owner, [p for p in recipient if p not in owner], 0.2)
    return Implied([], recipient, 0.0)


def implied_recipient(
    doc: Doc,
    token: Token,
    predicate: Predicate,
    actor: list[EventParticipant],
    named: bool,
    codebook: Codebook,
) -> list[EventParticipant]:
    """Whom an act without a coded target is directed at, by default (``named``: the text
    names a target the actor linker could not code)."""
    # protest targets the own government, repression the own people ("Tausende
    # demonstrierten in Teheran", "nahm in Moskau Oppositionelle fest")
    if predicate.type == "PROTEST":
        return own_government(doc, actor)
    # (an arrest has someone arrested even if the linker could not say whom)
    named = named or bool(args.objects(token))
    domestic = predicate.mode in DOMESTIC_COERCION or (
        named and predicate.mode in PERSONAL_COERCION
    )
    if predicate.type == "COERCE" and domestic:
        return own_population(actor)
    if codebook.quad(predicate.type) in VERBAL_QUADS and _has_state_actor(doc, actor):
        # said while visiting: "kündigte bei einem Besuch in Bagdad den Abzug an" -> IRQ
        hosts = host_states(doc, token, actor)
        if hosts or predicate.type not in DOMESTIC_SPEECH_ACTS | VERBAL_COOPERATION_ACTS:
            return hosts
    addressed = args.datives(token) if predicate.type == "SUPPORT" else named
    if predicate.type in VERBAL_COOPERATION_ACTS and addressed:
        # "bot … der Opposition seinen Rücktritt an": a domestic addressee (the dative) the
        # linker could not code is the other side at home; an object is often a thing ("ein
        # Gesetz unterstützen") and no addressee
        home = domestic_counterpart(doc, actor)
        if home:
            return home
    if predicate.type in DOMESTIC_SPEECH_ACTS:
        # "Die Partei droht damit, das Wahlergebnis nicht zu akzeptieren", "Regierungsvertreter
        # wiesen die Vorwürfe zurück": in a story about one state, its own parties, officials
        # and bodies address the other side at home when they name no one else
        home = domestic_counterpart(doc, actor)
        if home:
            return home
        if named and not _home_is_victim(doc, token, codebook):
            # "Die EU und die USA hatten das Verfahren kritisiert" in a story about Ukraine:
            # what foreign actors criticise or demand there is the home state's doing (not
            # when it is the target of the condemned act: "den Angriff auf die Ukraine")
            return foreign_addressee(doc, actor)
    if predicate.type == "SANCTION" and predicate.mode in ("discontinue", None):
        # sanctions need a target; unnamed, it is the state the article is about ("Die EU hat
        # ein Moratorium für Waffenlieferungen beschlossen" in an article on Russia)
        return main_foreign_state(doc, actor)
    return []


# --- which codebook entry ------------------------------------------------------------------


def match_predicate(token: Token, codebook: Codebook) -> tuple[Predicate, list[Token]] | None:
    """The first codebook entry whose conditions hold, with the light-verb object it needs."""
    if token.dep_ == "amod" and token.pos_ in ("VERB", "ADJ"):
        if not is_attributive_act(token):
            return None  # "die seit Tagen erwartete Offensive": an attribute
        entries = next(
            (found for key in attributive_keys(token, codebook) if (found := codebook.verbs(key))),
            [],
        )
    elif token.pos_ in ("VERB", "AUX") or _is_participle(token) or args.is_mistagged_verb(token):
        # every reading of the form, the lemmatizer's first: "drängen" lemmatized as
        # "dringen" (which needs "auf") is still "drängen"
        entries = [
            p for key in args.verb_keys(token, codebook.strong_forms) for p in codebook.verbs(key)
        ]
    elif token.pos_ == "ADJ" or (token.pos_ == "ADV" and codebook.adjectives(token.lemma_)):
        entries = codebook.adjectives(token.lemma_) if _is_predicative(token) else []
    elif token.pos_ in ("NOUN", "PROPN"):
        entries = codebook.nouns(token.lemma_ or token.text)
        if not entries and token.lemma_.lower() != token.lower_:
            entries = codebook.nouns(token.lower_)
    else:
        return None
    for predicate in entries:
        extra = conditions_hold(token, predicate, codebook)
        if extra is not None:
            return predicate, extra
    return None


def is_alternative(token: Token) -> bool:
    """A predicate coordinated with another by "oder" names alternatives ("Israel gewährt
    oder verweigert den Zugang", "ob sie Sanktionen verhängt oder Gespräche führt"): a
    description of a practice or an open choice, not a reported act."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    partners = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        partners.append(token)
    return any(c.lower_ == "oder" and c.dep_ == "cc" for p in partners for c in p.children)


def is_attributive_act(token: Token) -> bool:
    """An attributive participle with a von/durch agent reports an act, passive in meaning:
    "die von Israel verhängte Blockade dauert an", "der von der Polizei festgenommene
    Journalist" (that it is a participle of a codebook verb is checked by the lookup,
    ``attributive_keys``). Only on a core argument: in a prepositional phrase it describes
    a place or circumstance, a state of affairs ("liegt auf den von Israel annektierten
    Golanhöhen")."""
    return (
        token.dep_ == "amod"
        and token.head.dep_ in CORE_ARGUMENT_DEPS
        and args.preposition(token.head) is None
        and bool(args.agents(token))
    )


def attributive_keys(token: Token, codebook: Codebook) -> list[str]:
    """Infinitives of an inflected participle: "angegriffene" -> angreifen, "verhängten" ->
    verhängen, "festgenommenen" -> festnehmen."""
    form = token.lower_
    stems = [form[: -len(e)] for e in ADJECTIVE_ENDINGS if form.endswith(e)] + [form]
    keys = [args.verb_key(token)]
    for stem in stems:
        for prefix in ("", *SEPARABLE_PARTICLES):
            rest = stem[len(prefix) :]
            if stem.startswith(prefix) and rest in codebook.strong_forms:
                keys.append(prefix + codebook.strong_forms[rest])
        keys += infinitive_guesses(stem)
    return list(dict.fromkeys(keys))


def _is_zu_clause(token: Token) -> bool:
    """An infinitive with zu parsed as adverbial clause is still a complement ("rät, … zu
    verschieben"); with um/ohne/statt it is not."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    if token.dep_ == "advcl" and marks == {"zu"}:
        return True
    # "hatten vereinbart, … alle Truppen zurückzuziehen" with the infinitive as conjunct: a
    # coordinated verb takes no zu, so it is the complement all the same
    return token.dep_ in ("conj", "acl") and not marks - {"zu"} and args.has_zu(token)


def _is_participle(token: Token) -> bool:
    """A participle the tagger called an adjective ("gefunden und verhaftet")."""
    return token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm") and token.dep_ != "amod"


def _is_predicative(token: Token) -> bool:
    """ "ist bereit", "zeigte sich gesprächsbereit": an adjective used as the predicate."""
    if any(c.dep_ == "cop" for c in token.children):
        return True
    return token.dep_ in ("xcomp", "advmod", "obl", "obj", "acomp") and args.is_reflexive(
        token.head
    )


def conditions_hold(token: Token, predicate: Predicate, codebook: Codebook) -> list[Token] | None:
    """None when the entry does not apply; else the complement words that made it apply."""
    if predicate.reflexive is not None and predicate.reflexive != args.is_reflexive(token):
        return None
    complements = [
        c
        for c in _complements(token)
        if args.preposition(c) not in codebook.noun_clause_prepositions
    ]
    if predicate.intransitive and args.objects(token) and not args.is_passive(token):
        return None
    if predicate.without_words and any(_ends_with(c, predicate.without_words) for c in complements):
        return None
    if predicate.without_subject and any(
        _ends_with(s, predicate.without_subject) for s in _nominatives(token)
    ):
        return None
    for prep, nouns in predicate.without_pp:
        if _pp_matches(token, prep, nouns):
            return None
    extra: list[Token] = []
    if predicate.with_words:
        extra = [c for c in complements if _ends_with(c, predicate.with_words)]
        if not extra:  # the parser may have hung it deeper ("… Xi Jinping Rückendeckung")
            extra = [c for c in _loose_complements(token) if _ends_with(c, predicate.with_words)]
        if not extra:
            return None
    for prep, nouns in predicate.with_pp:
        if not _pp_matches(token, prep, nouns):
            return None
    if predicate.pos == "noun" and not _noun_has_frame(token, predicate):
        return None
    return extra


def _nominatives(verb: Token) -> list[Token]:
    """The subject, and a nominative the parser took for an object ("dass Kenia ein Anschlag
    droht" with "Anschlag" as obj)."""
    nominative_objects = [
        c for c in verb.children if c.dep_ == "obj" and "Nom" in c.morph.get("Case")
    ]
    return args.subjects(verb) + nominative_objects


def _complements(token: Token) -> list[Token]:
    """Words that can complete a light verb: objects, predicatives, particles of idioms."""
    found = [token.head] if is_attributive_act(token) else []  # "verhängte Blockade"
    for child in token.children:
        if child.dep_ in ("obj", "nsubj:pass", "xcomp", "advmod", "obl", "obl:arg", "iobj", "advcl",
                          "compound:prt", "acomp", "nsubj", "conj", "amod", "dep"):  # fmt: skip
            found.append(child)
            found.extend(c for c in child.children if c.dep_ == "conj")
            if args.preposition(child) == "als":  # "als terroristische Elemente betrachten"
                found.extend(c for c in child.children if c.dep_ == "amod")
    return found


def _loose_complements(verb: Token) -> list[Token]:
    """Nouns and adjectives of the verb's clause outside prepositional phrases and clauses."""
    found = []
    stack = [c for c in verb.children if c.dep_ not in args.CLAUSAL_DEPS]
    while stack:
        tok = stack.pop()
        if args.preposition(tok) is not None or tok.dep_ in args.CLAUSAL_DEPS:
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            found.append(tok)
        stack.extend(tok.children)
    return sorted(found, key=lambda t: t.i)


def _ends_with(token: Token, stems: tuple[str, ...]) -> bool:
    words = {token.lemma_.lower(), token.lower_}
    return any(stem_matches(w, stem) for w in words for stem in stems)


def stem_matches(word: str, stem: str) -> bool:
    """The word is the stem or a compound ending in it; short stems only as whole words
    ("Haft", not "Landwirtschaft")."""
    forms = {word} | {word[: -len(s)] for s in INFLECTION_ENDINGS if word.endswith(s)}
    if len(stem) < MIN_COMPOUND_STEM:
        return stem in forms
    return any(form.endswith(stem) for form in forms)


def _pp_matches(token: Token, prep: str, nouns: tuple[str, ...]) -> bool:
    # the PP may be attached one level too low ("trotz einer Erkrankung zu einer Haft")
    heads = [token] + [c for c in token.children if c.dep_ not in args.CLAUSAL_DEPS]
    return any(not nouns or _ends_with(c, nouns) for c in args.prepositional(heads, prep))


def _noun_has_frame(token: Token, predicate: Predicate) -> bool:
    """An event noun counts only with an actor slot it can fill (else it is just a topic)."""
    return bool(
        args.genitives(token)
        or args.possessives(token)
        or any(
            args.prepositional([token], s[3:]) for s in predicate.frame.actor if s.startswith("pp:")
        )
        or "governor_subj" in predicate.frame.actor
    )


# --- who ------------------------------------------------------------------------------------


def fill_frame(
    doc: Doc, token: Token, predicate: Predicate, codebook: Codebook, extra: list[Token]
) -> tuple[list[EventParticipant], list[EventParticipant], list[EventParticipant]]:
    """Actors, recipients and partners named by the frame's slots (first filled slot wins)."""
    frame = predicate.frame
    agents = _noun_agents(token) if predicate.pos == "noun" and "pp:durch" in frame.actor else []
    if agents:
        # with a durch-agent the genitive of an action noun is its patient ("die Erstürmung
        # der Botschaft durch die Armee"), not its actor
        frame = Frame(actor=("pp:durch",), recipient=("gen", *frame.recipient), partners=())
        actor = participants_in(doc, agents, False, names_only=True)
    else:
        actor = _first_filled(doc, token, frame.actor, codebook, extra, names_only=True)
    actor_ids = {p.actor for p in actor}
    partners = [
        p
        for slot in frame.partners
        for p in participants_in(
            doc, slot_heads(token, slot, codebook, extra), slot == "content", names_only=True
        )
        if p.actor not in actor_ids
    ]
    own_sides = {(p.code, p.sector) for p in actor}
    verbal = codebook.quad(predicate.type) in VERBAL_QUADS
    recipient = _first_filled(
        doc, token, frame.recipient, codebook, extra, exclude=actor_ids, own_sides=own_sides,
        verbal=verbal,
    )  # fmt: skip
    return actor, recipient, partners


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
    for slot in slots:
        heads = slot_heads(token, slot, codebook, extra)
        if slot == "subj" and len(heads) > 1:
            # several candidate subjects (a parser slip): the likeliest that names an actor,
            # never a dative ("Der Volkswirtschaft Japan droht eine Rezession")
            heads = [h for h in heads if not args.is_dative(h)] or heads[:1]
            heads = next(
                ([h] for h in heads if participants_in(doc, [h], names_only=names_only)),
                heads[:1],
            )
        found = [
            p
            for p in participants_in(doc, heads, slot == "content", names_only=names_only)
            if p.actor not in exclude
        ]
        if victims:
            found = [p for p in found if p.start is None or p.start not in victims]
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
            found = [p for h in heads for p in place_codes(doc, h) if p.actor not in exclude]
        if found:
            return found
    return []


def _home_is_victim(doc: Doc, token: Token, codebook: Codebook) -> bool:
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


def _is_act_noun(token: Token, codebook: Codebook) -> bool:
    word = (token.lemma_ or token.text).lower()
    if any(p.type in MATERIAL_CONFLICT for p in codebook.nouns(word)):
        return True
    return any(stem_matches(word, stem) for stem in VIOLENT_ACTS)


def slot_heads(token: Token, slot: str, codebook: Codebook, extra: list[Token]) -> list[Token]:
    """Head tokens of the phrases that fill one frame slot."""
    if slot in ("subj", "obj") and is_attributive_act(token):
        # "die von Russland annektierte Krim": the agent acts on the noun it describes
        return args.agents(token) if slot == "subj" else [token.head]
    passive = args.is_passive(token)
    if slot in ("subj", "obj", "content") and not passive:
        fronted = fronted_proposal(token, codebook)
        if fronted:
            # "Eine Forderung der EU lehnte das Kabinett ab": the parser's subject is the object
            return fronted[1] if slot == "subj" else fronted[0]
    if slot == "subj":
        # "teilt die Einschätzung": a light verb's noun is never its subject, even if parsed so;
        # nor is the dateline ("Peking (dpa) - …")
        if args.is_event_noun(token):
            return []
        heads = []
        for subject in args.subjects(token):
            if subject in extra:
                continue
            if not in_dateline(subject):
                heads.append(subject)
                continue
            # the parser hung the real subject under the dateline ("Moskau (AFP) - Russland
            # hat … ausgewiesen" with "Russland" as flat of "Moskau")
            heads += [
                c
                for c in subject.children
                if not in_dateline(c) and c.pos_ in ("NOUN", "PROPN") and c.dep_ != "punct"
            ]
        return heads
    if slot == "obj":
        # a light verb's noun ("Kritik üben") is no participant, but an object that only
        # conditions the entry ("Gefangene freilassen") is
        objects = args.objects(token)
        return [o for o in objects if o not in extra] + [o for o in objects if o in extra]
    if slot == "dat":
        return args.datives(token)
    if slot == "gen":
        return args.genitives(token)
    if slot == "poss":
        return args.possessives(token)
    if slot == "governor_subj":
        return governor_subjects(token, codebook)
    if slot == "partner":
        return announced_partners(token, extra)
    if slot == "content":
        roots = args.content_roots(token, passive)
        if extra:  # "teilt die Einschätzung der USA": the light verb's noun holds the content
            held = [c for e in extra for c in e.children if c.dep_ in args.CONTENT_DEPS]
            # its holder, not what the assessment says ("…, dass Russland …")
            held = [c for c in held if c.dep_ not in args.CLAUSAL_DEPS] or held
            index = token_mentions(token.doc)
            if any(index.get(t.i) for h in held for t in h.subtree):
                return held
            return [r for r in roots if r not in extra]  # "wird der G8-Gipfel … abgesagt"
        return roots
    if slot.startswith("pp:"):
        # "Kritik üben an", "Rückendeckung erhalten bei": the PP may hang on the noun too;
        # "zog seine Truppen aus Syrien ab": or on the object
        found = args.prepositional([token, *extra], slot[3:], passive) or args.prepositional(
            args.objects(token) if not args.is_event_noun(token) else [], slot[3:]
        )
        if not found and args.is_event_noun(token):
            found = _adjacent_sibling_pps(token, slot[3:]) or _source_pps(token, slot[3:])
        if not found and slot[3:] in NESTED_PP_PREPOSITIONS and not args.is_event_noun(token):
            found = _nested_pps(token, slot[3:])
        return found
    return []


def announced_partners(token: Token, extra: list[Token]) -> list[Token]:
    """The mit-partners of the act that readiness, an offer or a plan announces: it is
    directed at them ("erklärte die Bereitschaft, in Gespräche mit dem Iran einzutreten",
    "bereit, mit der Opposition zu verhandeln", "kündigte Gespräche mit Kiew an")."""
    clauses = [
        c for h in [token, *extra] for c in h.children if c.dep_ in ("ccomp", "xcomp", "acl")
    ]
    phrases = [*clauses, *extra]  # the light verb's noun: "Gespräche [mit Kiew]"
    return [
        t
        for phrase in phrases
        for t in phrase.subtree
        if t.pos_ in ("NOUN", "PROPN") and args.preposition(t) == "mit"
    ]


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
        and "Dat" not in o.morph.get("Case")
    ]
    if not objects or min(s.i for s in subjects) > min(o.i for o in objects):
        return None  # only a fronted object is mistaken for the subject
    return subjects, objects


def _is_speech_act_noun(token: Token, codebook: Codebook) -> bool:
    if token.lower_ in PROPOSITION_PRONOUNS:  # "Das lehnte Abhisit ab": "das" is what he rejects
        return True
    return token.pos_ == "NOUN" and any(
        codebook.quad(p.type) in VERBAL_QUADS for p in codebook.nouns(token.lemma_ or token.text)
    )


def _noun_agents(noun: Token) -> list[Token]:
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
        for grandchild in child.children:
            if grandchild.dep_ in args.CLAUSAL_DEPS:
                continue
            found += args.prepositional([grandchild], prep)
    return found


def _source_pps(noun: Token, prep: str) -> list[Token]:
    """With a verb of coming or originating, the source named on the verb is the source of
    the event noun: "Aus Berlin kam scharfe Kritik an Israel", "Die Initiative ging von
    Frankreich aus"."""
    if prep not in SOURCE_PREPOSITIONS or noun.dep_ not in ("nsubj", "obj"):
        return []
    verb = noun.head
    if args.verb_key(verb) not in SOURCE_VERBS:
        return []
    return [pp for pp in args.prepositional([verb], prep) if pp != noun]


def _adjacent_sibling_pps(noun: Token, prep: str) -> list[Token]:
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


def governor_subjects(noun: Token, codebook: Codebook) -> list[Token]:
    """The subject of the verb an event noun depends on, when that verb carries the event:
    "Israel startete die Bodenoffensive", "D'Alema hat bei einem Besuch in Bagdad …"."""
    head = noun.head
    if head == noun or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    if noun.dep_ in ("obj", "nsubj:pass") and args.verb_key(head) in codebook.noun_support_verbs:
        return args.subjects(head)
    prep = args.preposition(noun)
    # "bei einem Besuch in Bagdad hat D'Alema …": only meetings place the clause's subject
    # at the event; "wie 1999 beim Abzug der Milizen" does not make the subject withdraw
    is_meeting = any(p.type == "CONSULT" for p in codebook.nouns(noun.lemma_ or noun.text))
    if is_meeting and noun.dep_ in NOUN_CLAUSE_DEPS and prep in codebook.noun_clause_prepositions:
        if prep == "auf" and not args.is_dative(noun):  # "reagierte auf die Kritik"
            return []
        return args.subjects(head)
    return []


def _in_relative_clause(token: Token) -> bool:
    node, steps = token, 0
    while node.head != node and steps < 6:
        if node.dep_ == "acl:relcl":
            return True
        node, steps = node.head, steps + 1
    return False


def alleged_by(doc: Doc, token: Token, actor: list[EventParticipant]) -> list[EventParticipant]:
    """Violence or repression told in someone else's words is that speaker's allegation
    ("Die Soldaten hätten Zivilisten getötet, so Murtha" -> ACCUSE allege Murtha -> USA)."""
    quote = quote_around(doc, token)
    if quote is None or _in_relative_clause(token):
        return []  # a relative clause tells background ("die … festgenommen wurde")
    # the media report, they do not allege ("berichtete die Zeitung Haaretz")
    speakers = [p for p in speaker_participants(doc, quote) if p.code and p.sector not in MEDIA]
    if not speakers or {p.actor for p in speakers} & {p.actor for p in actor}:
        return []
    if {p.code for p in speakers} & {p.code for p in actor} and not all(
        p.sector in CRITIC_SECTORS for p in speakers
    ):
        return []  # a state's own spokesperson reporting what its forces did
    return speakers


# --- what -----------------------------------------------------------------------------------


def apply_plover_rules(
    predicate: Predicate,
    fact: Factuality,
    actor: list[EventParticipant],
    doc: Doc,
    codebook: Codebook,
) -> tuple[str, str | None, Factuality]:
    event_type, mode = predicate.type, predicate.mode
    if predicate.if_state_actor and _is_state_actor(actor, doc):
        if predicate.if_state_actor == "NONE":  # "die Präsidenten demonstrierten Harmonie"
            return "NONE", None, fact
        event_type, mode = predicate.if_state_actor, None
    if fact.modality == "negated" and predicate.when_negated:
        return predicate.when_negated, None, Factuality("asserted", fact.reasons)
    if event_type in MATERIAL_CONFLICT and (
        "subjunctive" in fact.reasons
        or ("conditional" in fact.reasons and fact.modality in ("future", "asserted"))
    ):
        return "THREATEN", THREAT_MODES.get(event_type, mode), Factuality("asserted", fact.reasons)
    if event_type == "MOBILIZE" and len({p.code for p in actor}) > 1:
        # joint manoeuvres are cooperation, one country's are a show of force
        return "COOPERATE", None, fact
    if (
        fact.modality == "future"
        and event_type in ("ASSAULT", "COERCE")
        and fact.reasons & {"announced", "intended"}
    ):
        # a declared intention to use force or coercion is a threat
        return "THREATEN", THREAT_MODES.get(event_type), Factuality("asserted", fact.reasons)
    if fact.modality == "future":
        if event_type in FUTURE_COOPERATION:
            return "AGREE", None, Factuality("asserted", fact.reasons)
        if event_type == "RETREAT":
            return "CONCEDE", None, Factuality("asserted", fact.reasons)
    return event_type, mode, fact


def is_meeting_of_several(
    actor: list[EventParticipant], recipient: list[EventParticipant], predicate: Predicate, doc: Doc
) -> bool:
    """A meeting needs two sides: a host, a partner, several actors, or an organisation or
    group meeting itself ("die G7-Staaten trafen sich"); "Bei dem Treffen sagte Putin" is
    no event of its own."""
    if all(p.sector in NON_POLITICAL_SECTORS for p in actor):
        return False  # demonstrators meeting demonstrators
    if recipient or len({p.code for p in actor}) > 1:
        return True
    actors = doc._.actors or {}
    return any(
        (info := actors.get(p.actor or "")) is not None and info.kind == "organisation"
        for p in actor
    )


def allegations(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """Sharing or voicing an assessment that an actor does something alleges it:
    "teilt die Einschätzung der USA, dass Russland einen Vorwand konstruieren werde"."""
    found = []
    for c in candidates:
        nouns = [e for e in c.extra if e.lemma_.lower() in codebook.allegation_nouns]
        if not nouns:
            continue
        clauses = [k for n in nouns for k in n.children if k.dep_ in ("acl", "ccomp")]
        clauses += [k for k in c.token.children if k.dep_ == "ccomp"]
        own = {p.code for p in c.actor}
        accused = [
            p
            for clause in clauses
            for p in participants_in(doc, args.subjects(clause))
            if p.code and p.code not in own
        ]
        if accused:
            found.append(
                replace(c, type="ACCUSE", mode="allege", recipient=unique(accused),
                        confidence=max(0.05, c.confidence - 0.2), extra=[])
            )  # fmt: skip
    return found


def _quotations_with_speakers(doc: Doc) -> Iterator[tuple[list[EventParticipant], Span]]:
    """Each direct or indirect quotation whose speaker has a code, with its span (a reported
    paraphrase has no words of its own to judge)."""
    for quote in doc._.quotes or []:
        if quote.kind == "reported":
            continue
        speaker = [p for p in speaker_participants(doc, quote) if p.code]
        quoted = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if speaker and quoted is not None:
            yield speaker, quoted


def condemnations(doc: Doc, codebook: Codebook) -> list[Candidate]:
    """A quotation that condemns another actor in strong words is the speaker's disapproval:
    "Das Problem sei, dass das US-Imperium Erdgas ersetzen wolle, was verrückt sei, so der
    venezolanische Präsident" -> ACCUSE disapprove VEN -> USA."""
    index = token_mentions(doc)
    found = []
    for speaker, quoted in _quotations_with_speakers(doc):
        # the words around an indirect quote's frame belong to it ("…, so X, dass …")
        span = doc[quoted.sent.start : quoted[-1].sent.end]
        words = [t for t in span if t.lemma_.lower() in codebook.condemning_words
                 or t.lower_ in codebook.condemning_words]  # fmt: skip
        if not words or is_negated_anywhere(words[0], codebook):
            continue
        own = {p.code for p in speaker}
        targets = unique(
            [p for t in span if (m := index.get(t.i)) is not None and m.actors
             for p in participants(doc, m)
             if p.code and p.code not in own and p.sector not in MEDIA]
        )  # fmt: skip
        if targets:
            found.append(
                Candidate(
                    token=words[0],
                    predicate=_CONDEMNATION,
                    type="ACCUSE",
                    mode="disapprove",
                    actor=speaker,
                    recipient=targets,
                    factuality=Factuality("asserted", set()),
                    confidence=0.45,
                )  # fmt: skip
            )
    return found


def reported_demands(doc: Doc, codebook: Codebook) -> list[Candidate]:
    """A deontic modal in someone's quotation is that speaker's demand on its subject: "Der
    Iran müsse den Anreicherungsprozess beenden, so Rice" -> REQUEST USA -> IRN. German
    reported speech has no imperative; "müsse"/"solle" is how a demand is reported. Each
    demand keeps the demanded verb in ``extra``."""
    found = []
    for speaker, quoted in _quotations_with_speakers(doc):
        own = {p.code for p in speaker}
        for modal in quoted:
            verb = _deontic_verb(modal, codebook)
            if verb is None:
                continue
            addressed = [
                p for p in participants_in(doc, args.subjects(verb), names_only=True)
                if p.code and p.code not in own and p.sector not in MEDIA
            ]  # fmt: skip
            if addressed:
                found.append(
                    Candidate(token=modal, predicate=_DEMAND, type="REQUEST", mode="change",
                              actor=speaker, recipient=unique(addressed),
                              factuality=Factuality("asserted", set()), confidence=0.45,
                              extra=[verb])
                )  # fmt: skip
    return found


def _deontic_verb(token: Token, codebook: Codebook) -> Token | None:
    """The verb a deontic modal (müssen, sollen) governs, unless the modal is negated ("muss
    nicht" lifts the obligation), the clause is a condition ("sollte er …"), or the modal
    governs a perfect infinitive: "soll … erhalten haben" reports hearsay, not a duty."""
    if token.pos_ not in ("AUX", "VERB") or token.lemma_.lower() not in codebook.modality.get(
        "deontic_modals", frozenset()
    ):
        return None
    verb = token.head if token.dep_.startswith("aux") else token
    if verb.pos_ not in ("VERB", "AUX") or is_negated_anywhere(verb, codebook):
        return None
    if any(c.dep_ == "mark" and c.lower_ in codebook.modality["hypothetical_marks"]
           for c in verb.children):  # fmt: skip
        return None
    if any(c.dep_.startswith("aux") and c.lower_ in ("haben", "sein") for c in verb.children):
        return None
    if token.i == min(t.i for t in verb.subtree):  # verb-first: "…, sollte das Parlament …"
        return None
    return verb


def is_negated_anywhere(token: Token, codebook: Codebook) -> bool:
    """ "nicht inakzeptabel": a negation next to the word or on its clause."""
    negation = codebook.modality["negation"]
    return any(t.lower_ in negation for t in [*token.children, *token.head.children])


def share_recipients(candidates: list[Candidate], codebook: Codebook) -> None:
    """Coordinated verbal acts of the same actor share the target: "haben zentrale Forderungen
    Russlands zurückgewiesen, sich aber gesprächsbereit gezeigt" -> AGREE towards RUS too."""
    for c in candidates:
        if c.recipient or codebook.quad(c.type) not in VERBAL_QUADS:
            continue
        codes = {p.code for p in c.actor}
        for d in candidates:
            linked = d.token.head == c.token or c.token.head == d.token
            if (
                d is not c
                and d.recipient
                and linked
                and {d.token.dep_, c.token.dep_} & {"conj", "advcl"}
                and {p.code for p in d.actor} == codes
            ):
                c.recipient = d.recipient
                break


def implied_visits(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """A state's representative acting in another state's capital is visiting it:
    "Putin erhielt in Peking … Rückendeckung" codes CONSULT visit RUS -> CHN too."""
    visits = []
    for c in candidates:
        if codebook.quad(c.type) not in VERBAL_QUADS or c.type == "CONSULT":
            continue
        owner = c.token.head if c.predicate.pos == "noun" else c.token
        # who is there is the clause's subject: "Putin erhielt in Peking Rückendeckung"; not
        # the event noun's own author ("Die Forderung der USA stieß in Moskau auf Ablehnung")
        subjects = [s for s in args.subjects(owner) if s != c.token]
        present = participants_in(doc, subjects, names_only=True)
        guests = [p for p in present if p.sector in ("GOV", None) and is_official(doc, p)]
        hosts = host_states(doc, owner, guests, visit_nouns=False)
        if len(guests) == 1 and hosts:
            visits.append(
                replace(c, type="CONSULT", mode="visit", actor=guests, recipient=hosts[:1],
                        confidence=max(0.05, c.confidence - 0.3), extra=[])
            )  # fmt: skip
    return visits


def _has_state_actor(doc: Doc, actor: list[EventParticipant]) -> bool:
    """Some actor is a state or acts for one (not only organisations meeting somewhere)."""
    actors = doc._.actors or {}
    return any(
        (info := actors.get(p.actor or "")) is None or info.kind != "organisation" for p in actor
    )


def _is_state_actor(actor: list[EventParticipant], doc: Doc) -> bool:
    actors = doc._.actors or {}
    for p in actor:
        info = actors.get(p.actor or "")
        if p.sector in STATE_SECTORS:
            return True
        # the sector says who acts ("CVL" civilians in a state); the kind only without it
        if p.sector is None and info is not None and info.kind in ("state", "organisation"):
            return True
    return False


def choose_mode(
    event_type: str,
    mode: str | None,
    predicate: Predicate,
    token: Token,
    extra: list[Token],
    codebook: Codebook,
) -> str | None:
    """The entry's mode unless cue words in the predicate's phrase say otherwise."""
    cues = codebook.mode_cues.get(event_type)
    valid = codebook.types[event_type].modes
    if mode and mode not in valid:
        mode = None
    if not cues or (mode and event_type not in ("REQUEST", "REJECT")):
        return mode
    words = [token.lemma_.lower(), token.lower_]
    for child in [*token.children, *extra]:
        if child.dep_ in ("punct", "nsubj", "nsubj:outer") or child.dep_.startswith("aux"):
            continue
        if args.preposition(child) in args.NOT_CONTENT_PREPOSITIONS:
            continue  # "in einem Gespräch wies er … zurück" is no rejected meeting
        words.extend(w for t in child.subtree for w in (t.lemma_.lower(), t.lower_))
    for cue_mode, stems in cues.items():
        if cue_mode in valid and any(stem_matches(w, s) for w in words for s in stems):
            return cue_mode
    return mode


def infer_visit(
    doc: Doc,
    token: Token,
    actor: list[EventParticipant],
    recipient: list[EventParticipant],
    mode: str | None,
) -> tuple[list[EventParticipant], list[EventParticipant], str | None]:
    """A meeting in the capital of one participant is a visit by the others (visitor = actor,
    host = recipient): "Obamas Treffen mit Medwedew in Moskau"."""
    owners = [token, token.head] if args.is_event_noun(token) else [token]
    # "Treffen mit Medwedew in Moskau": the place may hang on the partner
    owners += [h for o in list(owners) for h in args.prepositional([o], "mit")]
    if args.is_event_noun(token):
        owners += _adjacent_sibling_pps(token, "mit")
    places = {
        p.code: p
        for owner in owners
        for child in owner.children
        if child.dep_ in args.PP_DEPS and args.preposition(child) in ("in", "nach")
        for p in place_codes(doc, child)
    }
    if mode == "visit":  # nobody visits their own country
        recipient = [p for p in recipient if p.code not in {a.code for a in actor}]
    if not places or set(places) & {p.code for p in recipient}:
        return actor, recipient, mode
    hosts = [p for p in actor if p.code in places]
    guests = [p for p in actor if p.code not in places]
    if hosts and guests:
        return guests, hosts, "visit"
    foreign = [p for code, p in places.items() if code not in {a.code for a in actor}]
    if not recipient and len(foreign) == 1:
        # "Scholz hat in Kiew Selenskyj getroffen" (Selenskyj unknown): a visit to Ukraine
        return actor, foreign, "visit"
    return actor, recipient, mode


# --- content of verbal acts -----------------------------------------------------------------


def answered_proposals(
    doc: Doc,
    candidates: list[Candidate],
    matches: dict[int, tuple[Predicate, list[Token]]],
    codebook: Codebook,
) -> list[Candidate]:
    """A demand, offer or accusation with its own author that another act answers is reported
    as well (``proposal_authors``); when its own frame names no one it is addressed to, it was
    addressed to the one who answers: "Eine Forderung der EU-Außenminister nach einer
    Waffenruhe lehnte Israel ab" is a REQUEST EU -> ISR besides Israel's REJECT."""
    coded_tokens = {c.token.i for c in candidates}
    found = []
    for answer in candidates:
        if answer.type not in ANSWERING_TYPES or answer.token.pos_ not in ("VERB", "AUX"):
            continue
        own = {p.code for p in answer.actor}
        for noun in answer.token.children:
            if noun.i in coded_tokens:
                continue
            authors = [p for p in proposal_authors(doc, noun, matches, codebook)
                       if p.code not in own]  # fmt: skip
            if authors:
                predicate = matches[noun.i][0]
                found.append(
                    Candidate(token=noun, predicate=predicate, type=predicate.type,
                              mode=predicate.mode, actor=unique(authors), recipient=answer.actor,
                              factuality=Factuality("asserted", set()),
                              confidence=BASE_CONFIDENCE["noun"])
                )  # fmt: skip
    return found


def proposal_authors(
    doc: Doc, noun: Token, matches: dict[int, tuple[Predicate, list[Token]]], codebook: Codebook
) -> list[EventParticipant]:
    """The authors (genitive, possessive) of a demand, offer or accusation noun that a verb of
    answering takes as object or subject ("lehnte die Forderung der EU ab", "die Kritik der
    UN wurde zurückgewiesen"): a reported act of its own, not the content of the answer.
    Not so the content of an act ("forderten ein Ende der Angriffe"): it has no author."""
    match = matches.get(noun.i)
    answer = matches.get(noun.head.i)
    if match is None or answer is None or noun.dep_ not in ("obj", "nsubj", "nsubj:pass"):
        return []
    predicate = match[0]
    if predicate.pos != "noun" or codebook.quad(predicate.type) not in VERBAL_QUADS:
        return []
    if answer[0].type not in ANSWERING_TYPES or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    # one's own side's statements answered at home are a domestic dispute, not coded twice
    answerers = [t for t in args.subjects(noun.head) if t != noun]
    answering = {p.code for p in participants_in(doc, answerers, names_only=True) if p.code}
    authors = args.genitives(noun) + args.possessives(noun)
    return [
        p
        for p in participants_in(doc, authors, names_only=True)
        if p.code and p.code not in answering
    ]


def _inside_verbal_act(token: Token, verbal: set[int]) -> bool:
    node, steps = token, 0
    while node.head != node and steps < 8:
        if node.head.i in verbal and (
            node.dep_ in args.CONTENT_DEPS | {"nsubj:pass", "obl:arg"} or _is_zu_clause(node)
        ):
            return True
        # a relative clause describes a participant ("Lehrerin, die … festgenommen wurde"):
        # background fact, not the content of the demand
        if node.dep_.lower() in ("parataxis", "root", "acl:relcl"):
            return False
        node, steps = node.head, steps + 1
    return False


# --- merging --------------------------------------------------------------------------------


def drop_partial_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """In one sentence, an event without recipient is the same event as one with recipient
    of the same type, actor and modality ("startete die Bodenoffensive in den Gazastreifen"
    coded from the verb and from the noun)."""
    complete = {_partial_key(c) for c in candidates if c.recipient}
    return [c for c in candidates if c.recipient or _partial_key(c) not in complete]


def _partial_key(c: Candidate) -> tuple:
    """Where an act without a target is the act coded with its target: in its sentence, or
    anywhere in the article for material acts (the arrests, attacks, protests a story tells
    are told again without their targets; speech acts without an addressee are often new)."""
    where = -1 if c.type in MATERIAL_TYPES else c.token.sent.start
    return (where, c.type, frozenset(p.code for p in c.actor), c.factuality.modality)


def merge_events(
    candidates: list[Candidate], codebook: Codebook, contexts: list[str]
) -> list[Event]:
    """One event per (type, actor codes, recipient codes, modality); all sentences kept."""
    merged: dict[tuple, Event] = {}
    for c in drop_partial_duplicates(candidates):
        key = (
            c.type,
            frozenset(p.code or p.actor for p in c.actor),
            frozenset(p.code or p.actor for p in c.recipient),
            c.factuality.modality,
        )
        sentence = _sentence(c.token.sent)
        event = merged.get(key)
        if event is None:
            merged[key] = Event(
                type=c.type,
                mode=c.mode,
                actor=c.actor,
                recipient=c.recipient,
                modality=c.factuality.modality,
                context=contexts,
                score=codebook.score(c.type, c.mode),
                quad=codebook.quad(c.type),
                trigger=CharSpan(
                    start=c.token.idx, end=c.token.idx + len(c.token), text=c.token.text
                ),
                sentence=sentence,
                confidence=round(c.confidence, 2),
                evidence=[sentence],
            )
            continue
        if sentence not in event.evidence:
            event.evidence.append(sentence)
        event.confidence = round(min(0.95, max(event.confidence, c.confidence) + 0.05), 2)
        if event.mode is None and c.mode:
            event.mode, event.score = c.mode, codebook.score(c.type, c.mode)
    return list(merged.values())


def _sentence(span: Span) -> Sentence:
    return Sentence(start=span.start_char, end=span.end_char)


# --- context --------------------------------------------------------------------------------


def find_contexts(text: str, codebook: Codebook, min_hits: int = 2) -> list[str]:
    """Document-level PLOVER contexts: those whose keywords occur at least ``min_hits`` times."""
    words = [w.lower() for w in _CONTEXT_WORD.findall(text)]
    lowered = " ".join(words)
    counts = Counter(words)  # each distinct word once: articles repeat their words
    # Sorted words and sorted reversed words turn prefix and suffix tests into bisections.
    forward = sorted(counts)
    backward = sorted(w[::-1] for w in counts)
    found = []
    for context, keywords in codebook.contexts.items():
        hits = 0
        for keyword in keywords:
            if "_" in keyword:
                hits += lowered.count(keyword.replace("_", " "))
            else:
                matched = set(_with_prefix(forward, keyword))
                matched.update(w[::-1] for w in _with_prefix(backward, keyword[::-1]))
                hits += sum(counts[w] for w in matched)
        if hits >= min_hits:
            found.append(context)
    return found


def _with_prefix(sorted_words: list[str], prefix: str) -> Iterator[str]:
    i = bisect_left(sorted_words, prefix)
    while i < len(sorted_words) and sorted_words[i].startswith(prefix):
        yield sorted_words[i]
        i += 1


def _article_year(doc: Doc) -> int | None:
    date = doc._.meta.date
    return int(date[:4]) if date and date[:4].isdigit() else None
