"""Events derived from others or from the text around them: visits implied by a meeting
abroad, allegations in a shared assessment, condemnations and demands in quotations,
answers to proposals, and recipients shared within a sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from lagebild.analysis import EventParticipant, Mention
from lagebild.codebook.loader import Codebook, Frame, Predicate
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.scan import tokens_among
from lagebild.german.verbs import (
    has_subjunctive_mood,
    is_passive,
    morph_values,
    verb_key,
    verb_keys,
)
from lagebild.german.words import spelling_variants
from lagebild.pipeline.actors import token_mentions
from lagebild.pipeline.events import arguments as args
from lagebild.pipeline.events.candidates import (
    BASE_CONFIDENCE,
    MATERIAL_CONFLICT,
    MEDIA,
    VERBAL_QUADS,
    Candidate,
)
from lagebild.pipeline.events.matching import (
    ADJECTIVE_ENDINGS,
    NOUN_ENDINGS,
    is_content_clause,
    is_zu_clause,
    matches_any,
)
from lagebild.pipeline.events.modality import Factuality, is_negated
from lagebild.pipeline.events.participants import (
    entity_key,
    foreign_addressee,
    host_states,
    in_dateline,
    is_official,
    participants,
    participants_in,
    speaker_participants,
    unique,
)

# The stand-in codebook entry of events inferred from a quotation's words.
_CONDEMNATION = Predicate(
    lemma="(condemnation)", pos="adj", type="ACCUSE", frame=Frame(actor=("subj",), recipient=())
)
# The stand-in entry of demands reported with a deontic modal ("X müsse …, so Y").
_DEMAND = Predicate(
    lemma="(reported demand)", pos="verb", type="REQUEST",
    frame=Frame(actor=("subj",), recipient=()),
)  # fmt: skip
# acts that answer someone's demand, offer or accusation ("lehnte die Forderung der EU ab")
ANSWERING_TYPES = frozenset({"REJECT", "SUPPORT", "CONCEDE", "ACCUSE"})


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


def _quotations_with_speakers(
    doc: Doc,
) -> Iterator[tuple[list[EventParticipant], Span, str]]:
    """Each direct or indirect quotation whose speaker has a code, with its span and kind (a
    reported paraphrase has no words of its own to judge)."""
    for quote in doc._.quotes or []:
        if quote.kind == "reported":
            continue
        speaker = [p for p in speaker_participants(doc, quote) if p.code]
        quoted = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if speaker and quoted is not None:
            yield speaker, quoted, quote.kind


def condemnations(
    doc: Doc, codebook: Codebook, candidates: Sequence[Candidate] = ()
) -> list[Candidate]:
    """A quotation that condemns another actor in strong words is the speaker's disapproval:
    "Das Problem sei, dass das US-Imperium Erdgas ersetzen wolle, was verrückt sei, so der
    venezolanische Präsident" -> ACCUSE disapprove VEN -> USA. A quotation that judges an
    act told before ("Das Manöver sei aggressiv") condemns whoever did it."""
    index = token_mentions(doc)
    found = []
    for speaker, quoted, _ in _quotations_with_speakers(doc):
        # the words around an indirect quote's frame belong to it ("…, so X, dass …")
        span = doc[quoted.sent.start : quoted[-1].sent.end]
        words = [t for t in span if is_condemning(t, codebook) or judges_a_thing(t, codebook)]
        if not words or is_negated_anywhere(words[0], codebook):
            continue
        targets = judged_act_doers(doc, words[0], speaker, candidates, codebook)
        if not targets and not any(is_condemning(t, codebook) or t.pos_ == "NOUN" for t in words):
            continue  # "Die Lage sei gefährlich": a judging adjective judges only a told act
        targets = targets or _condemned(doc, span, speaker, index)
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


# The stand-in entry of a breach of a norm told in a quotation.
_VIOLATION = Predicate(
    lemma="(violation)", pos="verb", type="ACCUSE", frame=Frame(actor=("subj",), recipient=())
)


def violations(doc: Doc, codebook: Codebook, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A quotation that says someone breaks a norm is the speaker's disapproval of him (PLOVER
    ACCUSE disapprove): "die Offensive verletze die Souveränität des Irak, sagte ein
    Regierungssprecher", "Die Regierung in Bogotá habe ihre Verpflichtungen verletzt",
    "die Resolution untergrabe den Friedensprozess". Aimed at the subject when it names an
    actor, else at the doer of the act it names, told before ("die Festsetzung"). Told by
    the narrator ("Russland verletzte den Luftraum") it is an act, coded as such or not."""
    found = []
    # "habe die Waffenruhe gebrochen" is the use of force the codebook codes; a disregard
    # coded as a refusal ("missachte die Menschenrechte") is the breach this rule tells
    acts = {c.token.i for c in candidates if c.type in MATERIAL_CONFLICT}
    for speaker, quoted, kind in _quotations_with_speakers(doc):
        for verb in quoted:
            if verb.i in acts or not _breaks_a_norm(verb, codebook):
                continue
            if kind == "free_indirect" and not has_subjunctive_mood(verb):
                continue  # speech without a verb of saying is told by its Konjunktiv
            subjects = args.subjects(verb)
            named = [p for p in participants_in(doc, subjects, names_only=True)
                     if p.code and p.sector not in MEDIA]  # fmt: skip
            pronoun = any(s.pos_ == "PRON" for s in subjects)
            targets = _culprits(doc, named, speaker, foreign_only=pronoun) or judged_act_doers(
                doc, verb, speaker, candidates, codebook
            )
            own = {p.code for p in speaker}
            targets = [p for p in targets if p.code not in own or named]
            if targets:
                found.append(
                    Candidate(token=verb, predicate=_VIOLATION, type="ACCUSE",
                              mode="disapprove", actor=speaker, recipient=unique(targets),
                              factuality=Factuality("asserted", set()), confidence=0.45)
                )  # fmt: skip
    return found


def _breaks_a_norm(verb: Token, codebook: Codebook) -> bool:
    """ "verletze das Völkerrecht", "habe seine Verpflichtungen verletzt", "untergrabe die
    Bemühungen", "widerspreche den Werten": a verb of breaching with a norm as its object,
    not negated, not asked about, not in a condition or a possibility ("könne verletzen")."""
    words = codebook.words
    # the word form too: the lemmatizer misreads some ("missachte" -> "missachen")
    if verb.pos_ != "VERB" or words.breaching_verbs.isdisjoint(
        verb_keys(verb, codebook.strong_forms)
    ):
        return False
    objects = [c for c in verb.children if c.dep_ in ("obj", "iobj", "obl:arg")]
    if not any(matches_any((o.lemma_ or o.text).lower(), words.breached_norms) for o in objects):
        return False
    if is_negated_anywhere(verb, codebook) or _asked_or_supposed(verb, codebook):
        return False
    return not any(
        c.dep_.startswith("aux") and (c.lemma_ or "").lower() in ("können", "dürfen")
        for c in verb.children
    )


# The stand-in entry of an act's authorship told in a quotation.
_BLAME = Predicate(
    lemma="(blame)", pos="adj", type="ACCUSE", frame=Frame(actor=("subj",), recipient=())
)


def blamed_in_quotations(doc: Doc, codebook: Codebook) -> list[Candidate]:
    """A quotation that names who is behind a harmful act is the speaker's allegation against
    that author: "Hinter dem Anschlag stecke die PKK, sagte der Innenminister", "Sie seien für
    die Gewalt gegen Demonstranten verantwortlich, erklärte Yellen" -> ACCUSE allege. Told by
    the narrator ("Hinter dem Anschlag steckt der IS") it has no accuser and is no event here."""
    found = []
    for speaker, quoted, kind in _quotations_with_speakers(doc):
        if all(p.sector in MEDIA or _unknown_source(p) for p in speaker):
            continue  # a newspaper's findings are its report, no political allegation
        span = doc[quoted.sent.start : quoted[-1].sent.end]
        for word in span:
            told = _authorship_verb(word, codebook)
            if told is None or is_negated_anywhere(word, codebook):
                continue
            if kind == "free_indirect" and not has_subjunctive_mood(told):
                continue  # speech without a verb of saying is told by its Konjunktiv
            blamed = _blamed(doc, word, speaker)
            if blamed:
                found.append(
                    Candidate(token=word, predicate=_BLAME, type="ACCUSE", mode="allege",
                              actor=speaker, recipient=blamed,
                              factuality=Factuality("asserted", set()), confidence=0.45)
                )  # fmt: skip
    return found


def _unknown_source(p: EventParticipant) -> bool:
    """A source the linker knows nothing of, given the context's code for want of its own
    ("Nach Informationen des Spiegel ist …": a newspaper unknown to the knowledge base)."""
    return p.sector is None and (p.actor or "").startswith("text:")


def _authorship_verb(word: Token, codebook: Codebook) -> Token | None:
    """The finite word of a clause that tells who is behind a harmful act, else None: a blame
    adjective with its copula ("sei für den Anschlag verantwortlich", "sei schuld an dem
    Tod"), a verb of being behind ("stecke hinter dem Anschlag") or of bearing the blame
    ("trage die Verantwortung für den Anschlag")."""
    lemma = word.lemma_.lower()
    words = codebook.words
    preps: tuple[str, ...]
    if lemma in words.behind_verbs:
        preps, told, heads = ("hinter",), word, [word]
    elif lemma in words.bearing_verbs:
        blame = [o for o in args.objects(word) if o.lemma_.lower() in words.blame_nouns]
        preps, told, heads = ("für", "an"), word, [word, *blame]
        if not blame:
            return None
    elif lemma in codebook.blamed_subject_adjectives and word.pos_ == "ADJ":
        cops = [c for c in word.children if c.dep_ == "cop"]
        if not cops:
            return None
        preps, told, heads = ("für", "an"), cops[0], [word]
    else:
        return None
    harms = words.authored_harms
    for child in (c for head in heads for c in head.children):
        if args.preposition(child) in preps and (
            matches_any(child.lemma_.lower(), harms) or matches_any(child.lower_, harms)
        ):
            return told
    return None


def _blamed(doc: Doc, word: Token, speaker: list[EventParticipant]) -> list[EventParticipant]:
    """The coded subjects of a blame: another state's actors; else, in a domestic dispute, a
    named person or organisation of the speaker's own state ("Die Opposition sei für die
    Unruhen verantwortlich, sagte der Innenminister"), never a pronoun resolved to the
    speaker's side, the speaker himself or the media."""
    subjects = args.subjects(word)
    named = [p for p in participants_in(doc, subjects) if p.code and p.sector not in MEDIA]
    # a pronoun resolved to the speaker's side names no domestic culprit
    pronoun = any(s.pos_ == "PRON" for s in subjects)
    return _culprits(doc, named, speaker, foreign_only=pronoun)


def _culprits(
    doc: Doc, named: list[EventParticipant], speaker: list[EventParticipant], *, foreign_only: bool
) -> list[EventParticipant]:
    """Of the participants a speaker blames or condemns, another state's actors; else (unless
    `foreign_only`) the named persons and organisations of his own state other than himself."""
    codes = {p.code for p in speaker}
    foreign = [p for p in named if p.code not in codes]
    if foreign or foreign_only:
        return unique(foreign)
    actors = doc._.actors or {}
    own = {p.actor for p in speaker}
    return unique(
        [p for p in named if p.actor not in own
         and (a := actors.get(p.actor or "")) is not None and a.kind in _NAMED_KINDS]
    )  # fmt: skip


# inflectional endings the small model's lemmatizer leaves on nouns and adjectives
# ("eines Verbrecherregimes", "skandalösen"): the codebook's noun and adjective endings
_INFLECTIONS = frozenset(NOUN_ENDINGS).union(ADJECTIVE_ENDINGS)


def is_condemning(token: Token, codebook: Codebook) -> bool:
    """A condemning word, also when the lemmatizer kept its inflection."""
    words = codebook.condemning_words
    lower = token.lower_  # read once: each read makes a new string (about 300 ns)
    if token.lemma_.lower() in words or lower in words:
        return True
    return any(lower.endswith(e) and lower[: -len(e)] in words for e in _INFLECTIONS)


def judges_a_thing(token: Token, codebook: Codebook) -> bool:
    """A judging noun of "bezeichnete X als …" as the predicate of a clause about an act or
    a thing judges it as "als" does: "das Vorgehen Khartums sei eine schwerwiegende
    Verletzung des Friedensabkommens". Only with a noun subject: "Das sind Terroristen"
    points at people, not at an act."""
    if token.pos_ not in ("NOUN", "ADJ") or not any(c.dep_ == "cop" for c in token.children):
        return False
    if not any(s.pos_ == "NOUN" for s in args.subjects(token)):
        return False
    word = token.lemma_.lower()
    return any(p.type == "ACCUSE" and word in p.with_words for p in codebook.verbs("bezeichnen"))


def judged_act_doers(
    doc: Doc,
    word: Token,
    speaker: list[EventParticipant],
    candidates: Sequence[Candidate],
    codebook: Codebook,
) -> list[EventParticipant]:
    """Whoever did the act a copula clause judges, when its subject names an act told before
    ("Die Festnahmen seien willkürlich", "Der Angriff sei ein Verbrechen"): news names a
    reported act again by its noun, so the judgement is addressed to its doer."""
    judged = [
        s
        for s in args.subjects(word)
        if s.pos_ == "NOUN"
        and told_before(s)
        # "das Vorgehen Khartums" with the genitive parsed as an apposition names its doer
        and not any(c.dep_ == "appos" for c in s.children)
        and _names_act(s, codebook)
    ]
    return told_doers(doc, word, speaker, judged, candidates, codebook) if judged else []


_NAMED_KINDS = frozenset({"person", "organisation"})


def _condemned(
    doc: Doc, span: Span, speaker: list[EventParticipant], index: dict[int, Mention]
) -> list[EventParticipant]:
    """Whom a condemning quotation names: another state's actors first; else, in a domestic
    dispute, another named person or organisation of the speaker's own state ("Turtschynow
    sagte über Janukowytsch: „Jetzt ist er Diktator eines Verbrecherregimes“" -> UKR -> UKR),
    never the speaker himself, the state as a whole (his own side) or a sector group, which
    a quotation names as victims as often as culprits ("unmenschliche Behandlung
    Gefangener")."""
    named = [p for t in span if (m := index.get(t.i)) is not None and m.actors
             for p in participants(doc, m) if p.code and p.sector not in MEDIA]  # fmt: skip
    return _culprits(doc, named, speaker, foreign_only=False)


def reported_demands(doc: Doc, codebook: Codebook) -> list[Candidate]:
    """A deontic modal in someone's quotation is that speaker's demand on its subject: "Der
    Iran müsse den Anreicherungsprozess beenden, so Rice" -> REQUEST USA -> IRN. German
    reported speech has no imperative; "müsse"/"solle" is how a demand is reported. Each
    demand keeps the demanded verb in ``extra``."""
    found = []
    for speaker, modal, verb, addressed in _quoted_duties(doc, codebook):
        if addressed:
            found.append(
                Candidate(token=modal, predicate=_DEMAND, type="REQUEST", mode="change",
                          actor=speaker, recipient=unique(addressed),
                          factuality=Factuality("asserted", set()), confidence=0.45,
                          extra=[verb])
            )  # fmt: skip
    return found


def demanded_acts(doc: Doc, codebook: Codebook) -> set[int]:
    """The verbs a deontic modal governs in someone's quotation, addressed or not: "Präsident
    Bakijew müsse zurücktreten, sagte Otunbajewa" tells what the speaker wants done, not a
    resignation, even when the one who must act is the speaker's compatriot (no REQUEST
    between two of one state is coded then, but the resignation did not happen either)."""
    return {verb.i for _, _, verb, _ in _quoted_duties(doc, codebook)}


def _quoted_duties(
    doc: Doc, codebook: Codebook
) -> Iterator[tuple[list[EventParticipant], Token, Token, list[EventParticipant]]]:
    """(speaker, modal, the verb it governs, the foreign actors its subject names) of each
    deontic modal in a quotation with a speaker."""
    for speaker, quoted, kind in _quotations_with_speakers(doc):
        own = {p.code for p in speaker}
        for modal in quoted:
            verb = _deontic_verb(modal, codebook)
            if verb is None or suffers_answer(verb, codebook):
                continue  # "müsse mit Sanktionen rechnen" foretells, asks for nothing
            if kind == "free_indirect" and not has_subjunctive_mood(modal):
                # speech without a verb of saying is told by its Konjunktiv: an indicative
                # "soll … reisen" there is the narrator's plan or hearsay, no one's demand
                continue
            addressed = [
                p for p in participants_in(doc, args.subjects(verb), names_only=True)
                if p.code and p.code not in own and p.sector not in MEDIA
            ]  # fmt: skip
            yield speaker, modal, verb, addressed


# The stand-in entry of a threat told as the consequence of a demand not met.
_CONSEQUENCE = Predicate(
    lemma="(threatened consequence)", pos="verb", type="THREATEN",
    frame=Frame(actor=("subj",), recipient=()),
)  # fmt: skip
# adverbs that open what follows when a demand is not met ("…, sonst werde China …")
CONSEQUENCE_ADVERBS = frozenset({"sonst", "andernfalls", "anderenfalls", "ansonsten"})


def consequence_threats(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A demand followed by what the demander will do otherwise is a threat to the one
    addressed (PLOVER: coercive warnings): "Manila müsse die Provokationen einstellen, sonst
    werde China alle notwendigen Maßnahmen ergreifen" -> THREATEN CHN -> PHL. Only when the
    consequence is the demander's own act (its subject the demander, or "wir", "man"):
    "sonst drohe eine Katastrophe" warns of a danger, "Andernfalls würden die Proteste
    weitergehen" tells what others will do."""
    found = []
    for c in candidates:
        if c.type != "REQUEST" or not any(p.code for p in c.recipient):
            continue
        own = {p.code for p in c.actor if p.code}
        for verb in _consequences(doc, c.token):
            subjects = args.subjects(verb)
            doers = {p.code for p in participants_in(doc, subjects)}
            if doers & own or any(s.lower_ in ("wir", "man") for s in subjects):
                found.append(_threat(verb, _CONSEQUENCE, c.actor, c.recipient, 0.4))
    return found


def _threat(
    token: Token,
    predicate: Predicate,
    actor: list[EventParticipant],
    recipient: list[EventParticipant],
    confidence: float,
) -> Candidate:
    """An asserted THREATEN event the rules below derive (a threatened consequence, a
    foretold one, no other choice): told by the speaker, whatever the clause's mood."""
    return Candidate(token=token, predicate=predicate, type="THREATEN", mode=None, actor=actor,
                     recipient=recipient, factuality=Factuality("asserted", set()),
                     confidence=confidence)  # fmt: skip


def _consequences(doc: Doc, demand: Token) -> list[Token]:
    """The verbs of clauses a consequence adverb opens after the demand, in its sentence or
    at the start of the next one ("… aufgefordert, das Schiff abzuziehen. Andernfalls …")."""
    sent = demand.sent
    words = [t for t in sent if t.i > demand.i] + list(doc[sent.end : sent.end + 2])
    return [
        t.head
        for t in words
        if t.lower_ in CONSEQUENCE_ADVERBS and t.head.pos_ in ("VERB", "AUX") and t.head != demand
    ]


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
    if _in_indirect_question(verb, codebook):
        return None
    if any(c.dep_.startswith("aux") and c.lower_ in ("haben", "sein") for c in verb.children):
        return None
    # verb-first: "…, sollte das Parlament …" (the comma before it hangs in the clause too)
    if token.i == min(t.i for t in verb.subtree if not t.is_punct):
        return None
    if token.lower_ in ("sollte", "sollten") and (
        token.i == token.sent.start or token.doc[token.i - 1].text in (",", "–", "-")
    ):
        # "…, Putin festzunehmen, sollte er deutsches Territorium betreten": "sollte" first
        # in its clause is always a condition, however the model hung the clause
        return None
    if _opens_clause_after_comma(token, verb):
        return None  # any modal first after a comma, before its subject: a verb-first clause
    if verb.head != verb and verb.head.lemma_.lower() in codebook.modality.get(
        "hearsay_verbs", frozenset()
    ):  # "Ich hörte, dass die NATO … fortsetzen solle": others' demand, heard
        return None
    return verb


def _opens_clause_after_comma(modal: Token, verb: Token) -> bool:
    """ "…, Putin festzunehmen, sollte er deutsches Territorium betreten": a finite modal right
    after a comma, before its clause's subject, opens a verb-first clause, a condition; a
    reported demand puts its subject first ("…, Russland müsse …")."""
    if modal.i == 0 or modal.doc[modal.i - 1].text != ",":
        return False
    subjects = args.subjects(verb)
    return bool(subjects) and all(s.i > modal.i for s in subjects)


def _in_indirect_question(verb: Token, codebook: Codebook) -> bool:
    """ "nachvollziehen, wie sich der Papst mit dem Alter auseinandersetzen muss": a modal in
    a clause a w-word opens describes what is needed or asks about it; it demands nothing."""
    marks = codebook.modality.get("question_marks", frozenset())
    return any(
        c.lower_ in marks and c.i < verb.i and c.dep_ in ("mark", "advmod") for c in verb.children
    )


def is_negated_anywhere(token: Token, codebook: Codebook) -> bool:
    """ "nicht inakzeptabel": a negation next to the word or on its clause."""
    negation = codebook.modality["negation"]
    return any(t.lower_ in negation for t in [*token.children, *token.head.children])


def share_recipients(candidates: list[Candidate], codebook: Codebook) -> None:
    """Coordinated verbal acts of the same actor share the target: "haben zentrale Forderungen
    Russlands zurückgewiesen, sich aber gesprächsbereit gezeigt" -> AGREE towards RUS too. A
    target the sentence names beats the default one at home: "warf Israel Völkermord vor und
    forderte ein Ende der Angriffe" is a demand on Israel, "sprach von einer Provokation und
    warf Kiew vor, …" criticism of Kiev."""
    for c in candidates:
        codes = {p.code for p in c.actor}
        # a default addressee the sentence does not name: the actor's home, or a threat's
        # story state ("warf London Einmischung vor und drohte mit Gegenmaßnahmen" is a
        # threat to London, not to Hong Kong, the story's place)
        at_home = not c.addressed and (
            all(p.code in codes for p in c.recipient) or c.type == "THREATEN"
        )
        if (c.recipient and not at_home) or codebook.quad(c.type) not in VERBAL_QUADS:
            continue
        for d in candidates:
            linked = d.token.head == c.token or c.token.head == d.token
            if (
                d is not c
                and d.recipient
                and (not at_home or d.addressed)
                and linked
                and {d.token.dep_, c.token.dep_} & {"conj", "advcl"}
                and {p.code for p in d.actor} == codes
                # an act kept only to share an addressee takes it from one of its own kind:
                # praise and blame in one sentence are mostly for two parties ("begrüßte die
                # Verlängerung, warf der Miliz aber vor, …")
                and not (c.awaits_recipient and codebook.quad(d.type) != codebook.quad(c.type))
                and not _blame_from_praise(c, d, codebook)
            ):
                c.recipient = d.recipient
                break


def _blame_from_praise(c: Candidate, d: Candidate, codebook: Codebook) -> bool:
    """Blame takes no addressee from praise beside it: "verurteilte den Anschlag und sicherte
    Deutschland seine Solidarität zu" condemns the attackers, not the country it comforts
    (the reverse is shared: "wies Forderungen Russlands zurück, zeigte sich aber
    gesprächsbereit" is readiness towards Russia)."""
    return (
        codebook.quad(c.type) == "verbal_conflict" and codebook.quad(d.type) == "verbal_cooperation"
    )


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
        hosts = host_states(doc, owner, guests, codebook, visit_nouns=False)
        if len(guests) == 1 and hosts:
            visits.append(
                replace(c, type="CONSULT", mode="visit", actor=guests, recipient=hosts[:1],
                        confidence=max(0.05, c.confidence - 0.3), extra=[])
            )  # fmt: skip
    return visits


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


def inside_verbal_act(token: Token, verbal: set[int]) -> bool:
    node, steps = token, 0
    # German has no dass-clause that is not some word's content: one the parser hung on the
    # subject ("verlangt der Rat, dass Pjöngjang … verzichtet") or as an adverbial clause is
    # the content of the verbal act above it
    that_clause = False
    while node.head != node and steps < 8:
        if _coordinated_with_predicative(node):
            # "zeigte sich besorgt und rief zu einem Dialog auf": a finite verb is no
            # adjective's conjunct, but a second clause of the verb the predicative hangs on
            node, steps = node.head.head, steps + 1
            continue
        that_clause = that_clause or is_content_clause(node)
        if node.head.i in verbal and (
            node.dep_ in args.CONTENT_DEPS | {"nsubj:pass", "obl:arg"}
            or is_zu_clause(node)
            or that_clause
        ):
            return True
        # a relative clause describes a participant ("Lehrerin, die … festgenommen wurde"):
        # background fact, not the content of the demand; a zu-infinitive or a dass-clause
        # is never one (a German relative clause is finite and opens with its pronoun), so
        # one hung as such on the addressee ("forderte Ruanda auf, seine Truppen abzuziehen")
        # is the demand's content all the same
        if node.dep_.lower() in ("parataxis", "root") or (
            node.dep_ == "acl:relcl" and not args.has_zu(node) and not that_clause
        ):
            return False
        node, steps = node.head, steps + 1
    return False


def _coordinated_with_predicative(verb: Token) -> bool:
    """A finite verb the parser coordinated with a predicative adjective or participle
    ("zeigte sich besorgt und forderte …", "zeigte sich empört und rief … auf"): German
    coordinates a finite verb only with another finite verb, here the predicative's own."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and "Fin" in verb.morph.get("VerbForm")
        # an xcomp is never finite, whatever the tagger says of "empört"
        and head.dep_ == "xcomp"
        and head.pos_ in ("ADJ", "VERB")
        and head.head != head
    )


# how far back a denial of "dies" may reach for the claim it answers (the sentence before,
# or the one before that when a sentence of detail intervenes)
CLAIM_DISTANCE = 2


def answered_claims(
    doc: Doc, candidates: list[Candidate], codebook: Codebook | None = None
) -> None:
    """A rejection of a claim referred back to by a demonstrative ("Der Iran streitet dies
    ab", "Dieser Darstellung wurde widersprochen") is directed at whoever made the claim in
    the sentences before (guideline: a rejection targets the source of what is rejected),
    not at a default addressee at home."""
    for c in candidates:
        if c.type != "REJECT":
            continue
        # "wies die Vorwürfe zurück": a definite claim noun without a source refers back as
        # a demonstrative does; its recipient, if any, is only a default and gives way
        definite = codebook is not None and rejects_told_claim(c.token, codebook)
        denial = codebook is not None and denies_told_claim(c.token, codebook)
        if not definite and not denial and not refers_back(c.token):
            continue
        own = {p.code for p in c.actor if p.code}
        if not definite and c.addressed and any(p.code and p.code not in own for p in c.recipient):
            continue  # the sentence names the addressee itself (not a default one)
        source = _last_claimant(doc, c.token.sent.start, candidates, own, c.token)
        if not source and definite:
            source = _first_accusers(c, candidates, own)
        if source:
            c.recipient = source


def _first_accusers(
    rejection: Candidate, candidates: list[Candidate], own: set[str]
) -> list[EventParticipant]:
    """ "Der Kreml wies die Vorwürfe zurück" with no claim in the two sentences before: the
    definite noun points to the story's accusation against the rejecter, which news copy tells
    first (in the lead: "Biden machte Putin verantwortlich"; the summons of ambassadors and
    other reactions follow), so the first foreign accuser of the rejecter's side before it."""
    for c in sorted(candidates, key=lambda c: c.token.i):
        if c.token.i >= rejection.token.i:
            break
        if c.type != "ACCUSE" or not any(p.code in own for p in c.recipient):
            continue
        others = [p for p in c.actor if p.code and p.code not in own]
        if others and len(others) == len(c.actor):
            return unique(others)
    return []


# Dependents that name whose act or claim a noun is: "die Vorwürfe Moskaus", "seine Kritik",
# "der Angriff der Armee", "die Kritik von Amnesty"
_SOURCE_DEPS = frozenset({"nmod", "nmod:poss", "det:poss"})


def told_before(noun: Token) -> bool:
    """A noun with the definite article or a demonstrative and no source of its own ("die
    Vorwürfe", "den Angriff"): in news copy it refers to the act or claim reported before
    ("Israel griff Ziele in Beirut an. … Mikati verurteilte die Angriffe")."""
    dets = [d for d in noun.children if d.dep_ == "det"]
    if not any(
        "Def" in morph_values(d, "Definite") or "Dem" in morph_values(d, "PronType") for d in dets
    ):
        return False
    if any("Poss" in morph_values(d, "Poss") or d.dep_ == "det:poss" for d in dets):
        return False
    for child in noun.children:
        if child.dep_ in _SOURCE_DEPS and args.preposition(child) in (None, "von", "durch"):
            return False
    return True


def rejects_told_claim(verb: Token, codebook: Codebook) -> bool:
    """The rejection's object is a claim told before: "wies die Vorwürfe/die Kritik zurück",
    or an account, a noun of the reporting lexicon that names a source ("wies die Darstellung
    zurück", "bestritt die Angaben")."""
    return any(
        told_before(head)
        and (
            any(p.type == "ACCUSE" for p in codebook.nouns(head.lemma_))
            or load_lexicon().source_noun(head.text) is not None
        )
        for head in args.objects(verb)
        if head.pos_ == "NOUN"
    )


def denies_told_claim(verb: Token, codebook: Codebook) -> bool:
    """A denial that names no claim: "Moskau bestreitet, an dem Angriff beteiligt zu sein",
    "Minsk dementierte umgehend", "bestritt, dass staatliche Stellen beteiligt waren". To deny
    is to answer an assertion; with no claim noun as its object, what is denied is the claim
    the story told before, and the rejection is addressed to whoever made it."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb_key(verb) in codebook.words.denial_verbs
        and not any(head.pos_ in ("NOUN", "PROPN", "PRON", "DET") for head in args.objects(verb))
    )


def condemned_act_authors(candidates: list[Candidate], codebook: Codebook) -> None:
    """Condemning an act told before ("Der Iran verurteilte die Angriffe", after the lead
    reports the strikes) is directed at whoever carried it out, the actor of the first
    act of that type told before, not at a default addressee or at the act's victims."""
    for c in candidates:
        if c.type != "ACCUSE" or c.predicate.pos != "verb":
            continue
        acts = {
            p.type
            for head in args.objects(c.token)
            if head.pos_ == "NOUN" and told_before(head)
            for p in codebook.nouns(head.lemma_)
            if p.type in MATERIAL_CONFLICT
        }
        if not acts:
            continue
        own = {p.code for p in c.actor if p.code}
        earlier = [
            e
            for e in candidates
            if e.type in acts
            and e.token.idx < c.token.idx
            and not e.placed
            and e.actor
            and all(p.code and p.code not in own for p in e.actor)
        ]
        if earlier:
            # the first: news tells the main act in the lead, background acts after it
            c.recipient = unique(min(earlier, key=lambda e: e.token.idx).actor)


def welcomed_acts(verb: Token, codebook: Codebook) -> list[Token]:
    """The acts told before that a judging verb's object refers back to: a definite noun with
    no author of its own that names an act of the codebook ("begrüßte die Freilassung"), a
    decision ("die Beschlüsse") or the news in general ("den Schritt")."""
    return [
        head
        for head in args.objects(verb)
        if head.pos_ == "NOUN"
        and told_before(head)
        and (
            codebook.nouns(head.lemma_)
            or _names_decision(head, codebook)
            or head.lemma_.lower() in codebook.news_act_nouns
        )
    ]


def _names_decision(noun: Token, codebook: Codebook) -> bool:
    """ "die Beschlüsse" (lemma "Beschluß" in the old spelling), "die Entscheidung"."""
    return any(w in codebook.decision_nouns for w in spelling_variants(noun.lemma_.lower()))


def welcomed_act_authors(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> None:
    """Welcoming an act told before ("Nicaragua ließ den Bischof frei. … Die Bischofskonferenz
    begrüßte die Freilassung") is support for whoever carried it out: the actor of the first
    act of that type told before, or of the first act at all when the noun names the news in
    general ("begrüßte den Schritt"). News tells the main act in the lead. When the act was
    told without a doer the rules code ("Die Kinder sind wieder frei. … Unicef begrüßte die
    Freilassung"), a foreign welcomer welcomes what the story's state did: the definite noun
    refers to the story's news, and foreign voices in a story about one state speak of it."""
    for c in candidates:
        if c.type != "SUPPORT" or c.predicate.pos != "verb":
            continue
        own = {p.code for p in c.actor if p.code}
        if any(p.code and p.code not in own for p in c.recipient):
            continue  # the sentence names whom it supports
        acts = welcomed_acts(c.token, codebook)
        if not acts:
            continue
        types = {p.type for head in acts for p in codebook.nouns(head.lemma_)}
        earlier = [
            e
            for e in candidates
            if (e.type in types or not types)
            and e.token.idx < c.token.idx
            and e.actor
            and all(p.code and p.code not in own for p in e.actor)
        ]
        if earlier:
            c.recipient = unique(min(earlier, key=lambda e: e.token.idx).actor)
        else:
            # no doer to support: the story's state for a foreign welcomer; at home none
            # (the own-state default would be a guess, and the event is dropped)
            c.recipient = foreign_addressee(doc, c.actor)


def threatens_retaliation(token: Token, extra: list[Token], codebook: Codebook) -> bool:
    """The threat is of retaliation ("drohten mit Vergeltung", "kündigte Gegenmaßnahmen an"),
    which answers an act against the one who threatens it; so does reserving further
    measures ("Die Bundesregierung behalte sich weitere Maßnahmen vor" after an execution)."""
    if token.pos_ in ("VERB", "AUX") and verb_key(token) in codebook.words.reserving_verbs:
        return True
    # "werde auf jeden Angriff reagieren": an answer announced to an act against the actor
    if token.pos_ == "VERB" and verb_key(token) in codebook.words.answer_verbs:
        return True
    heads = [token, *extra, *args.prepositional([token, *extra], "mit")]
    return any(
        matches_any(word, codebook.retaliation_nouns)
        for head in heads
        for word in {(head.lemma_ or head.text).lower(), head.lower_}
    )


def exchanges(candidates: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """An exchange of prisoners between sides is each side's release to the other
    ("Russland und die Ukraine haben Kriegsgefangene ausgetauscht": RUS → UKR and
    UKR → RUS), as the wire gold codes it, not one release of both to no one."""
    split: list[Candidate] = []
    for c in candidates:
        sides = unique(c.actor)
        if (
            c.type == "RETREAT"
            and c.mode == "release"
            and not c.recipient
            and c.predicate.lemma in codebook.words.exchange_words
            and len({p.code for p in sides if p.code}) > 1
        ):
            split += [
                replace(c, actor=[side], recipient=[p for p in sides if p.code != side.code])
                for side in sides
                if side.code
            ]
        else:
            split.append(c)
    return split


# acts against a party that it may threaten to retaliate for
RETALIATED_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def retaliated_acts(candidates: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """A threat of retaliation that names no target ("Die Huthis drohten umgehend mit
    Vergeltung", "Teheran kündigte Vergeltung an") is addressed to whoever struck the
    threatening side, told before: the actor of the first attack, coercion or sanction on it
    (news tells the main act in the lead). Without such an act it is addressed to no one and
    dropped (THREATEN needs a recipient)."""
    kept = []
    for c in candidates:
        if (
            c.type == "THREATEN"
            and c.addressed is False
            and c.predicate.pos == "verb"
            and threatens_retaliation(c.token, c.extra, codebook)
        ):
            own = {p.code for p in c.actor if p.code}
            striker = first_striker(candidates, c, RETALIATED_ACTS)
            if striker:
                c.recipient = striker
            elif not c.recipient or any(p.code in own for p in c.recipient):
                continue  # "threatens" its own side: no one struck it that the text tells
        kept.append(c)
    return kept


def first_striker(
    candidates: list[Candidate], c: Candidate, acts: frozenset[str]
) -> list[EventParticipant]:
    """The actor of the first act of the given types against c's actor told before c (news
    tells the main act in the lead), none of whose actors is of c's actor's side."""
    own = {p.code for p in c.actor if p.code}
    struck = [
        e
        for e in candidates
        if e.type in acts
        and e.token.idx < c.token.idx
        and e.actor
        and own & {p.code for p in e.recipient}
        and all(p.code and p.code not in own for p in e.actor)
    ]
    return unique(min(struck, key=lambda e: e.token.idx).actor) if struck else []


def returned_fire(candidates: list[Candidate], codebook: Codebook) -> None:
    """Returning fire answers whoever fired on the actor ("Nordkoreanische Artillerie hat die
    Insel beschossen … Die südkoreanischen Streitkräfte erwiderten das Feuer"): the fire is
    directed at the side that struck first, told before or in the same sentence, never at
    the actor's own side, which a default or an uncoded object ("das Feuer auf die Personen")
    gave it."""
    for c in candidates:
        if c.type != "ASSAULT" or c.predicate.lemma not in codebook.words.return_fire_verbs:
            continue
        own = {p.code for p in c.actor if p.code}
        if any(p.code and p.code not in own for p in c.recipient):
            continue  # a named foreign target stays
        striker = first_striker(candidates, c, frozenset({"ASSAULT"}))
        if striker:
            c.recipient = striker


# acts that take a position on a decision: welcoming, criticising, rejecting it
JUDGING_DECISIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def decision_authors(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> None:
    """Welcoming, criticising or rejecting a decision told before ("Scholz begrüßte die
    Beschlüsse", "Auch Ungarn lehnt die Reform ab") is addressed to whoever took it, not to
    a default addressee found before (see ``told_decision_makers``)."""
    for c in candidates:
        if c.type in JUDGING_DECISIONS and c.predicate.pos == "verb":
            authors = told_decision_makers(doc, c.token, c.actor, codebook)
            if not authors and _unaddressed(c):
                authors = told_act_authors(doc, c, candidates, codebook)
                if not authors and judges_told_decision(c.token, codebook):
                    authors = lead_doers(doc, c, candidates)
                if _own_for_foreign(c, authors):
                    authors = []
            if authors:
                c.recipient = authors


def judges_told_decision(verb: Token, codebook: Codebook) -> bool:
    """The verb's object is a definite act or decision noun with no author of its own: "wies
    die Resolution zurück", "lehnt das Vorgehen ab"."""
    return any(
        head.pos_ == "NOUN"
        and told_before(head)
        and (_names_decision(head, codebook) or _is_act_noun(head, codebook))
        for head in judged_heads(verb)
    )


def lead_doers(doc: Doc, c: Candidate, candidates: list[Candidate]) -> list[EventParticipant]:
    """The named subject of the article's first sentence, the lead, when it is not the
    judging actor's side: news tells the main act in the lead, and a definite act or
    decision noun that no act or decision verb told before takes it up ("Der
    Weltsicherheitsrat hat Sanktionen gegen Nordkorea verhängt. … Der nordkoreanische
    Botschafter wies die Resolution zurück"; "Die Kommission hat ein Verfahren gegen Polen
    eingeleitet. … Die polnische Regierung wies das Vorgehen zurück")."""
    # the dateline ("Brüssel (dpa) -") may be a sentence of its own
    lead = next((s for s in doc.sents if not in_dateline(s.root)), None)
    if lead is None or lead.start >= c.token.sent.start:
        return []
    # an attack in the lead is told again by an attack noun, never as "die Entscheidung" (see
    # NOT_TOLD_AS_ACTS): "Israel bombardierte Ziele. … Iran verurteilte die Entscheidung"
    if any(e.token == lead.root and e.type == "ASSAULT" for e in candidates):
        return []
    subjects = [t for t in args.subjects(lead.root) if not in_dateline(t)]
    mine = {key for p in c.actor if (key := entity_key(doc, p))}
    own = {p.code for p in c.actor if p.code}
    doers = [
        p
        for p in participants_in(doc, subjects, names_only=True)
        if p.code and p.code not in own and entity_key(doc, p) not in mine
    ]
    return unique(doers)


def _unaddressed(c: Candidate) -> bool:
    """No recipient, or only a default one that the sentence does not name: the actor's home,
    or the story's state as a foreign speaker's addressee (an addressee found for a condemned
    act or a claim is kept)."""
    own = {p.code for p in c.actor if p.code}
    return not c.recipient or (
        c.addressed is False
        # the actor's home, or a state standing in for an unnamed side (the story's state
        # for a foreign speaker): a default, with no span in the text
        and all(p.code in own or p.start is None for p in c.recipient)
    )


def _own_for_foreign(c: Candidate, authors: list[EventParticipant]) -> bool:
    """The told act's doers are the actor's own state while the default addressee is another
    (the story's state for a foreign speaker): the nearest act told before is then the
    speaker's side's answer ("Ecuador zog seinen Botschafter ab. … Correa bezeichnete den
    Einsatz als Massaker"), not the act judged, which the story's state did."""
    own = {p.code for p in c.actor if p.code}
    return (
        bool(authors)
        and {p.code for p in authors} <= own
        and any(p.code not in own for p in c.recipient)
    )


# reactions judge a told act; they are not the act that a later reaction refers to. Nor is
# an attack: it is told again by an attack noun ("verurteilte die Angriffe", see
# condemned_act_authors), never as "die Entscheidung" or "das Verbot"
NOT_TOLD_AS_ACTS = JUDGING_DECISIONS | {"REQUEST", "ASSAULT"}


def told_act_authors(
    doc: Doc, c: Candidate, candidates: list[Candidate], codebook: Codebook
) -> list[EventParticipant]:
    """Welcoming, criticising or rejecting an act told before by a definite noun of acts with
    no author of its own ("Der Zentralrat der Juden begrüßte das Verbot", "Die EU begrüßte
    die Rücknahme", "Selenskyj begrüßte die Ankündigung"): in news the noun names the act
    reported just before, so the judgement is addressed to whoever did the nearest act told
    before the sentence by someone else (not a reaction such as a demand or criticism, nor
    an attack)."""
    judged = told_acts(c.token, codebook)
    if not judged:
        return []
    return told_doers(doc, c.token, c.actor, judged, candidates, codebook)


def told_doers(
    doc: Doc,
    judging: Token,
    actor: list[EventParticipant],
    judged: list[Token],
    candidates: Sequence[Candidate],
    codebook: Codebook,
    told_types: frozenset[str] = frozenset(),
) -> list[EventParticipant]:
    """The doers of the nearest act told before the judging word's sentence, by someone other
    than the judging actor, that the judged nouns name (or, with ``told_types``, of the
    nearest act of those types)."""
    mine = {key for p in actor if (key := entity_key(doc, p))}
    own = {p.code for p in actor if p.code}
    # an event noun names its own type ("kritisierte die Festnahmen": an arrest, COERCE):
    # only an act of that type told before is the one judged; the general act nouns
    # ("das Verbot", "den Schritt") name whatever act was told
    types = told_types or {
        p.type
        for head in judged
        if not _is_act_noun(head, codebook)
        for p in codebook.nouns(head.lemma_)
    }
    earlier = [
        (e.token.i, doers)
        for e in candidates
        if e.token.i < judging.sent.start
        and (e.type in types if types else told_as_act(e, codebook))
        and (doers := [p for p in e.actor if p.code])
        and not mine & {entity_key(doc, p) for p in doers}
    ]
    # a foreign act before a domestic one: "Scholz begrüßte die Beschlüsse" of the summit,
    # not the German pledge told after them; a domestic act when there is none
    foreign = [(i, doers) for i, doers in earlier if not own & {p.code for p in doers}]
    if not (foreign or earlier):
        return []
    return unique(max(foreign or earlier, key=lambda f: f[0])[1])


def told_as_act(c: Candidate, codebook: Codebook) -> bool:
    """Whether a later "die Entscheidung", "der Haftbefehl" may name this event: an act, not a
    reaction; but a charge made by issuing an act noun ("hat Haftbefehl gegen Putin erlassen",
    ACCUSE allege with "Haftbefehl" of ``act_nouns``) is a legal act that later sentences
    judge ("Biden bezeichnete den Haftbefehl als gerechtfertigt")."""
    if c.type not in NOT_TOLD_AS_ACTS:
        return True
    return c.type == "ACCUSE" and any(_is_act_noun(t, codebook) for t in c.extra)


# what a breach, an attack or a threat harmed: its genitive and its auf/gegen/für phrase
# ("Verletzung der Souveränität seines Landes", "Angriff auf südkoreanisches Territorium",
# "Verstoß gegen das Völkerrecht", "Bedrohung für die Region")
HARMED_PREPOSITIONS = frozenset({"auf", "gegen", "für"})


def judged_by_name(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """A judging noun that names the act just told ("Nordkorea beschoss die Insel. Lee sprach
    von einem Angriff auf südkoreanisches Territorium") judges whoever did it: the recipient
    is the doer of the nearest hostile act told before (PLOVER material conflict), never the
    party the noun says was harmed, which is the speaker's own side as often as not. A
    judgement left with no one to address is dropped (a statement, no event), unless it
    names an act of force ("sprach von einem Staatsstreich"): that is condemned unaddressed."""
    kept_candidates = []
    for c in candidates:
        judging = judging_nouns(c.token, codebook) if _names_by_judgement(c, codebook) else []
        if not judging:
            kept_candidates.append(c)
            continue
        harmed = {tok.idx for noun in judging for tok in _harmed(noun)}
        # the speaker's own state in the noun's genitive is the victim, never the doer ("Verletzung
        # der Souveränität Mexikos", said by Mexico), as is his state found by an adjective
        # ("Angriff auf südkoreanisches Territorium")
        owned = {tok.idx for noun in judging for g in args.genitives(noun) for tok in g.subtree}
        own = {p.code for p in c.actor if p.code}
        kept = [
            p
            for p in c.recipient
            if p.start not in harmed
            and not (p.code in own and (p.start is None or p.start in owned))
        ]
        if len(kept) != len(c.recipient) or not kept:
            # the act its object names ("nannte den Schritt …"), else the last hostile act
            told = told_acts(c.token, codebook)
            doers = (
                told_doers(doc, c.token, c.actor, told, candidates, codebook)
                if told
                else told_doers(
                    doc, c.token, c.actor, judging, candidates, codebook, MATERIAL_CONFLICT
                )
            )
            # with no act told before, the home state found by default stays (a domestic
            # dispute: "Stoch sprach von einem Feldzug gegen die Gemeinschaftsschule")
            c.recipient = kept or doers or [p for p in c.recipient if p.start not in harmed]
        # "Scholz sprach von einem feigen Anschlag", "von einem orchestrierten Staatsstreich":
        # an act of force condemned, whose doers need not be named (as "verurteilte den
        # Anschlag", coder.condemns_an_act); the guideline's ACCUSE without a recipient
        if c.recipient or any(_names_force(noun, codebook) for noun in judging):
            kept_candidates.append(c)
    return kept_candidates


def _names_force(noun: Token, codebook: Codebook) -> bool:
    """A judging noun that names a violent act ("Anschlag", "Angriff", "Staatsstreich")."""
    word = (noun.lemma_ or noun.text).lower()
    if any(p.type in MATERIAL_CONFLICT for p in codebook.nouns(word)):
        return True
    return matches_any(word, codebook.words.violent_acts)


def _names_by_judgement(c: Candidate, codebook: Codebook) -> bool:
    return (
        c.type == "ACCUSE"
        and c.predicate.pos == "verb"
        and c.predicate.lemma in codebook.words.naming_verbs
    )


def judging_nouns(verb: Token, codebook: Codebook) -> list[Token]:
    """The nouns of the shared condemning list in a verb's own phrases ("sprach von einem
    Angriff", "als Verletzung des Völkerrechts")."""
    nouns = codebook.judgement_nouns.get("condemning", ())
    return [t for t in verb.children if t.pos_ == "NOUN" and _ends_in_any(t, nouns)]


def names_act_by_judgement(verb: Token, codebook: Codebook) -> bool:
    """A verb of naming with a condemning noun: its recipient is found later, from the act
    told before (``judged_by_name``)."""
    naming = verb.lemma_.lower() in codebook.words.naming_verbs
    return naming and bool(judging_nouns(verb, codebook))


def _ends_in_any(token: Token, stems: tuple[str, ...]) -> bool:
    return matches_any(token.lemma_.lower(), stems) or matches_any(token.lower_, stems)


def _harmed(noun: Token) -> Iterator[Token]:
    """The phrases of a judging noun that name what the act harmed. A genitive does when it is
    a thing, whose owner is the victim ("Verletzung der Souveränität seines Landes"); a name
    in the genitive of an act noun is its doer ("Einmischung der USA", "Angriff Russlands")."""
    for child in noun.children:
        if args.preposition(child) in HARMED_PREPOSITIONS or (
            child.pos_ == "NOUN" and child in args.genitives(noun)
        ):
            yield from child.subtree


def judges_told_act(verb: Token, codebook: Codebook) -> bool:
    """The verb's object is a definite act noun with no author of its own: "das Verbot"."""
    return bool(told_acts(verb, codebook))


def told_acts(verb: Token, codebook: Codebook) -> list[Token]:
    """The verb's definite objects with no author of their own that name an act: a general
    act noun ("das Verbot") or an event noun of the codebook ("die Festnahmen")."""
    return [
        head
        for head in judged_heads(verb)
        if head.pos_ == "NOUN" and told_before(head) and _names_act(head, codebook)
    ]


def judged_heads(verb: Token) -> list[Token]:
    """What a judging verb judges: its objects, and the "über" phrase of a judgement said
    with an adjective ("zeigte sich enttäuscht über die Entscheidung", "äußerte sich besorgt
    über den Schritt"), which the parser hangs on the verb or on the adjective."""
    adjectives = [c for c in verb.children if c.pos_ == "ADJ" or c.dep_ == "advmod"]
    return args.objects(verb) + args.prepositional([verb, *adjectives], "über")


def _is_act_noun(noun: Token, codebook: Codebook) -> bool:
    """A general act noun: "das Verbot", "die Entscheidung", "den Schritt"."""
    return any(matches_any(w, codebook.act_nouns) for w in (noun.lemma_.lower(), noun.lower_))


# claims and reactions ("die Vorwürfe", "die Kritik", "die Forderung"): answered by the rules
# for told claims (answered_claims), not acts whose doer a judgement is addressed to
_CLAIM_TYPES = JUDGING_DECISIONS | {"REQUEST"}


def _names_act(noun: Token, codebook: Codebook) -> bool:
    """A general act noun ("das Verbot") or an event noun of the codebook that names an act,
    not a claim ("die Festnahmen", "das Manöver", "der Angriff")."""
    if _is_act_noun(noun, codebook):
        return True
    types = {p.type for p in codebook.nouns(noun.lemma_)}
    return bool(types) and not types <= _CLAIM_TYPES


def told_decision_makers(
    doc: Doc, verb: Token, actor: list[EventParticipant], codebook: Codebook
) -> list[EventParticipant]:
    """Who took the decision a verb's definite object refers back to: the named subject of
    the first clause before with a decision verb (the inverted pyramid tells the decision in
    the lead: "hat das Europaparlament eine Reform gebilligt")."""
    if not any(
        head.pos_ == "NOUN" and told_before(head) and _names_decision(head, codebook)
        for head in judged_heads(verb)
    ):
        return []
    own = {p.code for p in actor if p.code}
    return _first_decision_makers(doc, verb.sent.start, own, codebook)


def _first_decision_makers(
    doc: Doc, before: int, own: set[str], codebook: Codebook
) -> list[EventParticipant]:
    for token in doc[:before]:
        if token.pos_ != "VERB" or not set(verb_keys(token)) & codebook.decision_verbs:
            continue
        # the parser may take the dateline for the subject and hang the subject on the
        # object ("Brüssel (dpa) - … hat das Europaparlament eine Reform gebilligt")
        subjects = [t for t in args.subjects(token) if not in_dateline(t)] or [
            t for t in token.subtree if t.dep_ == "nsubj" and not in_dateline(t)
        ]
        makers = [p for p in participants_in(doc, subjects, names_only=True)
                  if p.code and p.code not in own]  # fmt: skip
        if makers:
            return unique(makers)
    return []


# the demonstratives that stand alone for what was said ("Peking wies das zurück")
STANDALONE_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})


def refers_back(verb: Token) -> bool:
    """The act's object (or, in the passive, its dative) is an anaphoric demonstrative:
    "dies", "das", "diese Darstellung"."""
    for head in args.objects(verb) + args.datives(verb) + _demonstrative_subjects(verb):
        if "Dem" in morph_values(head, "PronType") or _standalone_article(head):
            return True
        if any(d.dep_ == "det" and "Dem" in morph_values(d, "PronType") for d in head.children):
            return True
    return False


def _standalone_article(token: Token) -> bool:
    """ "wies das zurück": the tagger calls a bare "das" an article (DET) though no noun
    follows it; an article heading a phrase of its own is the demonstrative pronoun."""
    return (
        token.pos_ == "DET"
        and token.lower_ in STANDALONE_DEMONSTRATIVES
        and token.dep_ not in ("det", "det:poss")
        and not any(c.pos_ in ("NOUN", "PROPN") for c in token.children)
    )


def _demonstrative_subjects(verb: Token) -> list[Token]:
    """ "Peking wies das umgehend zurück" with both labelled subject: of a name before the
    verb and a bare "das" after it, the pronoun is the object (it may be either case)."""
    subjects = args.subjects(verb)
    if len(subjects) < 2 or not any(s.i < verb.i for s in subjects):
        return []
    return [s for s in subjects if s.i > verb.i and _standalone_article(s)]


def _last_claimant(
    doc: Doc,
    sent_start: int,
    candidates: list[Candidate],
    own: set[str],
    rejection: Token | None = None,
) -> list[EventParticipant]:
    """The nearest other speaker or accuser before a sentence, within CLAIM_DISTANCE sentences;
    with the ``rejection`` given, also an accusation earlier in its own sentence ("Moskau wirft
    Kiew vor, …, Kiew weist dies zurück")."""
    sentences = [s for s in doc.sents if s.start < sent_start][-CLAIM_DISTANCE:]
    begin, end = doc[sentences[0].start if sentences else sent_start].idx, doc[sent_start].idx
    own_sentence = [
        (c.token.idx, c.actor)
        for c in candidates
        if rejection is not None
        and c.type == "ACCUSE"
        and c.token.sent.start == sent_start
        and c.token.i < rejection.i
    ]
    if not sentences and not own_sentence:
        return []
    found: list[tuple[int, list[EventParticipant]]] = own_sentence + [
        (c.token.idx, c.actor)
        for c in candidates
        if c.type == "ACCUSE" and begin <= c.token.idx < end
    ]
    # a reported claim is a claim too ("Nach israelischen Militärangaben seien …")
    found += [
        (quote.start, speaker_participants(doc, quote))
        for quote in doc._.quotes or []
        if begin <= quote.start < end
    ]
    # so is an account named as a source ("Nach israelischen Militärangaben seien …")
    found += [
        (t.idx, participants_in(doc, [t]))
        for sent in sentences
        for t in sent
        if args.is_claim_source(t)
    ]
    for _, actor in sorted(found, key=lambda f: f[0], reverse=True):
        others = [p for p in actor if p.code and p.code not in own]
        if others and len(others) == len(actor):
            return unique(others)
    return []


# an actor's demands, accusations and threats in a dispute (not refusals: what is refused,
# "die Darstellung", "das", was told by whoever the refusal answers)
DISPUTE_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def continued_disputes(candidates: list[Candidate]) -> None:
    """A conflictual speech act that names no target continues its actor's dispute told
    before: "Zapatero hat Deutschland Versagen vorgeworfen. … Nun fordert Zapatero
    Entschädigungen für die Bauern" is a demand on Germany, not on the other side at home.
    Only an act with no target or the domestic default (a recipient of the actor's own state
    that the sentence does not name) takes the foreign target the same actor (the same person
    or body, not just its state) last named."""
    disputes = [c for c in candidates if c.type in DISPUTE_ACTS and c.actor]
    for c in disputes:
        own = {p.code for p in c.actor}
        if c.addressed is not False or any(p.code not in own for p in c.recipient):
            continue
        earlier = [
            d for d in disputes
            if d.token.sent.start < c.token.sent.start
            and d.addressed
            and {p.actor for p in d.actor} == {p.actor for p in c.actor}
            and all(p.code and p.code not in own for p in d.recipient)
        ]  # fmt: skip
        if earlier:
            c.recipient = unique(max(earlier, key=lambda d: d.token.i).recipient)


# The stand-in entry of a threat told in the speaker's words of what will follow.
_FORETOLD = Predicate(
    lemma="(foretold consequence)", pos="verb", type="THREATEN",
    frame=Frame(actor=("subj",), recipient=()),
)  # fmt: skip


def foretold_threats(doc: Doc, candidates: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """A speaker's words that an act will be answered are his threat (PLOVER THREATEN:
    coercive warnings): "Die Beschlagnahme werde nicht ohne Antwort bleiben, sagte Peskow",
    "jede Provokation werde eine militärische Antwort nach sich ziehen", "der Iran werde
    dafür bezahlen". Only the future with "werden" in a quotation of a coded speaker; "kann
    nicht ohne Folgen bleiben" is a demand, "wir müssen dafür bezahlen" a cost. The payer is
    threatened; an act answered threatens its doer, else whoever struck the speaker's side."""
    found = []
    for speaker, quoted, _ in _quotations_with_speakers(doc):
        own = {p.code for p in speaker}
        for verb in quoted:
            if verb.pos_ != "VERB":
                continue
            future = _future_with_werden(verb)
            if future and _pays(verb, codebook):
                targets = participants_in(doc, args.subjects(verb), names_only=True)
            elif future and _answered(verb, codebook):
                targets = _answered_doers(doc, verb, candidates, own)
            elif suffers_answer(verb, codebook):
                targets = participants_in(doc, args.subjects(verb), names_only=True)
            elif future and _answer_coming(verb, codebook):
                targets = _coming_to(doc, verb, speaker, candidates, codebook)
            else:
                continue
            targets = [p for p in targets if p.code and p.code not in own]
            if targets:
                found.append(_threat(verb, _FORETOLD, speaker, unique(targets), 0.45))
    return found


def _future_with_werden(verb: Token) -> bool:
    """ "werde … bezahlen": "werden" with the plain infinitive, which the parser may label a
    passive auxiliary all the same (``german.verbs.is_passive`` tells the two apart)."""
    return any(
        c.dep_ in ("aux", "aux:pass") and (c.lemma_ or "").lower() == "werden"
        for c in verb.children
    ) and not is_passive(verb)


def _pays(verb: Token, codebook: Codebook) -> bool:
    """ "werde dafür (teuer) bezahlen", "einen hohen Preis zahlen": paying for a deed, with no
    sum ("30 Milliarden dafür bezahlen" is money)."""
    if verb_key(verb) not in codebook.words.paying_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if objects:
        return all(o.lower_ == "preis" for o in objects)
    return any(c.lower_ in ("dafür", "teuer") for c in verb.children)


def suffers_answer(verb: Token, codebook: Codebook) -> bool:
    """ "sonst trage Japan alle Folgen", "Russland werde die Konsequenzen tragen müssen",
    "Serbien müsse mit Sanktionen rechnen", "die USA müssten den Preis zahlen": an answer the
    subject is told to suffer, foretold (the future with "werden"), as what must come ("muss")
    or as what follows otherwise ("sonst"). Not the consequences of a thing ("die Folgen des
    Klimawandels tragen"): those are costs, no one's answer."""
    if not _foretold(verb, codebook) or _asked_or_supposed(verb, codebook):
        return False
    key = verb_key(verb)
    words = codebook.words
    if key in words.paying_verbs:
        return _pays(verb, codebook)
    if key not in words.suffering_verbs:
        return False
    if key == "rechnen":
        nouns = args.prepositional([verb], "mit")
    else:
        nouns = [c for c in verb.children if c.dep_ == "obj"]
    return any(
        matches_any((n.lemma_ or n.text).lower(), words.suffered_answers)
        and not any(c.dep_ == "nmod" and c.pos_ == "NOUN" for c in n.children)
        for n in nouns
    )


def _asked_or_supposed(verb: Token, codebook: Codebook) -> bool:
    """A clause opened by a question word, "ob", "wenn" or "falls": asked about or supposed,
    nothing foretold ("Ob Russland mit Sanktionen rechnen müsse, sei offen")."""
    marks = codebook.modality.get("hypothetical_marks", frozenset())
    return _in_indirect_question(verb, codebook) or any(
        c.dep_ == "mark" and c.lower_ in marks for c in verb.children
    )


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "obj"] if verb_key(verb) == "folgen" else []


def _foretold(verb: Token, codebook: Codebook) -> bool:
    """The future with "werden", a "muss" (what must come to someone) or a "sonst" clause."""
    if _future_with_werden(verb):
        return True
    if any(c.dep_.startswith("aux") and (c.lemma_ or "").lower() == "müssen"
           for c in verb.children):  # fmt: skip
        return True
    return any(c.lower_ in CONSEQUENCE_ADVERBS for c in verb.children)


def _answer_coming(verb: Token, codebook: Codebook) -> bool:
    """ "werde ernste Folgen haben" (an answer noun the object of "haben"), "würden weitere
    Angriffe folgen" (an answer or an act of force the subject of "folgen")."""
    key = verb_key(verb)
    words = codebook.words
    if key not in words.foretelling_verbs or _asked_or_supposed(verb, codebook):
        return False
    if key == "haben":
        nouns = [c for c in verb.children if c.dep_ == "obj"]
        stems = words.answer_nouns
    else:
        # "folgen" takes no accusative: an object the parser gave it is its subject
        nouns = [s for s in args.subjects(verb) + _objects(verb) if s.pos_ == "NOUN"]
        stems = words.followed_acts
    return any(matches_any((n.lemma_ or n.text).lower(), stems) for n in nouns)


def _coming_to(
    doc: Doc,
    verb: Token,
    speaker: list[EventParticipant],
    candidates: list[Candidate],
    codebook: Codebook,
) -> list[EventParticipant]:
    """Whom a foretold answer is aimed at: the doer of the act its subject names ("die
    Entscheidung der Taliban werde Folgen haben"), a party its subject names ("Sanktionen gegen
    Mali"), else the subject of the condition ("Sollte Kanada …, werde dies Folgen haben").
    Never whoever struck first: "das werde Folgen für die Wirtschaft haben" predicts."""
    own = {p.code for p in speaker}
    subjects = args.subjects(verb) + _objects(verb)
    told = [p for c in candidates if c.token in subjects for p in c.actor]
    aimed = subjects + args.prepositional([verb], "gegen")
    named = participants_in(doc, aimed, whole_subtree=True)
    # "Sollte der Iran …": the parser may hang the condition's subject on "sollte" itself
    hung = [c for t in verb.sent if t.lower_ in CONDITION_WORDS and t.i < verb.i
            for c in t.children if c.dep_ in ("nsubj", "nmod")]  # fmt: skip
    conditions = _condition_subjects(doc, verb) + participants_in(doc, hung)
    found = [p for p in told + named + conditions if p.code and p.code not in own]
    # "die Entscheidung werde Folgen haben": the decision told before, by its maker
    return found or [
        p for p in judged_act_doers(doc, verb, speaker, candidates, codebook) if p.code not in own
    ]


def _answered(verb: Token, codebook: Codebook) -> bool:
    """ "nicht ohne Antwort bleiben" (negated: the double negation asserts the answer) or
    "eine Antwort nach sich ziehen"."""
    key = verb_key(verb)
    if key == "bleiben":
        nouns = args.prepositional([verb], "ohne")
        return is_negated_anywhere(verb, codebook) and _any_answer(nouns, codebook)
    if key == "ziehen" and any(
        t.lower_ == "sich" and args.preposition(t) == "nach" for t in verb.children
    ):
        return _any_answer([c for c in verb.children if c.dep_ == "obj"], codebook)
    return False


def _any_answer(nouns: list[Token], codebook: Codebook) -> bool:
    """An answer noun (the codebook's answer_nouns: "ohne Antwort", "Konsequenzen")."""
    answers = codebook.words.answer_nouns
    return any(matches_any((n.lemma_ or n.text).lower(), answers) for n in nouns)


def _answered_doers(
    doc: Doc, verb: Token, candidates: list[Candidate], own: set[str | None]
) -> list[EventParticipant]:
    """Who did the act to be answered: the actor of the event its subject names ("die
    Beschlagnahme"), a name in the subject ("jede Provokation Russlands"), else the first
    actor told to have struck the speaker's side."""
    subjects = args.subjects(verb)

    def others(found: list[EventParticipant]) -> list[EventParticipant]:
        return [p for p in found if p.code and p.code not in own]

    told = others([p for c in candidates if c.token in subjects for p in c.actor])
    named = others(participants_in(doc, subjects, whole_subtree=True))
    struck = [
        c for c in candidates
        if c.type in RETALIATED_ACTS and c.token.i < verb.i and own & {p.code for p in c.recipient}
        and all(p.code and p.code not in own for p in c.actor)
    ]  # fmt: skip
    first_strike = min(struck, key=lambda c: c.token.i).actor if struck else []
    return told or named or first_strike


# acts that, announced as forced on the speaker, threaten the one who would force them
FORCED_ACTS = MATERIAL_CONFLICT | {"REJECT"}
# conjunctions of a condition whose subject is the one warned ("Sollten die USA …")
CONDITION_WORDS = frozenset({"sollte", "sollten", "falls", "wenn", "sofern"})
# The stand-in entry of a forced act announced.
_NO_CHOICE = Predicate(
    lemma="(no other choice)", pos="verb", type="THREATEN",
    frame=Frame(actor=("subj",), recipient=()),
)  # fmt: skip


def no_choice_threats(
    doc: Doc,
    candidates: list[Candidate],
    matches: dict[int, tuple[Predicate, list[Token]]],
    codebook: Codebook,
) -> list[Candidate]:
    """An act of force or sanction announced as the only choice left ("bleibe Brüssel keine
    andere Wahl, als Abgaben zu verhängen", "dem Iran bleibe keine andere Möglichkeit als
    … die Zusammenarbeit mit der IAEA aufzukündigen") is a coercive warning, not the act:
    THREATEN by the one left without choice to the act's target, or to the subject of the
    condition that would force it ("Sollten die USA die Zölle einführen"). The act's own
    event, if coded, becomes the threat."""
    choices = codebook.words.no_choice_nouns
    for noun in tokens_among(doc, choices):  # the few nouns of choice, not every word
        if noun.lower_ not in choices or not _no_other(noun):
            continue
        acts = _forced_acts(noun, matches)
        if not acts:
            continue
        chooser = _chooser(doc, noun)
        for act in acts:
            coded = [c for c in candidates if c.token == act]
            actor = chooser or (coded[0].actor if coded else [])
            own = {p.code for p in actor}
            complements = [c for c in act.children if c.dep_ in ("obj", "obl", "iobj")]
            targets = [p for c in coded for p in c.recipient if p.code not in own] or [
                p
                for p in participants_in(doc, complements, whole_subtree=True)
                + _condition_subjects(doc, noun)
                if p.code and p.code not in own
            ]
            # the act and its object noun ("Sanktionen … zu verhängen") are threatened, not done
            gone = {act.i} | {c.i for c in complements}
            candidates = [c for c in candidates if c.token.i not in gone]
            if actor and targets:
                candidates.append(_threat(act, _NO_CHOICE, actor, unique(targets), 0.45))
    return candidates


def _no_other(noun: Token) -> bool:
    before = [t.lower_ for t in noun.doc[max(noun.sent.start, noun.i - 2) : noun.i]]
    return len(before) == 2 and before[0].startswith("kein") and before[1].startswith("ander")


def _forced_acts(noun: Token, matches: dict[int, tuple[Predicate, list[Token]]]) -> list[Token]:
    """The coded zu-infinitives after "als" that follow the noun in its sentence."""
    after = [t for t in noun.doc[noun.i + 1 : noun.sent.end]]
    if not any(t.lower_ == "als" for t in after[:3]):
        return []
    return [
        t for t in after
        if t.tag_ == "VVIZU" or (t.pos_ == "VERB" and any(c.lower_ == "zu" for c in t.children))
        if t.i in matches and matches[t.i][0].type in FORCED_ACTS
    ]  # fmt: skip


def _chooser(doc: Doc, noun: Token) -> list[EventParticipant]:
    """The actor named last before "keine andere Wahl" in its clause ("bleibe Brüssel keine
    andere Wahl", "Dem Iran bleibe jetzt keine", "Russland habe keine")."""
    index = token_mentions(doc)
    start = noun.sent.start
    for t in reversed(doc[start : noun.i]):
        if t.text == ",":
            break
        mention = index.get(t.i)
        if mention is not None:
            found = [p for p in participants(doc, mention) if p.code]
            if found:
                return found
    return []


def _condition_subjects(doc: Doc, noun: Token) -> list[EventParticipant]:
    heads = [
        t.head if t.dep_.startswith("aux") else t
        for t in noun.sent
        if t.lower_ in CONDITION_WORDS and t.i < noun.i
    ]
    return [p for h in heads for p in participants_in(doc, args.subjects(h)) if p.code]


# The stand-in entry of a refusal told as what the speaker's side will not do.
_REFUSED = Predicate(
    lemma="(announced refusal)", pos="verb", type="REJECT",
    frame=Frame(actor=("subj",), recipient=()),
)  # fmt: skip
# the speaker's side as a subject: "wir", "ich", "man" (the speaker's own body or state)
SPEAKER_PRONOUNS = frozenset({"wir", "ich", "man"})
# the acts a refusal answers: another side's demand, accusation or threat told before
DEMANDING_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION", "COERCE"})
# acts of force whose announced omission is restraint, not refusal ("seine Soldaten würden
# nicht gegen die Eingreiftruppe kämpfen", "werde nicht in die Stadt einmarschieren")
RESTRAINED_ACTS = frozenset({"ASSAULT", "MOBILIZE"})


def announced_refusals(
    doc: Doc, candidates: list[Candidate], codebook: Codebook
) -> list[Candidate]:
    """A speaker's words that his side will not do something ("sein Land werde den
    Mechanismus nicht umsetzen", "«Wir werden nicht mit Terroristen verhandeln»") refuse it
    (PLOVER REJECT: refuse, defy), addressed to the other side of the dispute: a foreign side
    the clause names, else whoever demanded, accused or threatened last before. Only the
    future with "werden" negated in a quotation of a coded speaker, whose subject is the
    speaker's side, and a verb the coder has not read (a negated attack is no refusal but a
    restraint)."""
    found = []
    coded_tokens = {c.token.i for c in candidates}
    for speaker, quoted, _ in _quotations_with_speakers(doc):
        own = {p.code for p in speaker}
        for verb in quoted:
            if (
                verb.pos_ != "VERB"
                or verb.i in coded_tokens
                or not _future_with_werden(verb)
                or not is_negated(verb, codebook.modality)
                or any(p.type in RESTRAINED_ACTS for p in codebook.verbs(verb_key(verb)))
                or verb_key(verb) in codebook.words.omission_verbs
            ):
                continue
            subjects = args.subjects(verb)
            if not subjects or not all(_speakers_side(doc, s, own) for s in subjects):
                continue
            targets = _refused_side(doc, verb, candidates, own)
            if targets:
                found.append(
                    Candidate(
                        token=verb,
                        predicate=_REFUSED,
                        type="REJECT",
                        mode=None,
                        actor=speaker,
                        recipient=targets,
                        factuality=Factuality("asserted", {"announced"}),
                        confidence=0.45,
                    )
                )
    return found


def _speakers_side(doc: Doc, subject: Token, own: set[str | None]) -> bool:
    """ "wir", "er", "sein Land", "die USA" for a US speaker: the subject is the speaker or
    his state, no third party."""
    if subject.lower_ in SPEAKER_PRONOUNS or "Prs" in morph_values(subject, "PronType"):
        return True
    named = participants_in(doc, [subject], names_only=False)
    return bool(named) and all(p.code in own for p in named)


def _refused_side(
    doc: Doc, verb: Token, candidates: list[Candidate], own: set[str | None]
) -> list[EventParticipant]:
    """The side refused: a foreign party the clause names ("mit Riad"), else the foreign actor
    of the last demand, accusation or threat told in this sentence or the two before."""
    objects = [
        c for c in verb.children
        if c.dep_ in ("obj", "iobj", "obl", "obl:arg") and c.pos_ != "PRON"
    ]  # fmt: skip
    named = [p for p in participants_in(doc, objects) if p.code and p.code not in own]
    if named:
        return unique(named)
    first = doc[max(verb.sent.start - 1, 0)].sent
    begin = doc[max(first.start - 1, 0)].sent.start
    earlier = [
        c for c in candidates
        if c.type in DEMANDING_ACTS
        and begin <= c.token.i < verb.i
        and c.actor
        and all(p.code and p.code not in own for p in c.actor)
    ]  # fmt: skip
    if earlier:
        return unique(max(earlier, key=lambda c: c.token.i).actor)
    return []
