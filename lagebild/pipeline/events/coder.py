"""PLOVER event coding: who did what to whom, with mode, factuality, score and evidence.

The component ``lagebild_events`` runs after the model, ``lagebild_actors`` and
``lagebild_quotes``. For every verb, predicative adjective and event noun that the
codebook (``lagebild/codebook/plover.yaml``) knows, it

1. picks the codebook entry whose conditions hold (``matching``: particle, ``sich``,
   light-verb object, preposition: "übt Kritik an", "erhielt Rückendeckung bei", "schloss …
   aus der Gruppe aus");
2. fills the entry's argument frame (``frames``) from the dependency parse (``arguments``,
   which also repairs the small model's typical parse errors) and maps the phrases to actors
   through ``doc._.mentions`` (``participants``); an act whose actor the sentence does not
   name gets the implied one: the speaker of a quotation ("Man lehne … ab, erklärten Moskau
   und Peking"), the state of the place ("wurde in Teheran festgenommen");
3. reads the factuality (``modality``) and applies PLOVER's rules: future cooperation is
   AGREE, an announced retreat is CONCEDE, a conditional coercive act is THREATEN, a negated
   endorsement can be a REJECT; the content of a verbal act (what is demanded, rejected,
   alleged) is not an event of its own; violence told by a critic is his allegation;
4. adds what the text implies (``derived``): a visit by who acts in another state's
   capital, an allegation in a shared assessment, a condemnation in a quotation;
5. merges mentions of the same event (``merge``): one event per (type, actor codes,
   recipient codes, modality) per article, every supporting sentence kept as evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple, cast

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from lagebild.analysis import Event, EventParticipant
from lagebild.codebook.loader import Codebook, Predicate, load_codebook
from lagebild.errors import AnalysisError
from lagebild.german.memo import by_identity, fixed_parse
from lagebild.german.scan import doc_text
from lagebild.german.verbs import has_pluperfect_auxiliary, is_mutual, morph_values
from lagebild.german.words import RELATIVE_TAGS
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events import unnamed
from lagebild.pipeline.events.candidates import (
    BASE_CONFIDENCE,
    MATERIAL_CONFLICT,
    MATERIAL_TYPES,
    MEDIA,
    STATE_SECTORS,
    VERBAL_QUADS,
    Candidate,
)
from lagebild.pipeline.events.derived import (
    CONDITION_WORDS,
    CONSEQUENCE_ADVERBS,
    JUDGING_DECISIONS,
    allegations,
    announced_refusals,
    answered_claims,
    answered_proposals,
    blamed_in_quotations,
    condemnations,
    condemned_act_authors,
    consequence_threats,
    continued_disputes,
    decision_authors,
    demanded_acts,
    denies_told_claim,
    exchanges,
    foretold_threats,
    implied_visits,
    inside_verbal_act,
    judged_by_name,
    judges_told_act,
    names_act_by_judgement,
    no_choice_threats,
    proposal_authors,
    refers_back,
    rejects_told_claim,
    reported_demands,
    retaliated_acts,
    returned_fire,
    share_recipients,
    threatens_retaliation,
    told_decision_makers,
    violations,
    welcomed_act_authors,
    welcomed_acts,
)
from lagebild.pipeline.events.frames import (
    adjacent_sibling_pps,
    alleged_by,
    fill_frame,
    governor_subjects,
    home_is_victim,
    noun_agents,
    sides_between,
)
from lagebild.pipeline.events.matching import (
    is_alternative,
    is_zu_clause,
    match_predicate,
    matchable_words,
    matches_any,
    stems_present,
)
from lagebild.pipeline.events.merge import (
    find_contexts,
    merge_events,
)
from lagebild.pipeline.events.modality import Factuality, factuality
from lagebild.pipeline.events.participants import (
    audience_bodies,
    coded,
    domestic_counterpart,
    entity_key,
    foreign_addressee,
    home_actor,
    host_states,
    is_official,
    location_actor,
    main_foreign_state,
    meeting_owner,
    own_government,
    own_population,
    participants_in,
    place_codes,
    private_sides,
    protest_site_owners,
    speaker_of,
    sport_internal,
    taken_up_bodies,
    unique,
    unnamed_organisations,
)
from lagebild.pipeline.events.repair import (
    has_cycle,
    repair_adjacent_actor_names,
    repair_adjective_particles,
    repair_adverbial_participles,
    repair_adverbs_as_conjuncts,
    repair_als_clause_subjects,
    repair_antecedents_in_relative_clauses,
    repair_article_read_as_pronoun,
    repair_causative_objects,
    repair_conjuncts_opened_by_auxiliary,
    repair_coordinated_participles,
    repair_coordinated_preterites,
    repair_dative_under_argument,
    repair_fronted_accusative_objects,
    repair_fronted_conditions,
    repair_genitive_name_as_object,
    repair_main_clause_under_condition,
    repair_masculine_name_before_plural,
    repair_mistagged_preterites,
    repair_mistagged_subjunctives,
    repair_name_after_actor_noun,
    repair_name_after_plural_subject,
    repair_name_after_relative_pronoun,
    repair_name_subject_after_fronted_object,
    repair_names_after_actor,
    repair_names_after_person,
    repair_names_under_pronouns,
    repair_nominal_clause_labels,
    repair_object_after_place_phrase,
    repair_object_under_adverbial,
    repair_object_under_subject,
    repair_objects_of_coordinated_participles,
    repair_particle_before_comma,
    repair_particle_of_conjunct,
    repair_particle_under_adverb,
    repair_separable_adjectives,
    repair_strong_preterites,
    repair_two_subjects,
    repair_verb_after_fronted_phrase,
    repair_verb_first_conjuncts,
    repair_verbs_conjoined_to_nouns,
)

# The parse repairs (repair.py) in the order they run, each with whether it reads the codebook;
# lagebild.evaluate.repairs measures them on the treebank in the same order.
PARSE_REPAIRS: tuple[tuple[Callable[..., object], bool], ...] = (
    (repair_mistagged_preterites, True),
    (repair_coordinated_preterites, True),
    (repair_strong_preterites, True),
    (repair_verb_after_fronted_phrase, True),
    (repair_mistagged_subjunctives, True),
    (repair_separable_adjectives, True),
    (repair_adverbial_participles, False),
    (repair_antecedents_in_relative_clauses, False),
    (repair_causative_objects, False),
    (repair_main_clause_under_condition, False),
    (repair_verb_first_conjuncts, False),
    (repair_adjective_particles, False),
    (repair_names_after_person, False),
    (repair_names_under_pronouns, False),
    (repair_names_after_actor, False),
    (repair_adjacent_actor_names, False),
    (repair_name_after_actor_noun, False),
    (repair_masculine_name_before_plural, False),
    (repair_article_read_as_pronoun, False),
    (repair_als_clause_subjects, False),
    (repair_name_after_plural_subject, False),
    (repair_name_after_relative_pronoun, False),
    (repair_particle_before_comma, False),
    (repair_particle_of_conjunct, True),
    (repair_particle_under_adverb, False),
    (repair_object_under_subject, False),
    (repair_object_under_adverbial, False),
    (repair_dative_under_argument, False),
    (repair_verbs_conjoined_to_nouns, False),
    (repair_conjuncts_opened_by_auxiliary, False),
    (repair_coordinated_participles, False),
    (repair_nominal_clause_labels, False),
    (repair_fronted_conditions, False),
    (repair_fronted_accusative_objects, False),
    (repair_name_subject_after_fronted_object, False),
    (repair_objects_of_coordinated_participles, False),
    (repair_adverbs_as_conjuncts, False),
    (repair_object_after_place_phrase, False),
    (repair_two_subjects, False),
    (repair_genitive_name_as_object, False),
)

# PLOVER: cooperative acts reported as future are intentions (AGREE); announced retreats
# are concessions (CONCEDE); a coercive act made conditional is a threat.
FUTURE_COOPERATION = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "COERCE": "restrict", "PROTEST": "restrict"}  # fmt: skip
INTERSTATE_TYPES = frozenset({"COOPERATE", "AID", "SANCTION"})
# Acts that, told by someone else in a quotation, are that speaker's allegation.
ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE"})
# Who acts, unnamed, where an act happens: police arrest, civilians protest, courts convict.
IMPLICIT_SECTORS = {"COERCE": "COP", "PROTEST": "CVL", "ASSAULT": "REB", "SANCTION": "JUD"}
# ... and prosecutors charge ("wurde wegen Kriegsverbrechen angeklagt"), a legal allegation
IMPLICIT_MODE_SECTORS = {("ACCUSE", "allege"): "JUD", ("ACCUSE", "investigate"): "JUD"}
# Coercion that, without a named target, falls on the actor's own population.
DOMESTIC_COERCION = frozenset({"martial-law", "curfew", "censor", "restrict"})
VERBAL_COOPERATION_ACTS = frozenset({"SUPPORT", "CONCEDE", "AGREE"})
# events whose light-verb object names another act, threatened, ended or yielded to, not done
OBJECT_ACTS_TOLD = frozenset({"THREATEN", "RETREAT", "CONCEDE"})
CONDITION_MARKS = frozenset({"wenn", "falls", "sofern"})
# speech acts that, in a story about one state, its own actors address to each other
DOMESTIC_SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# Coercion of named people no actor is resolved for ("nahm 200 Menschen fest") falls on
# the own population too; seizing land does not.
PERSONAL_COERCION = frozenset({"arrest", "deport", "ban"})
NON_POLITICAL_SECTORS = frozenset({"CVL"})


@Language.factory(
    "lagebild_events",
    requires=["token.dep", "doc._.mentions", "doc._.actors", "doc._.quotes", "doc._.meta"],
    # the parse repair (repair.py) rewrites a mis-tagged preterite's tags and its clause's heads
    assigns=["doc._.events", "token.pos", "token.tag", "token.morph", "token.dep", "token.head"],
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
        events = find_events(doc, self.codebook)
        unnamed.forget_places(doc)  # a look-up cache, not an annotation: keeps the Doc serialisable
        set_annotations(doc, events)
        return doc


def set_annotations(doc: Doc, events: list[Event]) -> None:
    doc._.events = events


class Implied(NamedTuple):
    """An actor the sentence does not name: who, the recipient, the confidence it costs, and
    whether it is the state where the act happens (``placed``)."""

    actor: list[EventParticipant]
    recipient: list[EventParticipant]
    penalty: float
    placed: bool = False
    # the actor is a side of a fight the clause names, inferred from whom it killed: no
    # speaker's allegation against that side
    inferred: bool = False


def find_events(doc: Doc, codebook: Codebook) -> list[Event]:
    """Every event of the document, merged and with its evidence."""
    if not doc.has_annotation("DEP"):
        return []
    # the parse repairs that change the Doc: a verb tagged as adjective has no clause, a
    # particle read as adjective ("stellt … bereit") holds the verb's object, an object name
    # hung on the subject name before it is no object, a particle hung on an adverb is the
    # finite verb's, an antecedent hung in its relative clause is the main verb's subject, and
    # the object of an infinitive under "lassen" is the infinitive's
    model_tree = cast(Ints2d, doc.to_array([HEAD, DEP]))
    for repair, with_codebook in PARSE_REPAIRS:
        repair(doc, codebook) if with_codebook else repair(doc)
    if has_cycle(doc):  # a repair met a parse it did not foresee: the model's tree is kept
        doc.from_array([HEAD, DEP], model_tree)
    with fixed_parse(doc):  # from here on the parse stays as it is
        return _code_events(doc, codebook)


def _code_events(doc: Doc, codebook: Codebook) -> list[Event]:
    contexts = find_contexts(doc_text(doc), codebook)
    year = _article_year(doc)
    # only the words match_predicate may find an entry for: its first tests, read off arrays
    words = matchable_words(doc, codebook)
    # the entries whose words or phrase nouns no word of the Doc names are not asked
    present = stems_present(doc, codebook)
    matches = {t.i: m for t in words if (m := match_predicate(t, codebook, present))}
    for i in ordered_acts(doc, matches, codebook):
        del matches[i]
    verbal = {i for i, (p, _) in matches.items() if codebook.quad(p.type) in VERBAL_QUADS}
    ready = readiness_words(doc, matches, codebook, year)
    candidates = [
        c
        for i, match in matches.items()
        if (
            not inside_verbal_act(doc[i], verbal)
            or proposal_authors(doc, doc[i], matches, codebook)
            or (
                doc[i].head.i in ready
                and args.is_bare_zu_infinitive(doc[i])
                and match[0].type in PROMISABLE_TYPES
            )
        )
        and (c := code_predicate(doc, doc[i], codebook, year, match)) is not None
    ]
    # "kündigte an, Sanktionen zu verhängen, falls …": the light verb's object is the act
    # threatened, not an act of its own; so is the act a retreat ends or a concession yields
    # to ("beendeten ihren Boykott", "beugte sich einer Forderung"): told as background
    threatened = {t.i for c in candidates if c.type in OBJECT_ACTS_TOLD for t in c.extra}
    threatened |= {t.i for c in candidates if c.type == "THREATEN" for t in threat_means(c.token)}
    candidates = [c for c in candidates if c.predicate.pos != "noun" or c.token.i not in threatened]
    share_recipients(candidates, codebook)
    # an act kept for a coordinated act's addressee is dropped if it got none
    candidates = [c for c in candidates if c.recipient or not c.awaits_recipient]
    candidates = no_choice_threats(doc, candidates, matches, codebook)
    unnamed.continue_attacks(candidates)
    candidates += implied_visits(doc, candidates, codebook)
    candidates += allegations(doc, candidates, codebook)
    candidates += condemnations(doc, codebook, candidates)
    candidates += blamed_in_quotations(doc, codebook)
    breaches = violations(doc, codebook, candidates)
    breached = {c.token.i for c in breaches}
    candidates = [c for c in candidates if c.token.i not in breached] + breaches
    answered_claims(doc, candidates, codebook)
    condemned_act_authors(candidates, codebook)
    welcomed_act_authors(doc, candidates, codebook)
    candidates = exchanges(retaliated_acts(candidates, codebook), codebook)
    returned_fire(candidates, codebook)
    decision_authors(doc, candidates, codebook)
    candidates = judged_by_name(doc, candidates, codebook)
    continued_disputes(candidates)
    story_promisees(doc, candidates, codebook)
    # a rejection kept for the source of the claim it answers, an offer kept for the target
    # of a coordinated act, is dropped if none was found
    candidates = [c for c in candidates if c.recipient or not _needs_recipient(c, codebook)]
    candidates += foretold_threats(doc, candidates, codebook)
    candidates += announced_refusals(doc, candidates, codebook)
    demands = reported_demands(doc, codebook)
    # what is demanded ("Russland muss seine Truppen abziehen") is the content, no event
    demanded = {t.i for d in demands for t in d.extra} | demanded_acts(doc, codebook)
    candidates = [c for c in candidates if c.token.i not in demanded] + demands
    candidates += consequence_threats(doc, candidates)
    candidates += answered_proposals(doc, candidates, matches, codebook)
    story_addressees(doc, candidates, codebook)
    return merge_events(drop_nouns_of_their_verb(candidates), codebook, contexts)


def ordered_acts(
    doc: Doc, matches: dict[int, tuple[Predicate, list[Token]]], codebook: Codebook
) -> list[int]:
    """The orders whose object is a material act ("ordnete die Freilassung der
    Oppositionsführerin an", "befahl den Abzug der Truppen", "ordnete den Einsatz der Armee
    an"): whoever orders his state's forces or courts to act does the act (the wire gold codes
    the release, withdrawal or deployment, never a demand on the own officials), so the order
    is no REQUEST of its own and the act noun is coded with the orderer as its actor. So is
    an order to answer a hostile act (``_ordered_answer``): the orderer's threat."""
    orders = []
    for i, (predicate, _) in matches.items():
        if predicate.type != "REQUEST" or predicate.lemma not in codebook.words.ordering_verbs:
            continue
        # the act ordered as a noun ("befahl den Abzug") or a zu-infinitive ("befahl ihm,
        # die Soldaten abzuziehen")
        objects = [
            c
            for c in doc[i].children
            if c.dep_ in ("obj", "nsubj:pass") or (c.dep_ != "obj" and is_zu_clause(c))
        ]
        material = any(o.i in matches and matches[o.i][0].type in MATERIAL_TYPES for o in objects)
        if material or any(_ordered_answer(c, matches, codebook) for c in doc[i].children):
            orders.append(i)
    return orders


def _ordered_answer(
    verb: Token, matches: dict[int, tuple[Predicate, list[Token]]], codebook: Codebook
) -> bool:
    """The zu-infinitive of an order to answer a hostile act ("ordnete an, jede weitere
    Provokation mit aller Härte zu beantworten"): the orderer's own deterrent warning."""
    match = matches.get(verb.i)
    return (
        verb.dep_ == "xcomp"
        and match is not None
        and match[0].type == "THREATEN"
        and match[0].lemma in codebook.words.answer_verbs
    )


# what a promise or readiness is coded as (PLOVER: an intended cooperative act is AGREE, an
# intended retreat CONCEDE); other content ("versprach, die Todesfälle zu untersuchen") is
# the promise's content only, and the promise itself the AGREE
PROMISABLE_TYPES = FUTURE_COOPERATION | {"RETREAT"}


def readiness_words(
    doc: Doc,
    matches: dict[int, tuple[Predicate, list[Token]]],
    codebook: Codebook,
    year: int | None,
) -> set[int]:
    """The words of a declared readiness ("erklärte sich bereit", "ist bereit") that is not
    negated. Its zu-infinitive is no content said but the act intended (guideline: "bereit
    sein zu" is AGREE, PLOVER: an intended cooperative act is AGREE, an intended retreat
    CONCEDE): "erklärte sich bereit, der Ukraine Waffen zu liefern" is coded as the future
    delivery, "ist bereit, mit der Hamas zu verhandeln" as the future talks."""
    ready: set[int] = set()
    for i, (predicate, extra) in matches.items():
        readiness = (
            predicate.pos == "adj"
            or any(w.endswith("bereit") for w in predicate.with_words)
            or predicate.lemma in codebook.words.promising_verbs
        )
        if predicate.type != "AGREE" or not readiness:
            continue
        if factuality(doc[i], codebook, year, extra).modality == "negated":
            continue  # "war nicht bereit, … freizulassen" refuses (REJECT)
        ready |= {i, *(t.i for t in extra)}
    return ready


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
    light = existential_verb(token) if predicate.pos == "noun" else []
    if predicate.pos == "noun" and impends(token, codebook):
        return None  # "Jetzt droht ein Streik": a danger, not an act
    fact = factuality(token, codebook, year, [*extra, *light])
    if "conditional" not in fact.reasons and consequence_of_condition(token):
        fact = Factuality(fact.modality, fact.reasons | {"conditional"})
    if "purpose" in fact.reasons:  # "um … zu verhindern": an aim, not an act
        return None
    if is_alternative(token):  # "gewährt oder verweigert den Zugang": a practice, not an act
        return None
    if predicate.type in MATERIAL_TYPES and is_habitual(token, codebook):
        return None  # "Häufig sind mehr Häftlinge inhaftiert": a custom, not an act
    frame_actor, frame_recipient, partners = fill_frame(doc, token, predicate, codebook, extra)
    # a verb is the most reliable trigger, an event noun the least; the entry may say otherwise
    confidence = predicate.confidence or BASE_CONFIDENCE[predicate.pos]
    occurrence = predicate.pos == "noun" and (
        reported_occurrence(token, codebook)
        or (predicate.type == "ASSAULT" and unnamed.is_aftermath(token, codebook))
    )
    placed = False  # the actor is the unnamed agent of the state where the act happens
    inferred = False  # the actor is a side of the fight the clause names
    if not coded(frame_actor) and predicate.frame.partners:
        # "Zwischen Israel und der Hamas wurde eine Waffenruhe vereinbart", "ein Treffen
        # zwischen Putin und Erdogan": with no one else named, the sides of a mutual act
        frame_actor = sides_between(doc, token, codebook) or frame_actor
    if not coded(frame_actor) and _protest_topic(
        token, predicate, frame_recipient, occurrence, codebook
    ):
        return None
    if not coded(frame_actor):
        implied = implied_actor(doc, token, predicate, extra, frame_recipient, codebook)
        frame_actor, frame_recipient = implied.actor, implied.recipient
        confidence -= implied.penalty
        placed = implied.placed and predicate.type in unnamed.PLACED_TYPES
        inferred = implied.inferred
    if partners and not coded(frame_actor):
        # partners meet the actor: without one there is no meeting ("Die Sanktionen treffen
        # die EU hart": treffen in the sense of hitting, its subject no actor)
        return None
    actor = unique(frame_actor + partners)
    if not any(p.code for p in actor):
        return None
    organs = codebook.words.body_organs
    actor_ids = {entity_key(doc, p, organs) for p in actor}
    actor_codes = {p.code for p in actor}
    recipient = [
        p
        for p in unique(frame_recipient)
        if entity_key(doc, p, organs) not in actor_ids
        # a state does not trade with, aid or sanction itself ("Der Konzern hat Autos nach
        # China verkauft" with the company linked to China), unless the act is one done
        # within a state (the codebook's own_state_target: "Tokajew entließ die Regierung")
        and not (
            predicate.type in INTERSTATE_TYPES
            and not predicate.own_state_target
            and p.code in actor_codes
            and p.actor == p.code
        )
    ]
    recipient = conflict_sides(doc, recipient, actor, codebook)
    named_target = coded(recipient)  # the sentence names whom the act is directed at
    if named_target:
        confidence += 0.1
    else:
        named = bool(recipient) or occurrence  # "41 Verhaftungen": someone was arrested
        recipient = implied_recipient(doc, token, predicate, actor, named, codebook) or recipient
        if (
            (placed or inferred)
            and not coded(recipient)
            and (predicate.pos != "noun" or unnamed.has_unnamed_agent(token, predicate, codebook))
        ):
            recipient = unnamed.victims(doc, token, predicate, actor) or recipient
    if (
        predicate.pos == "noun"
        and not recipient
        and not governor_subjects(token, codebook)
        and not noun_agents(token)  # "die Erstürmung … durch die Armee" is a reported act
        and not occurrence
        # "stoppte den Entwurf mit seinem Veto": a veto cast is an act, its possessor's
        and not (predicate.addressee_optional and cast_veto(token, fact, codebook, year))
    ):
        return None  # "die Zustimmung des Parlaments": a topic, not a reported act
    event_type, mode, fact = apply_plover_rules(predicate, fact, actor, doc, codebook)
    if event_type == "NONE":
        return None
    if (
        predicate.type == "THREATEN"
        and predicate.lemma in codebook.words.answer_verbs
        and not answer_to_come(token, extra, fact, codebook)
    ):
        return None  # "reagierte auf den Angriff mit Luftschlägen": the answer given, no threat
    if event_type == "MOBILIZE" and tells_disaster(token.sent, codebook):
        # "Nach der verheerenden Flutkatastrophe … hat die Regierung weitere Soldaten in die
        # Region Valencia geschickt": forces sent to a disaster bring relief (the gold codes
        # AID, at home optional), no show of force
        return None
    if (
        event_type == "MOBILIZE"
        and predicate.lemma in codebook.words.presence_verbs
        and is_relative_clause(token)
    ):
        # "Frankreich, das rund 400 Soldaten in dem Land stationiert hat, verurteilte …": a
        # relative clause describes its antecedent by the troops it keeps there, a standing
        # presence, not a move (troops arriving, "das am Donnerstag landete", are news)
        return None
    if predicate.named_addressee_only and own_orders(actor, recipient):
        # "ordnete die Rückkehr der Einheiten in ihre Stützpunkte an", "ordnete per Dekret
        # Maßnahmen an": an order down the actor's own hierarchy demands nothing of another
        return None
    if event_type in ("AGREE", "CONCEDE") and is_urged(token):
        return None  # "Ungarn sollte seinen Widerstand aufgeben": what another urges, not done
    if event_type == "AGREE" and predicate.mode == "visit":
        # a planned visit is to another state: "Der Kanzler reist morgen nach Paris" with
        # the Kanzler taken for French is no visit, as a done one to the own country is not
        recipient = [p for p in recipient if p.code not in {a.code for a in actor}]
        if not recipient:
            return None
    if event_type in ("AGREE", "REJECT") and predicate.type == "CONSULT" and not coded(recipient):
        # a planned meeting with someone is an intention towards him: "Solana will sich mit
        # Kabila treffen" is AGREE EU -> COD, the partner no longer a co-actor; a meeting
        # refused is refused to him ("will nicht mit der Hamas verhandeln": REJECT -> HAMAS)
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
    if event_type == "THREATEN" and (
        not named_target or {p.code for p in recipient} <= {p.code for p in actor}
    ):
        # a conditional threat is aimed at whoever must meet the condition, before any
        # default addressee at home ("hatte gedroht, sollte die UNO einen Beschluss fassen")
        # and before the actor's own people it names ("werde seinen Botschafter abziehen,
        # sollte Algerien …": the ambassador is withdrawn, Algeria threatened)
        recipient = condition_holders(doc, token, actor) or recipient
    if event_type == "ACCUSE" and predicate.lemma == "warnen":
        warned = coercive_warning(doc, token, actor, recipient, codebook)
        if warned is not None:
            event_type, mode, recipient = "THREATEN", None, warned
    if event_type == "ASSAULT" and introduces_speech(doc, token, actor):
        # "griff den Präsidenten direkt an: „Ein Präsident, der …“": an attack in words
        event_type, mode = "ACCUSE", "disapprove"
    mode = choose_mode(event_type, mode, predicate, token, extra, codebook)
    if (
        event_type == "THREATEN"
        and predicate.type != "THREATEN"
        and not takes_territory(token, extra, codebook)
        and not coded(recipient)
    ):
        # an announced attack is a threat, a speech act: without a coded target it is
        # addressed like one ("Schwulenfeindliche Gruppen hatten angekündigt, die Parade
        # anzugreifen": the other side at home)
        threat = replace(predicate, type="THREATEN", mode=mode)
        recipient = (
            implied_recipient(doc, token, threat, actor, bool(recipient), codebook) or recipient
        )
    if (
        event_type in ALLEGED_TYPES
        and fact.modality in ("asserted", "historical")
        and not placed
        and not inferred
    ):
        # (an act whose agent is only implied is no one's allegation against that agent)
        accuser = alleged_by(doc, token, actor)
        if accuser:
            event_type, mode, recipient, actor = "ACCUSE", "allege", actor, accuser
            fact = Factuality("asserted", fact.reasons)
    if event_type == "CONSULT":
        # "sagte im Gespräch mit der Süddeutschen Zeitung": talking to the media is an
        # interview, not a meeting; the outlet is no side of one
        actor = [p for p in actor if p.sector not in MEDIA] or actor
        recipient = [p for p in recipient if p.sector not in MEDIA]
        partners = [p for p in partners if p.sector not in MEDIA]
        actor, recipient, mode = infer_visit(doc, token, actor, recipient, mode)
        # a partner the frame names is a second side even of the same state ("hatte sich mit
        # Vertretern der Opposition getroffen": the guideline makes all participants actors)
        if not coded(partners) and not is_meeting_of_several(
            actor, recipient, predicate, doc, token
        ):
            return None
        if mode == "visit" and not any(is_official(doc, p) for p in actor):
            return None  # "reist Bon Jovi in die Schweiz": a private trip, no state visit
        if mode == "visit" and not recipient and len({p.code for p in actor}) < 2:
            # a visit has a host (the guideline: visitor = actor, host = recipient); a trip
            # to no state ("durfte nicht in das Katastrophengebiet reisen") visits no one
            return None
    if mode != "visit" and not coded(recipient):
        actor, recipient = comitative_addressee(frame_actor, partners, actor, recipient)
    if not recipient and is_mutual(token) and len({p.code for p in actor if p.code}) > 1:
        # "Serbien und Kosovo warfen sich gegenseitig Provokationen vor": each side is the
        # other's addressee
        recipient = list(actor)
    if event_type != "PROTEST" and private_sides(doc, actor, recipient):
        return None  # "wurden von zwei Männern überfallen": a crime, not a political event
    if unnamed_organisations(doc, actor, codebook.words.ngo_heads):
        return None  # "Menschenrechtsorganisationen kritisierten": no one the text names
    if sport_internal(doc, actor, recipient, codebook.sports_words):
        return None  # "Kritik des DFB an der Leistung von Schiedsrichter Undiano"
    # PLOVER types that need a recipient (speech acts directed at no one are statements,
    # not events); a reciprocal act ("arbeiten zusammen") has its partners among the actors,
    # and condemning an attack targets its unnamed perpetrators
    reciprocal = len({p.code for p in actor}) > 1
    unaddressed = (
        codebook.types[event_type].requires_recipient
        and not recipient
        and not reciprocal
        # an offer may take its addressee from a coordinated act ("wies die Forderungen
        # Moskaus zurück und zeigte sich gesprächsbereit"): checked after they are shared
        and event_type != "AGREE"
        # a public call or demand ("rief zu einer Waffenruhe auf", "forderte, … zu schützen")
        # is a REQUEST addressed to no one in particular (the guideline's REQUEST needs no
        # recipient), when made by someone who speaks for a state or body (not "ein Extremist
        # verlangte"); orders, proposals and advice do need one
        and not (
            event_type == "REQUEST"
            and predicate.addressee_optional
            and fact.modality in ("asserted", "future")
            and any(p.sector not in (None, "CVL") for p in actor)
        )
        # and so is a veto cast ("stoppte den Entwurf mit seinem Veto"): a rejection within a
        # body's procedure, whose proposal may have no author the text names; its actor is a
        # state or body by the act itself. An announced veto is a threat with an addressee
        and not (
            event_type == "REJECT"
            and predicate.addressee_optional
            and cast_veto(token, fact, codebook, year)
            and any(p.sector != "CVL" for p in actor)
        )
        and not (event_type == "ACCUSE" and condemns_an_act(token, extra, codebook))
        # "sprach von einem Angriff auf die Demokratie": whoever did the act told before,
        # filled in later (judged_by_name)
        and not (event_type == "ACCUSE" and names_act_by_judgement(token, codebook))
        # welcoming an act told before supports whoever did it: filled in later
        and not (
            event_type == "SUPPORT" and predicate.pos == "verb" and welcomed_acts(token, codebook)
        )
        # a retaliation answers whoever struck the actor, told before: filled in later
        and not (event_type == "THREATEN" and threatens_retaliation(token, extra, codebook))
        # "Der Iran bestreitet dies": the claim's source, told before, is filled in later
        and not (
            event_type == "REJECT"
            and (
                refers_back(token)
                or rejects_told_claim(token, codebook)
                or denies_told_claim(token, codebook)
            )
        )
        # "Die EU begrüßte die Rücknahme": whoever did the act told before, filled in later
        and not (event_type in JUDGING_DECISIONS and judges_told_act(token, codebook))
    )
    awaits = unaddressed and codebook.quad(event_type) in VERBAL_QUADS and coordinated_act(token)
    if unaddressed and not awaits:
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
        addressed=bool(named_target),
        awaits_recipient=awaits,
    )


# the relations by which a clause's verbs are coordinated ("verurteilte … und forderte …")
COORDINATION = frozenset({"conj", "advcl"})


def story_addressees(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> None:
    """A foreign actor's demand that something be done, naming no one to do it, in a story
    about one state, is addressed to that state: "Die französische Regierung verlangte, das
    Ergebnis der Wahl zu respektieren" in a story on the coup in Gabon. The unspoken subject
    of the demanded infinitive is whoever must act, and foreign voices in such a story speak
    about its state (as `foreign_addressee` gives it when the sentence names a target the
    linker could not code). A call for a state of affairs ("rief zu einer Waffenruhe auf")
    names no doer and stays public; nor when the state is the victim of the act at issue."""
    for c in candidates:
        if c.recipient or c.type != "REQUEST" or len({p.code for p in c.actor}) != 1:
            continue
        if c.predicate.pos != "verb" or not _demands_an_act(c.token):
            continue
        if home_is_victim(doc, c.token, codebook):
            continue
        c.recipient = foreign_addressee(doc, c.actor)


def story_promisees(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> None:
    """A foreign actor's promise or offer that names no one it is made to ("Russland sagte
    zu, die Sicherheit der Inspektoren zu gewährleisten", "bot eine gemeinsame Untersuchung
    an"), in a story about one state, is made to that state, before it is dropped for want of
    an addressee."""
    for c in candidates:
        if c.recipient or c.type != "AGREE" or not _needs_recipient(c, codebook):
            continue
        if c.predicate.lemma in codebook.words.promising_verbs:
            c.recipient = foreign_addressee(doc, c.actor)


def _demands_an_act(verb: Token) -> bool:
    """ "verlangte, das Ergebnis zu respektieren": the demand's content is a zu-infinitive."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and args.is_bare_zu_infinitive(c)
        for c in verb.children
    )


def drop_nouns_of_their_verb(candidates: list[Candidate]) -> list[Candidate]:
    """An event noun that is the object of a verb coded as the same act names that act, not a
    second one: "sicherte der Ukraine ihre volle Unterstützung zu" is one SUPPORT, by the
    subject of "zusichern" (the possessive "ihre" would make a second one, reversed)."""
    verbs = {(c.token.i, c.type) for c in candidates if c.predicate.pos == "verb"}
    return [
        c
        for c in candidates
        if c.predicate.pos != "noun"
        or c.token.dep_ not in ("obj", "iobj")
        or (c.token.head.i, c.type) not in verbs
    ]


def coordinated_act(token: Token) -> bool:
    """A verb coordinated with another verb of its sentence: the second speech act of one
    speaker in one breath ("zeigte sich besorgt und forderte La Paz auf"), which may share
    the other's addressee (``share_recipients``)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ in COORDINATION and token.head.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in COORDINATION and c.pos_ in ("VERB", "AUX") for c in token.children)


def comitative_addressee(
    subject: list[EventParticipant],
    partners: list[EventParticipant],
    actor: list[EventParticipant],
    recipient: list[EventParticipant],
) -> tuple[list[EventParticipant], list[EventParticipant]]:
    """The partner of another state a subject meets, talks or agrees with is the act's
    addressee: "Er traf sich dort mit seinem polnischen Amtskollegen", "Griffiths war in
    Damaskus mit Assad zusammengetroffen", "hatte mit beiden Regierungschefs telefoniert".
    German makes the side the sentence is about the subject and the other side a comitative
    (mit, or the object of treffen); the news subject is the one who travels, calls or seeks
    the talks (the guideline's visitor = actor, host = recipient; the read gold codes a
    mit-partner as recipient 11 times, as co-actor 5 times). A partner of the subject's
    own state stays a co-actor ("trafen sich Vertreter der Verbände mit den Fraktionschefs"),
    and without a coded subject the partners are the only sides (actor and recipient
    unchanged)."""
    own = {p.code for p in subject if p.code}
    others = [p for p in partners if p.code and p.code not in own]
    if not own or not others:
        return actor, recipient
    return [p for p in actor if p not in others], others


def tells_disaster(sentence: Span, codebook: Codebook) -> bool:
    """The sentence names a natural disaster, also inside a compound ("Flutkatastrophe",
    "Erdbebengebiet", "Hochwasserregion", "Katastrophengebiet")."""
    disasters = codebook.contexts.get("disasters", ())
    for word in sentence:
        if word.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = (word.lemma_ or word.text).lower()
        if "katastroph" in lemma or lemma.startswith(disasters) or lemma.endswith(disasters):
            return True
    return False


def is_relative_clause(verb: Token) -> bool:
    """The verb heads a relative clause: its clause opens, after a comma, with a relative
    pronoun (", die rund 400 Soldaten … stationiert hat,", ", in dem …"); the model's label
    alone is not enough (it labels a parenthesis "– das Land hat … geschickt –" acl:relcl)
    nor needed (it may take the pronoun for the object's article and the clause for an
    adverbial one)."""
    doc = verb.doc
    start = next(
        (i for i in range(verb.i - 1, verb.sent.start - 1, -1) if doc[i].text == ","), None
    )
    if start is None:
        return False
    # the pronoun opens the clause, after a preposition at most
    opening = [t for t in doc[start + 1 : min(start + 3, verb.i)] if t.tag_ != "APPR"]
    return bool(opening) and opening[0].tag_ in RELATIVE_TAGS


def own_orders(actor: list[EventParticipant], recipient: list[EventParticipant]) -> bool:
    """Every addressee of an order is of the orderer's own state or body."""
    own = {p.code for p in actor if p.code}
    return bool(own) and all(p.code in own for p in recipient)


# subjects by which a warning's clause names the warner ("es werde …", "man werde …")
WARNER_PRONOUNS = frozenset({"wir", "ich", "man", "es"})
FUTURE_AUXILIARIES = frozenset({"werde", "werden", "würde", "würden", "wird"})


def warns_of_own_act(doc: Doc, verb: Token, actor: list[EventParticipant]) -> bool:
    """The warning's clause tells a future act of the warner himself: "warnte die
    Philippinen, es werde seine Souveränität verteidigen", "wir warnen das Abendland, dass
    wir …" (not "warnte, die Organisatoren verfolgten eigene Ziele": others' doing)."""
    own = {p.code for p in actor if p.code}
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "advcl")):
        future = any(
            c.dep_.startswith("aux") and c.lower_ in FUTURE_AUXILIARIES for c in clause.children
        )
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        warner = any(s.lower_ in WARNER_PRONOUNS for s in subjects) or bool(
            own & {p.code for p in participants_in(doc, subjects) if p.code}
        )
        if future and warner:
            return True
    return False


def coercive_warning(
    doc: Doc,
    verb: Token,
    actor: list[EventParticipant],
    recipient: list[EventParticipant],
    codebook: Codebook,
) -> list[EventParticipant] | None:
    """The addressees of a warning that is a coercive one (PLOVER THREATEN, not a criticism),
    or None: a warning of the warner's own future act ("China warnte die Philippinen, es werde
    seine Souveränität verteidigen") or of the answer to a further act (``warns_of_answer``),
    the latter aimed at the other side it names when the frame found only the warner's own."""
    if warns_of_own_act(doc, verb, actor):
        return recipient
    if not warns_of_answer(verb, codebook):
        return None
    own = {p.code for p in actor if p.code}
    if any(p.code and p.code not in own for p in recipient):
        return recipient
    return warned_side(doc, verb, actor) or recipient


def warns_of_answer(verb: Token, codebook: Codebook) -> bool:
    """A warning that a hypothetical act would be answered is a coercive warning (PLOVER
    THREATEN), not a criticism: "warnte, jede Provokation werde eine militärische Antwort nach
    sich ziehen", "warnte Uribe, ein ähnlicher Angriff wäre ein Grund für einen Krieg", "warnte
    Moskau, ein Einmarsch hätte schwerwiegende Folgen". Needs all of a condition ("jede /
    weitere / erneute / ähnliche" act, "sollte, falls, wenn", or the Konjunktiv II "wäre,
    hätte, würde"), a consequence in the future or the subjunctive and an answer (Antwort,
    Konsequenz, Krieg, Isolation, Sanktionen; antworten, reagieren): "eine weitere Eskalation
    würde die Region destabilisieren" warns of a danger, "die Pufferzone werde Hilfe unmöglich
    machen" of a harm, "der Krieg werde noch Jahre dauern" foretells. The parser hangs these
    clauses anywhere, so the words of the warning's sentence are read, not its tree."""
    words = [t for t in verb.sent if t.i != verb.i]
    consequences = [t.i for t in words if _consequence_auxiliary(t)]
    if not consequences:
        return False
    condition = any(t.lower_ in CONDITION_WORDS for t in words) or any(
        t.i < max(consequences) and t.dep_ in ("det", "amod") and t.head.pos_ == "NOUN"
        and t.lower_.startswith(codebook.words.hypothetical_act_modifiers)
        for t in words
    ) or any(_konjunktiv_ii(t) for t in words if t.i in consequences)  # fmt: skip
    return condition and any(_is_answer(t, codebook) for t in words)


def answer_to_come(token: Token, extra: list[Token], fact: Factuality, codebook: Codebook) -> bool:
    """An answer to a hostile act threatens while it is still to come: announced ("werde auf
    jeden Angriff reagieren") or conditional, a zu-infinitive under the verb that announces,
    orders or reserves it ("behalte sich das Recht vor, zu antworten"), or the answer to an act
    not yet done ("jede / eine weitere / eine erneute Provokation")."""
    if fact.modality in ("future", "hypothetical") or args.has_zu(token):
        return True
    modifiers = codebook.words.hypothetical_act_modifiers
    return any(
        c.dep_ in ("det", "amod") and c.lower_.startswith(modifiers)
        for noun in [*extra, *args.prepositional([token], "auf")]
        for c in noun.children
    )


def _consequence_auxiliary(token: Token) -> bool:
    """ "werde, wird, würde" (future or conditional) or "wäre, hätte" (Konjunktiv II); not the
    past passive "wurde", which tells what was done."""
    if token.tag_ != "VAFIN":
        return False
    lemma, mood = token.lemma_.lower(), morph_values(token, "Mood")
    if lemma == "werden":
        return "Sub" in mood or "Pres" in morph_values(token, "Tense")
    return lemma in ("sein", "haben") and _konjunktiv_ii(token)


def _konjunktiv_ii(token: Token) -> bool:
    return "Sub" in morph_values(token, "Mood") and "Past" in morph_values(token, "Tense")


def _is_answer(token: Token, codebook: Codebook) -> bool:
    """An answering verb, or an answer noun that is not the subject ("die Sanktionen würden
    die Bevölkerung treffen" tells the harm of sanctions, not an answer to come)."""
    if token.dep_.startswith("nsubj"):
        return False
    if token.pos_ == "VERB":
        return token.lemma_.lower() in codebook.words.answer_verbs
    word = (token.lemma_ or token.text).lower()
    return token.pos_ == "NOUN" and matches_any(word, codebook.words.warned_answers)


def warned_side(doc: Doc, verb: Token, actor: list[EventParticipant]) -> list[EventParticipant]:
    """Who a warning of an answer is aimed at when the frame found no one but the warner's own
    side: the states named in its sentence other than the warner's ("eine weitere Provokation
    werde die Isolation des Iran vertiefen" -> IRN)."""
    own = {p.code for p in actor if p.code}
    named = participants_in(doc, [t for t in verb.sent if t.pos_ == "PROPN"], names_only=True)
    return unique([p for p in named if p.code and p.code not in own])


def conflict_sides(
    doc: Doc,
    recipient: list[EventParticipant],
    actor: list[EventParticipant],
    codebook: Codebook,
) -> list[EventParticipant]:
    """The sides of a conflict a foreign actor addresses ("Baerbock forderte die
    Konfliktparteien auf" in a story on Libya) are those of the state the story is about, not
    the actor's own, which the linker may give the group for want of a nationality."""
    own = {p.code for p in actor if p.code}
    nouns = codebook.words.conflict_side_nouns
    sides = [p for p in recipient if p.code in own and p.text.split()[-1].lower() in nouns]
    if not sides:
        return recipient
    story = foreign_addressee(doc, actor)
    return unique([p for p in recipient if p not in sides] + story)


def takes_territory(token: Token, extra: list[Token], codebook: Codebook) -> bool:
    """The act itself is taking land ("Wir werden einige Gebiete einnehmen"): no one threatens
    that against his own side, so it has no default addressee at home."""
    cues: tuple[str, ...] = codebook.mode_cues.get("THREATEN", {}).get("territory", ())
    words = [(t.lemma_ or t.text).lower() for t in [token, *extra]]
    return any(matches_any(w, cues) for w in words)


def agreed_between_parties(event_type: str, predicate: Predicate) -> bool:
    """An agreement of parties with each other ("einigten sich auf eine Koalition", "wollen
    sich treffen") is reciprocal even when the parties are of one state (the government and
    the rebels); a promise or offer must be made to someone."""
    return event_type == "AGREE" and bool(predicate.frame.partners)


def cast_veto(token: Token, fact: Factuality, codebook: Codebook, year: int | None) -> bool:
    """The veto is told as done: the noun's own factuality and, for "mit seinem Veto
    verhindern", the verb's ("werde … mit seinem Veto verhindern" announces it)."""
    if fact.modality not in ("asserted", "historical"):
        return False
    verb = token.head
    if token.pos_ != "NOUN" or verb.i == token.i or verb.pos_ not in ("VERB", "AUX"):
        return True
    return factuality(verb, codebook, year, []).modality in ("asserted", "historical")


def _needs_recipient(c: Candidate, codebook: Codebook) -> bool:
    if len({p.code for p in c.actor}) > 1 or agreed_between_parties(c.type, c.predicate):
        return False
    if c.type == "REJECT" and c.predicate.addressee_optional:
        # a veto cast (see code_predicate); an announced one needs its addressee
        return c.factuality.modality not in ("asserted", "historical")
    return c.type in ("REJECT", "AGREE", "SUPPORT") and codebook.types[c.type].requires_recipient


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


def is_habitual(token: Token, codebook: Codebook) -> bool:
    """The predicate states what usually happens ("Häftlinge werden häufig gefoltert"),
    not an act that happened."""
    # (the parser may hang the adverb on the object: "hat häufig Demonstranten festgenommen")
    near = [c for c in token.children if c.dep_ not in args.CLAUSAL_DEPS]
    near += [g for c in near if args.preposition(c) is None for g in c.children]
    adverbs = codebook.words.habitual_adverbs
    return any(t.dep_ == "advmod" and t.lower_ in adverbs for t in near)


# prepositions that tell a protest happened: as the occasion or means of another act ("bei",
# "durch") or as the time after or since which something holds ("nach einer Demonstration
# gab es die ersten Verletzten", "seit den Protesten")
PROTEST_TOLD_PREPOSITIONS = frozenset({*unnamed.OCCURRENCE_PREPOSITIONS, "nach", "seit"})


def threat_means(trigger: Token) -> list[Token]:
    """ "hatte mit einem Boykott australischer Waren durch chinesische Verbraucher gedroht",
    "werde mit Gegenmaßnahmen antworten", "die Drohung mit einem Boykott": the acts in a
    threat's mit-phrase (and their conjuncts) are what is threatened, not done, even when
    the phrase names their doers."""
    means = args.prepositional([trigger], "mit")
    return means + [c for t in means for c in t.conjuncts]


def _in_course_of(noun: Token) -> bool:
    """ "im Zuge der Studentenproteste": the genitive of "Zug" (course) tells it happened."""
    head = noun.head
    return (
        head != noun
        and (head.lemma_ or head.text).lower() in ("zug", "zuge")
        and (args.is_genitive(noun) or noun.dep_ == "nmod")
    )


def _protest_topic(
    token: Token,
    predicate: Predicate,
    recipient: list[EventParticipant],
    occurrence: bool,
    codebook: Codebook,
) -> bool:
    """A protest noun naming neither its protesters nor its target, as the object or
    attribute of another word ("als er eine Demonstration filmte", "die Demonstration
    abzusagen", "die Teilnehmer der Demonstration"), is what that word is about, not a
    reported protest; it is one when told as taking place ("es kam zu Protesten", "bei
    einer Kundgebung"), as the means of an act ("stürzten die Hauptstadt durch
    Massendemonstrationen ins Chaos"), or carried by a support verb ("eine Kundgebung
    abhalten")."""
    return (
        predicate.pos == "noun"
        and predicate.type == "PROTEST"
        and not coded(recipient)
        and not occurrence
        and args.preposition(token) not in PROTEST_TOLD_PREPOSITIONS
        and not _in_course_of(token)
        and args.verb_key(token.head) not in codebook.words.planning_verbs
        and not governor_subjects(token, codebook)
    )


def reported_occurrence(noun: Token, codebook: Codebook) -> bool:
    """An event noun that reports acts happening rather than naming a topic: the existential
    "es kam zu Festnahmen", "es gab Festnahmen", a count of acts ("41 Verhaftungen",
    "Hunderte Festnahmen"), or the subject of a verb of taking place ("Die Festnahmen
    erfolgten in Karatschi", "Die Kundgebung fand vor dem Parlament statt")."""
    if any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in noun.children):
        return True
    if unnamed.is_occasion(noun):
        return True
    head = noun.head
    if head == noun or head.pos_ not in ("VERB", "AUX"):
        return False
    if args.verb_key(head) in codebook.words.occurrence_verbs and noun.dep_ in args.SUBJECT_DEPS:
        return True
    if runs_its_course(noun, head, codebook):
        return True
    if args.is_passive(head) and args.verb_key(head) in codebook.noun_support_verbs:
        # "Die Verhandlungen wurden fortgesetzt", "Das Abkommen wurde geschlossen": the
        # passive of its support verb tells the act done, its noun the passive subject
        return noun.dep_ in ("nsubj:pass", "nsubj")
    return bool(existential_verb(noun))


BACKGROUND_CLAUSES = ("advcl", "acl", "acl:relcl")


def runs_its_course(noun: Token, head: Token, codebook: Codebook) -> bool:
    """The event noun is the subject of a verb of its course in a clause that tells news:
    "Proteste flammten in mehreren Städten auf", "Die Gespräche gehen am Dienstag weiter"
    report the acts as happening. An adverbial or relative clause ("Nachdem die Proteste
    begonnen hatten", "die Angriffe, die im Mai begonnen hatten") sets the scene instead, and
    so does the Plusquamperfekt ("Die Proteste hatten im Dezember begonnen"): the backstory
    of the news, whose acts the article tells where they are news."""
    return (
        noun.dep_ in args.SUBJECT_DEPS
        and head.dep_ not in BACKGROUND_CLAUSES
        and args.verb_key(head) in codebook.words.course_verbs
        and not has_pluperfect_auxiliary(head, indicative=True)
    )


def impends(noun: Token, codebook: Codebook) -> bool:
    """The event noun is what looms or may come: the subject of a verb of looming ("Jetzt
    droht ein Streik", "Ein Handelskrieg zeichnet sich ab"), of "die Zeichen stehen auf …"
    or of an adjective of possibility or need ("ob Streiks möglich sind")."""
    head = noun.head
    if args.preposition(noun) == "auf" and head.lemma_.lower() == "zeichen":
        return True  # "stehen die Zeichen auf Streik", the phrase hung on "Zeichen"
    if (
        head != noun
        and head.pos_ in ("ADJ", "ADV")
        and noun.dep_ in args.SUBJECT_DEPS
        and head.lemma_.lower() in codebook.modality["possibility_adjectives"]
    ):
        return True
    if head == noun or head.pos_ not in ("VERB", "AUX"):
        return False
    verb = args.verb_key(head)
    if verb in codebook.modality["impending_verbs"]:
        # one threatens with a measure ("droht mit einem Streik"), so a bare nominative or
        # accusative danger looms, as the THREATEN entries of "drohen" read it too
        return noun.dep_ in (*args.SUBJECT_DEPS, "obj") and args.preposition(noun) is None
    return (
        verb == "stehen"
        and args.preposition(noun) == "auf"
        and any(c.lemma_.lower() == "zeichen" for c in head.children)
    )


def existential_verb(noun: Token) -> list[Token]:
    """The verb of "es kam zu Festnahmen" / "es gab Festnahmen", whose negation is the
    noun's: "es kommt nicht zu Verhaftungen" reports that no one was arrested."""
    head = noun.head
    if head == noun or head.pos_ not in ("VERB", "AUX"):
        return []
    expletive = any(c.lower_ == "es" and c.dep_ in ("nsubj", "expl") for c in head.children)
    if not expletive:
        return []
    if head.lemma_ == "kommen" and args.preposition(noun) == "zu":
        return [head]
    return [head] if head.lemma_ == "geben" and noun.dep_ == "obj" else []


# the dependencies a clause hangs by, on a verb of saying or on another clause
CLAUSE_DEPS = ("advcl", "ccomp", "parataxis", "xcomp")


def is_condition(clause: Token) -> bool:
    """A clause opened by "wenn, falls, sofern" or by a verb-first "sollte(n)"."""
    return any(
        (g.dep_ == "mark" and g.lower_ in CONDITION_MARKS)
        or (g.dep_ in ("aux", "cop") and g.lower_ in ("sollte", "sollten"))
        for g in clause.children
    )


def consequence_of_condition(token: Token) -> bool:
    """A clause in the future or the conditional ("werde, wird, würde") beside a condition
    is its consequence, however the parser hangs the two: "Russland erklärte, sollte die
    Ukraine der Nato beitreten, werde Moskau die Beziehungen abbrechen" (the consequence
    parsed as a complement of the condition's verb), "Ankara erklärte, die Türkei werde aus
    dem Abkommen austreten, sollte die EU …" (both clauses complements of the verb of saying).
    The finite "werden" is required: "sollte X angreifen, hatte Y gewarnt" reports a past
    warning, and a zu-infinitive under a condition ("falls er ankündigt, Truppen zu
    schicken") belongs to the condition. "Andernfalls / sonst werde Ankara den Botschafter
    ausweisen" opens the consequence of a demand not met: the adverb in first position,
    before the auxiliary, is the condition ("die EU werde sonst …" is left alone)."""
    auxiliaries = [c for c in token.children if c.dep_ == "aux" and _consequence_auxiliary(c)]
    if not auxiliaries:
        return False
    otherwise = any(
        c.dep_ == "advmod" and c.lower_ in CONSEQUENCE_ADVERBS and c.i < auxiliaries[0].i
        for c in token.children
    )
    return otherwise or bool(nearby_conditions(token))


def nearby_conditions(token: Token) -> list[Token]:
    """The condition clauses a clause may be the consequence of: the clause it hangs on, its
    sister clauses (both hung on the verb of saying) and those hung on a verb of saying
    parsed under it ("…, erklärte die Regierung, sollte Belarus …, werde Polen …")."""
    near = [token.head, *token.head.children] if token.head != token else []
    near += [g for c in token.children if c.dep_ in CLAUSE_DEPS for g in c.children]
    return [
        c for c in near
        if c != token and (c == token.head or c.dep_ in CLAUSE_DEPS) and is_condition(c)
    ]  # fmt: skip


def condition_holders(
    doc: Doc, token: Token, actor: list[EventParticipant]
) -> list[EventParticipant]:
    """Whom a conditional threat is aimed at: the subject of its condition ("werde angreifen,
    wenn Israel seine Luftangriffe nicht beende", "sollte Bouterse die Macht übernehmen"). A
    condition inserted after the verb of threatening ("Die EU drohte, sollte Minsk …, werde
    man …") may be hung on it as parataxis: its "sollte" or "falls" makes it a condition all
    the same."""
    own = {p.actor for p in actor}
    own_conditions = [c for c in token.children if c.dep_ in CLAUSE_DEPS and is_condition(c)]
    for clause in [*own_conditions, *nearby_conditions(token)]:
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
        if matches_any(word, codebook.words.violent_acts):
            return True
    return False


def implicit_sector(predicate: Predicate) -> str:
    """The sector of the unnamed actor of an act only a state's institution does."""
    by_mode = IMPLICIT_MODE_SECTORS.get((predicate.type, predicate.mode or ""))
    return by_mode or IMPLICIT_SECTORS.get(predicate.type, "GOV")


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
    if predicate.type in unnamed.UNNAMED_AGENT_TYPES and unnamed.has_natural_cause(token, codebook):
        return Implied([], recipient, 0.0)  # "Ein Erdbeben hat 300 Menschen getötet"
    fighters = unnamed.clash_sides(doc, token, predicate, codebook)
    if fighters:
        # "Bei Zusammenstößen zwischen Indien und China wurden 20 indische Soldaten getötet"
        return Implied(fighters, recipient, 0.25, inferred=True)
    resumed = unnamed.resumed_doer(doc, token, predicate, codebook)
    if resumed:
        # "Die Armee griff ein Lager an. Dabei wurden sechs Kämpfer getötet"
        return Implied(resumed, recipient, 0.2)
    if predicate.implicit_actor in ("location", "place", "host"):
        # "wurde in Teheran festgenommen", "Tausende demonstrierten in Teheran"
        sector = implicit_sector(predicate)
        located = location_actor(doc, token, sector)
        if predicate.implicit_actor == "host":
            # "wurde ins Außenministerium einbestellt": the ministry is the host's, not that
            # of the envoy's own state, whatever the linker made of the bare noun
            located = [p for p in located if p.code not in {r.code for r in recipient}]
        if located:
            return Implied(located, recipient, 0.25, placed=True)
        # "place": only a named place, never the home state by default (an attack told without
        # its place may be abroad); "host": the story's state summons a diplomat told without
        # a place, unless it is his own (a state does not summon its own envoy)
        home = home_actor(doc, sector) if predicate.implicit_actor != "place" else []
        if predicate.implicit_actor == "host":
            home = [p for p in home if p.code not in {r.code for r in recipient}]
        if home:
            return Implied(home, recipient, 0.3, placed=True)
    elif unnamed.has_unnamed_agent(token, predicate, codebook):
        # "In Pforzheim wurde ein Geschäftsmann entführt", "bei dem Anschlag in Nairobi"
        sector = unnamed.UNNAMED_SECTOR
        located = unnamed.clause_state(doc, token, predicate, codebook, sector)
        if located:
            return Implied(located, recipient, 0.25, placed=True)
    attack = predicate.implicit_actor == "place" or unnamed.has_unnamed_agent(
        token, predicate, codebook
    )
    if attack and predicate.pos != "noun":
        # "Vier saudische Polizisten wurden getötet" in a story set in Saudi Arabia
        sector = implicit_sector(predicate)
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
    if predicate.named_addressee_only:
        # an order without a named addressee goes down the actor's own hierarchy ("ordnete
        # per Dekret Maßnahmen an", "er hat die Verbrechen befohlen"), not to the other side
        return []
    # "hatte den Rat aufgefordert" after "der UN-Sicherheitsrat": the body named before
    taken_up = taken_up_bodies(doc, args.objects(token) + args.datives(token), actor)
    if taken_up:
        return taken_up
    if codebook.quad(predicate.type) in VERBAL_QUADS:
        # "verlangte vor dem UN-Sicherheitsrat den Abzug": the body spoken before
        audience = audience_bodies(doc, token, actor, codebook)
        if audience:
            return audience
    # protest targets the own government, repression the own people ("Tausende
    # demonstrierten in Teheran", "nahm in Moskau Oppositionelle fest")
    if predicate.type == "PROTEST":
        return protest_site_owners(doc, token, codebook) or own_government(doc, actor)
    if predicate.type in JUDGING_DECISIONS and predicate.pos == "verb":
        # "Scholz begrüßte die Beschlüsse": the decision told before, and who took it
        makers = told_decision_makers(doc, token, actor, codebook)
        if makers:
            return makers
    addressee_named = named  # a recipient, not only a thing done to
    # (an arrest has someone arrested even if the linker could not say whom)
    named = named or bool(args.objects(token))
    # so does the passive of an arrest, whose object became its subject ("wurden festgenommen")
    coerced = named or args.is_passive(token)
    domestic = predicate.mode in DOMESTIC_COERCION or (
        coerced and predicate.mode in PERSONAL_COERCION
    )
    if predicate.type == "COERCE" and domestic:
        return own_population(actor)
    if predicate.type == "ASSAULT" and predicate.mode == "crowd-control":
        # tear gas, water cannon and rubber bullets are used on a crowd at home ("Die
        # Polizei hatte Gummigeschosse eingesetzt"), as repression falls on the own people
        return own_population(actor)
    if predicate.type == "ASSAULT" and named and actor and all(p.sector == "COP" for p in actor):
        # "Die Polizei eröffnete das Feuer auf die Menge": police act at home, and the people
        # they fire on whom the linker could not code are the state's own
        return own_population(actor)
    if predicate.type == "SANCTION" and predicate.mode == "convict" and coerced:
        # "urteilte, dass der 53-Jährige eine lebenslange Haftstrafe bekommt": a court
        # sentences someone, whom the linker could not say: by default one of its own people
        return own_population(actor)
    if codebook.quad(predicate.type) in VERBAL_QUADS and _has_state_actor(doc, actor):
        # said while visiting: "kündigte bei einem Besuch in Bagdad den Abzug an" -> IRQ
        hosts = host_states(doc, token, actor, codebook)
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
        # a threat is aimed at someone even when it names no one ("Biden drohte mit der
        # Wiedereinführung von Sanktionen" in a story about Myanmar): PLOVER's coercive warning
        # (share_recipients gives one coordinated with another act that act's named addressee)
        threat = predicate.type == "THREATEN"
        if (named or threat) and not home_is_victim(doc, token, codebook):
            # "Die EU und die USA hatten das Verfahren kritisiert" in a story about Ukraine:
            # what foreign actors criticise or demand there is the home state's doing (not
            # when it is the target of the condemned act: "den Angriff auf die Ukraine")
            return foreign_addressee(doc, actor)
    aid = predicate.type == "AID" or (predicate.type == "AGREE" and _offers_aid(token, codebook))
    if aid and not addressee_named:
        # aid benefits someone: sent or pledged to no one named, it goes to the state the
        # article is about ("Auch Frankreich bot Hilfe an und schickte Rettungskräfte" in a
        # story on floods in Spain, "Clark sagte weitere finanzielle Hilfe zu"); a state
        # helping at home helps its own people, no other state
        story = main_foreign_state(doc, [])
        return [] if {p.code for p in story} & {p.code for p in actor} else story
    if predicate.type == "SANCTION" and predicate.mode in ("discontinue", None):
        # sanctions need a target; unnamed, it is the state the article is about ("Die EU hat
        # ein Moratorium für Waffenlieferungen beschlossen" in an article on Russia)
        return main_foreign_state(doc, actor)
    if predicate.type == "SANCTION" and predicate.mode == "withdraw" and named:
        # so does an envoy recalled from a post the sentence does not name ("rief seinen
        # Botschafter zu Konsultationen zurück"): the envoy is the actor's own, the host the
        # other state of the story
        return main_foreign_state(doc, actor)
    return []


def _offers_aid(token: Token, codebook: Codebook) -> bool:
    """The promised or offered thing is aid: an object named like the aid given by the
    codebook's AID light verbs ("sagte Hilfe zu", "bot Unterstützung an")."""
    words = aid_words(codebook)
    return any(
        o.lemma_.lower().endswith(words) or o.lower_.endswith(words) for o in args.objects(token)
    )


def aid_words(codebook: Codebook) -> tuple[str, ...]:
    """The objects of the AID light-verb entries (Hilfe, Kredit, Hilfsgüter …), read once per
    codebook (the coder asks for every offer it codes)."""
    return _aid_words(codebook)


def _read_aid_words(codebook: Codebook) -> tuple[str, ...]:
    words = {
        w for p in codebook.predicates if p.type == "AID" and p.pos == "verb" for w in p.with_words
    }
    return tuple(sorted(words))


_aid_words = by_identity(_read_aid_words, limit=16)


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
    if event_type in ("ASSAULT", "COERCE") and "plotted" in fact.reasons:
        # a plan told as past ("sollen geplant haben, Anschläge zu verüben") is a plot:
        # neither the act nor a threat made to anyone
        return "NONE", None, fact
    # a possibility ("Dieser könnte Sanktionen beschließen") is a speculation, no threat,
    # unless it is made conditional on what the other side does
    conditional = "conditional" in fact.reasons
    if event_type in MATERIAL_CONFLICT and (
        ("subjunctive" in fact.reasons and ("epistemic" not in fact.reasons or conditional))
        or (conditional and fact.modality in ("future", "asserted"))
    ):
        return "THREATEN", THREAT_MODES.get(event_type, mode), Factuality("asserted", fact.reasons)
    if event_type == "REJECT" and conditional and fact.modality == "future":
        # a refusal announced on a condition is a threat: "hat sein Veto angekündigt, falls
        # der Entwurf nicht abgeschwächt werde"
        return "THREATEN", None, Factuality("asserted", fact.reasons)
    if (
        event_type == "MOBILIZE"
        and len({p.code for p in actor}) > 1
        and _is_exercise(predicate, codebook)
    ):
        # joint manoeuvres are cooperation, one country's are a show of force; troops that two
        # sides move to a border ("Indien und China verlegten Soldaten an die Grenze") are not
        return "COOPERATE", None, fact
    if (
        fact.modality == "future"
        and event_type in ("ASSAULT", "COERCE")
        and fact.reasons & {"announced", "intended"}
    ):
        # a declared intention to use force or coercion is a threat
        return "THREATEN", THREAT_MODES.get(event_type), Factuality("asserted", fact.reasons)
    if (
        fact.modality == "negated"
        and event_type in FUTURE_COOPERATION
        and fact.reasons & {"announced", "intended"}
    ):
        # an announced or intended refusal to meet, help or cooperate is a rejection (PLOVER
        # REJECT): "Der IWF hat angekündigt, keine Hilfe mehr leisten zu wollen"
        return "REJECT", None, Factuality("asserted", fact.reasons)
    if fact.modality == "future":
        if event_type in FUTURE_COOPERATION:
            return "AGREE", None, Factuality("asserted", fact.reasons)
        if event_type == "RETREAT":
            return "CONCEDE", None, Factuality("asserted", fact.reasons)
    return event_type, mode, fact


def _is_exercise(predicate: Predicate, codebook: Codebook) -> bool:
    exercises = codebook.words.exercise_words
    return any(w.endswith(exercises) for w in (predicate.lemma, *predicate.with_words))


# Forms of "sollen" and "müssen" that tell what someone should or must do (Konjunktiv II,
# "muss"), not what is reported ("soll … unterzeichnet werden") or was done ("musste").
URGING_MODALS = frozenset({"sollte", "sollten", "müsste", "müssten", "muss", "müssen", "müsse"})


def is_urged(token: Token) -> bool:
    """ "Ungarn sollte seinen Widerstand aufgeben", "Israel muss einlenken": a concession or
    promise with a modal of obligation is what a speaker urges on the subject (the speaker's
    REQUEST), no act of the subject; not with "wir/ich" ("Wir müssen Gespräche führen")."""
    if "Part" in morph_values(token, "VerbForm") or token.tag_ == "VVPP":
        return False  # "muss … eingelenkt haben" infers a past act
    modals = [c for c in token.children if c.dep_ == "aux" and c.lower_ in URGING_MODALS]
    own = any(c.dep_ == "nsubj" and c.lower_ in ("wir", "ich") for c in token.children)
    return bool(modals) and not own


def is_meeting_of_several(
    actor: list[EventParticipant],
    recipient: list[EventParticipant],
    predicate: Predicate,
    doc: Doc,
    token: Token | None = None,
) -> bool:
    """A meeting needs two sides: a host, a partner, several actors, or an organisation or
    group meeting itself ("die G7-Staaten trafen sich"); "Bei dem Treffen sagte Putin" is
    no event of its own."""
    if all(p.sector in NON_POLITICAL_SECTORS for p in actor):
        return False  # demonstrators meeting demonstrators
    if recipient or len({p.code for p in actor}) > 1:
        return True
    if (
        token is not None
        and predicate.mode != "visit"  # "Die Soldaten empfingen den Minister": one side hosts
        and token.pos_ in ("VERB", "AUX")
        and _plural_subject(token)
    ):
        # "Spitzenvertreter der Koalition kamen zusammen", "die Minister berieten": a
        # meeting verb with a plural subject is several people meeting, even of one state
        # (the guideline: otherwise all participants are actors)
        return True
    if token is not None and token.pos_ == "NOUN" and _plural_genitive(token):
        # "ein Treffen der Nato-Außenminister": the noun's plural genitive is the verb's
        # plural subject, several people meeting
        return True
    actors = doc._.actors or {}
    return any(
        (info := actors.get(p.actor or "")) is not None and info.kind == "organisation"
        for p in actor
    )


def _plural_subject(verb: Token) -> bool:
    return any("Plur" in morph_values(s, "Number") for s in args.subjects(verb))


def _plural_genitive(noun: Token) -> bool:
    """A plural genitive attribute: by the tagger, or by its article, as "der" before a
    masculine or neuter noun in the genitive is plural ("der Nato-Außenminister", which the
    tagger may call singular)."""
    return any(
        "Plur" in morph_values(g, "Number")
        or (
            any(d.lower_ == "der" and d.dep_ == "det" for d in g.children)
            and set(morph_values(g, "Gender")) & {"Masc", "Neut"}
        )
        for g in args.genitives(noun)
    )


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
        if cue_mode in valid and any(matches_any(w, stems) for w in words):
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
        owners += adjacent_sibling_pps(token, "mit")
    phrases = [
        child
        for owner in owners
        for child in args.arguments(owner)
        if child.dep_ in args.PP_DEPS and args.preposition(child) in ("in", "nach")
    ]
    places = {p.code: p for child in phrases for p in place_codes(doc, child)}
    if not places:
        # a town that is no capital ("trafen sich in Istanbul", "in Sotschi"): its state by
        # the place resolver, which knows the towns the knowledge base does not; only to tell
        # the host among the participants (a body's meeting in a town is no visit to its state)
        towns = {
            p.code
            for child in phrases
            if not args.is_time_noun(child)
            for p in unnamed.resolved_place_states(doc, [child], "GOV")
        }
        hosts = [p for p in actor if p.code in towns]
        if hosts and len(hosts) < len(actor) and mode != "visit":
            return [p for p in actor if p.code not in towns], hosts, "visit"
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


def _article_year(doc: Doc) -> int | None:
    date = doc._.meta.date
    return int(date[:4]) if date and date[:4].isdigit() else None
