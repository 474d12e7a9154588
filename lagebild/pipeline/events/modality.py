"""Factuality of an event predicate: asserted, future, hypothetical, negated or historical.

Read from the predicate's own clause in the dependency parse (UD labels): its auxiliaries
(``wird``, ``würde``, ``will``), the verb that governs it (``plant, … zu senden``,
``kündigte an, … abzuziehen``), negation (``nicht``, ``kein``), subordinating
conjunctions (``wenn``, ``falls``) and time words (``damals``, ``morgen``, a past year).
The cue words live in the codebook (``modality`` section of ``plover.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from lagebild.analysis import Event, Modality
from lagebild.codebook.loader import Codebook
from lagebild.codebook.quotes_loader import load_lexicon
from lagebild.german.verbs import (
    PERFECT_AUXILIARIES,
    is_participle_form,
    is_plain_infinitive,
    morph_values,
    perfect_infinitive,
    verb_key,
)
from lagebild.pipeline.events.arguments import has_zu, is_bare_zu_infinitive

# UD relations that link a complement clause or an event noun to the verb governing it.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "obj", "csubj", "nsubj:pass", "obl:arg"})
MODIFIER_DEPS = frozenset({"advmod", "obl", "obl:tmod", "nmod", "amod", "advmod:neg"})
COUNTERFACTUAL_AUXILIARIES = frozenset({"hätte", "hätten", "wäre", "wären"})
# the modals whose infinitive stands for the participle after "hätte" (Ersatzinfinitiv)
ERSATZ_MODALS = frozenset({"sollen", "müssen", "können", "dürfen", "wollen", "lassen"})
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass
class Factuality:
    modality: Modality
    # why: "conditional" (a wenn/falls clause hangs on the predicate), "subjunctive"
    # (würde/könnte; also "epistemic" for könnte/dürfte/müsste), "announced" (governed by
    # ankündigen/planen ...), "plotted" (a plan told as past: "soll … geplant haben", "wollte"),
    # "purpose" (um ... zu), "counterfactual" (hätte … tun sollen)
    reasons: set[str] = field(default_factory=set)


def reported(events: list[Event], codebook: Codebook) -> list[Event]:
    """The events the coder outputs: those of the codebook's ``reported_modalities`` (all when
    it names none). Applied last, after the detector: a negated or hypothetical act still
    covers its sentence, so no proposal is made there in its place."""
    modalities = codebook.modality.get("reported_modalities")
    if not modalities:
        return events
    return [e for e in events if e.modality in modalities]


def factuality(
    predicate: Token, codebook: Codebook, article_year: int | None, extra: Sequence[Token] = ()
) -> Factuality:
    """The modality of the event expressed by ``predicate`` (plus light-verb object ``extra``)."""
    cues = codebook.modality
    reasons: set[str] = set()
    if is_negated(predicate, cues, extra):
        # "kündigte an, keine Hilfe mehr zu leisten", "will nicht verhandeln": a negated act
        # announced or intended is a refusal; the reason is kept for the PLOVER rules
        _is_future(predicate, cues, reasons)
        if _declared_future(predicate, cues):
            reasons.add("announced")
        return Factuality("negated", reasons & {"announced", "intended"})
    if _has_conditional_clause(predicate, cues) or _announced_on_condition(predicate, cues):
        reasons.add("conditional")
    if any(c.dep_ == "mark" and c.lower_ in cues["purpose_marks"] for c in predicate.children):
        reasons.add("purpose")
    if _counterfactual(predicate):
        reasons.add("subjunctive")
        return Factuality("hypothetical", reasons)
    if _should_have(predicate):
        reasons.add("counterfactual")
        return Factuality("hypothetical", reasons)
    if _hoped_for(predicate, cues):
        reasons.add("hoped")
        return Factuality("hypothetical", reasons)
    if not reasons and _reported_future(predicate, cues):
        reasons.add("announced")
        return Factuality("future", reasons)
    if _subjunctive(predicate, cues):
        reasons.add("subjunctive")
        if not _conditional_auxiliary(predicate):
            # "könnte / dürfte / müsste …" states a possibility, "würde …" a conditional act
            reasons.add("epistemic")
        return Factuality("hypothetical", reasons)
    if _own_condition(predicate, cues):
        return Factuality("hypothetical", reasons)
    if _unrealised_plan(predicate, cues) or _expected_arrival(predicate, cues, "Past"):
        reasons.add("unrealised")
        return Factuality("hypothetical", reasons)
    if _is_future(predicate, cues, reasons):
        return Factuality("future", reasons)
    if _is_historical(predicate, cues, article_year):
        return Factuality("historical", reasons)
    return Factuality("asserted", reasons)


def is_negated(
    predicate: Token, cues: dict[str, frozenset[str]], extra: Sequence[Token] = ()
) -> bool:
    negation = cues["negation"]
    for word in [predicate, *extra]:
        for child in word.children:
            if child.lower_ in negation and child.dep_ in ("advmod", "det", "advmod:neg", "neg"):
                if child.lower_ == "nicht" and _contrasted_constituent(predicate):
                    continue
                return True
            if child.dep_ == "mark" and child.lower_ == "ohne":
                return True
            # "keine Sanktionen verhängen": the negation sits on the object
            if child.dep_ in ("obj", "nsubj:pass") and any(
                g.lower_ in negation and g.dep_ in ("det", "advmod") for g in child.children
            ):
                return True
            if _nothing_as_object(child):
                return True
    # "Weder die G8 noch die EU erkennen … an", "konnte weder bestätigen noch ausschließen"
    if any(c.lower_ == "weder" for c in predicate.children):
        return True
    if predicate.dep_ == "conj" and any(c.lower_ == "weder" for c in predicate.head.children):
        return True
    for child in predicate.children:
        if child.dep_ in ("nsubj", "nsubj:pass") and any(
            t.lower_ == "weder" for t in child.subtree
        ):
            return True
    governor = _governor(predicate)
    if governor is not None and governor.lemma_.lower() in cues["negating_verbs"]:
        return True
    # (not a dass-clause: "wolle nicht, dass erneut Menschen auf die Straße gehen" wishes
    # away others' acts, whose own modality the clause tells)
    return (
        governor is not None
        and not any(c.dep_ == "mark" and c.lower_ in ("dass", "daß") for c in predicate.children)
        and _negated_plan(governor, cues)
    )


def _negated_plan(governor: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "Washington plant nicht, Truppen zu entsenden", "Die Entsendung von Soldaten sei
    nicht geplant", "hat nicht vor, … auszuweisen": a plan or intention denied announces no
    act; the act is negated, as under "verzichten" ("nicht nur geplant" is no denial)."""
    if _lemma_or_key(governor) not in cues["future_governors"]:
        return False
    doc = governor.doc
    return any(
        c.lower_ in cues["negation"]
        and c.dep_ in ("advmod", "advmod:neg", "neg")
        and (c.i + 1 >= len(doc) or doc[c.i + 1].lower_ != "nur")
        for c in governor.children
    )


def _nothing_as_object(child: Token) -> bool:
    """ "schenkte der Gegnerin nichts", "hat nichts unternommen": "nichts" as the object
    negates the act; "nichts weniger als den Rücktritt", "nichts anderes als" compare and
    assert it."""
    if child.dep_ != "obj" or child.lower_ != "nichts":
        return False
    after = child.doc[child.i + 1].lower_ if child.i + 1 < len(child.doc) else ""
    return after not in ("weniger", "anderes", "als", "geringeres")


def _contrasted_constituent(predicate: Token) -> bool:
    """ "Sie gingen nicht gegen X vor, sondern gegen die Polizei": "nicht … sondern" with a
    nominal conjunct negates the constituent it replaces, and the act itself is asserted
    (with a verb as conjunct, "griffen nicht an, sondern zogen ab", the act is negated)."""
    near = [*predicate.children, *(g for c in predicate.children for g in c.children)]
    return any(
        t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "ADV")
        and t.sent == predicate.sent
        and any(g.dep_ == "cc" and g.lower_ == "sondern" for g in t.children)
        for t in near
    )


def _governor(predicate: Token) -> Token | None:
    """The verb (or predicative adjective) whose complement this predicate is."""
    if predicate.dep_ in COMPLEMENT_DEPS and predicate.head != predicate:
        return predicate.head
    if _subject_of_stative_passive(predicate):
        # "Ein Treffen zwischen Xi und Biden ist für November geplant": the subject of a
        # participle with "sein" or "werden" is what the participle's verb is done to
        return predicate.head
    if predicate.dep_ == "advcl" and is_bare_zu_infinitive(predicate):
        # a bare zu-infinitive parsed as adverbial clause is still the complement ("hat
        # angekündigt, von seinem Amt zurückzutreten"); with um/ohne/statt it is not
        return predicate.head
    return None


def _hoped_for(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "Dhaka hofft, dass der Papst den Druck erhöht", "in der Hoffnung, dass die USA helfen
    und Panzer liefern": an act in a dass-clause of a verb or noun of hoping is wished for,
    not told as done or announced (a conjunct shares its first verb's clause)."""
    clause = predicate
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if not any(c.dep_ == "mark" and c.lower_ in ("dass", "daß") for c in clause.children):
        return False
    governor = _governor(clause)
    if governor is None and clause.dep_ in ("acl", "ccomp", "advcl") and clause.head != clause:
        governor = clause.head  # "die Hoffnung, dass …", a clause the parser hung elsewhere
    if governor is not None and governor.lower_ in ("darauf", "drauf"):
        governor = governor.head  # "hoffe darauf, dass …": the clause of the correlate
    if governor is None:
        return False
    hope = cues.get("hope_governors", frozenset())
    # "äußerte die Hoffnung, dass …": the clause hung on the verb of the hope noun
    return _lemma_or_key(governor) in hope or any(
        c.dep_ == "obj" and c.lemma_.lower() in hope for c in governor.children
    )


def _subject_of_stative_passive(noun: Token) -> bool:
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and noun.pos_ == "NOUN"
        and head != noun
        and ("Part" in morph_values(head, "VerbForm") or head.tag_ == "VVPP")
        and any(
            c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() in ("sein", "werden")
            for c in head.children
        )
    )


def _subjunctive(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    return any(
        c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in cues["hypothetical_auxiliaries"]
        for c in predicate.children
    )


def _reported_future(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "Die USA und Deutschland würden Kiew Systeme liefern, kündigte Biden an": in reported
    speech the plural Konjunktiv I of "werden" equals the indicative, so German replaces it by
    "würden" (Ersatzkonjunktiv); under a verb of saying or announcing it reports a future act,
    not a conditional one. Only the plural: singular "werde" has its own Konjunktiv I, so a
    reported singular "würde" is a real conditional."""
    if not any(c.dep_ in ("aux", "aux:pass") and c.lower_ == "würden" for c in predicate.children):
        return False
    return _under_reporting_verb(predicate, cues)


def _declared_future(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "Die Armee erklärte, sie werde nicht verhandeln", "«Wir werden nicht verhandeln», sagte
    Noboa", "Vilnius werde sich dem Druck nicht beugen": the future with "werden" in reported
    speech (its Konjunktiv I "werde", which only reported speech uses, or any form under a verb
    of saying or announcing) tells what was declared of the act to come, as "kündigte an, … zu
    tun" does; the plain future ("Der Gipfel wird nicht stattfinden") only foretells it."""
    if not is_plain_infinitive(predicate):
        return False  # "werde … zurückgenommen": the passive, no future
    werden = [
        a
        for a in _auxiliaries(predicate)
        if a.dep_ == "aux" and a.lemma_.lower() in cues["future_auxiliaries"]
    ]
    if not werden:
        return False
    if any(a.lower_ == "werde" for a in werden):
        return True
    return _under_reporting_verb(predicate, cues)


def _under_reporting_verb(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The clause hangs on a verb of saying or announcing, or has "…, sagte er" hung on it."""
    reporting = _reporting_lemmas() | cues["future_governors"]
    governor = _governor(predicate)
    if governor is not None and _lemma_or_key(governor) in reporting:
        return True
    return any(c.dep_ == "parataxis" and _lemma_or_key(c) in reporting for c in predicate.children)


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    """Verbs that introduce reported speech in Konjunktiv (sagen, mitteilen, ankündigen …)."""
    # saying and writing, not thinking: "würden angreifen, befürchtete er" is a fear
    return frozenset(
        v.lemma
        for v in load_lexicon().verbs
        if "konjunktiv" in v.complements and v.type in ("speech", "writing")
    )


def _conditional_auxiliary(predicate: Token) -> bool:
    """The Konjunktiv II of the predicate is formed with "würde" (what one would do), not a
    modal of possibility ("könnte", "dürfte")."""
    return any(
        c.dep_ in ("aux", "aux:pass", "cop") and c.lower_.startswith("würd")
        for c in predicate.children
    )


def _should_have(predicate: Token) -> bool:
    """The past Konjunktiv II of a modal, whose participle is an infinitive ("hätte man Sie
    abschieben sollen", "hätten eingreifen müssen"): what should or could have been done was
    not done, a reproach or a regret, neither an act nor a threat."""
    auxiliaries = [c for c in predicate.children if c.dep_.startswith("aux")]
    return any(a.lower_ in ("hätte", "hätten", "hättest", "hättet") for a in auxiliaries) and any(
        a.lemma_.lower() in ERSATZ_MODALS and a.lower_ == a.lemma_.lower() for a in auxiliaries
    )


def _counterfactual(predicate: Token) -> bool:
    """A verb-first Konjunktiv II clause: "Hätte der Richter ihn verhaften lassen, …"."""
    for aux in predicate.children:
        if aux.dep_.startswith("aux") and aux.lower_ in COUNTERFACTUAL_AUXILIARIES:
            clause_start = min(t.i for t in predicate.subtree)
            if aux.i == clause_start:
                return True
    return False


def _own_condition(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The predicate is itself in a wenn/falls clause (or a verb-first sollte clause), or is
    the complement of a verb that is: "wenn es gelänge, eine Vereinbarung zu erzielen"."""
    node: Token | None = predicate
    for _ in range(3):  # complements nest shallowly; a bound keeps parse cycles harmless
        if node is None:
            return False
        if _in_condition(node, cues):
            return True
        node = _governor(node)
    return False


def _in_condition(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    marks = cues["hypothetical_marks"]
    for child in predicate.children:
        if child.dep_ == "mark" and child.lower_ in marks:
            return True
        if child.dep_ in ("aux", "aux:pass") and child.lower_ in ("sollte", "sollten"):
            return predicate.dep_ == "advcl"
    return False


def _has_conditional_clause(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A wenn/falls clause depends on the predicate: "…, wenn sich die Lage nicht bessert"."""
    marks = cues["hypothetical_marks"]
    for child in predicate.children:
        if child.dep_ not in ("advcl", "ccomp"):  # ccomp: a parser slip for the wenn-clause
            continue
        if any(g.dep_ == "mark" and g.lower_ in marks for g in child.children):
            return True
        if any(g.dep_ in ("aux", "aux:pass", "cop") and g.lower_ in ("sollte", "sollten")
               for g in child.children):  # fmt: skip
            return True
    return False


def _announced_on_condition(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "kündigte an, Sanktionen zu verhängen, falls Moskau angreife": a condition hung on the
    verb of announcing conditions the act announced, wherever the parser attaches it."""
    governor = _governor(predicate)
    if governor is not None and _verb_first_condition(governor) and has_zu(predicate):
        # "angekündigt, sollte Bouterse die Macht übernehmen, die Hilfe auszusetzen": the
        # parser hung the announced zu-infinitive under the inserted condition
        return (
            _governor(governor) is not None
            and _lemma_or_key(governor.head) in cues["future_governors"]
        )
    return (
        governor is not None
        and _lemma_or_key(governor) in cues["future_governors"]
        and (
            _has_conditional_clause(governor, cues)
            or any(c.dep_ == "xcomp" and _verb_first_condition(c) for c in governor.children)
        )
    )


def _verb_first_condition(clause: Token) -> bool:
    """ "sollte Bouterse die Macht übernehmen": a clause opened by "sollte" is a condition
    (the parser may label it a complement)."""
    words = [t for t in clause.subtree if not t.is_punct]
    return bool(words) and words[0].lower_ in ("sollte", "sollten") and words[0].head == clause


def _is_future(predicate: Token, cues: dict[str, frozenset[str]], reasons: set[str]) -> bool:
    auxiliaries = _auxiliaries(predicate)
    aux_lemmas = {a.lemma_.lower() for a in auxiliaries}
    perfect = perfect_infinitive(predicate) is not None or (
        bool(aux_lemmas & PERFECT_AUXILIARIES)
        and any("Inf" in morph_values(a, "VerbForm") for a in auxiliaries)
    )
    for aux in auxiliaries:
        lemma = aux.lemma_.lower()
        # werden + infinitive is future; werden + participle is passive
        # (the plain infinitive also under a "werden" the parser labelled aux:pass, and the
        # form that is both: "er werde sich … beraten")
        plain = is_plain_infinitive(predicate)
        participle = is_participle_form(predicate) and not plain
        if (aux.dep_ == "aux" or plain) and lemma in cues["future_auxiliaries"] and not participle:
            # "Wir werden … einnehmen": the speaker's own declared intention
            if any(c.dep_ == "nsubj" and c.lower_ in ("wir", "ich") for c in predicate.children):
                reasons.add("intended")
            return True
        # "soll … getötet haben" reports a past act; "soll … unterzeichnet werden" announces one
        if lemma in cues["future_modals"] and not perfect:
            if lemma == "wollen" and _past_indicative(aux):
                reasons.add("plotted")  # "als er einen Anschlag verüben wollte": a past plan
            elif lemma != "sollen":  # "will", "möchte": an intention of the subject itself
                reasons.add("intended")
            return True
    if _expected_arrival(predicate, cues, "Pres"):
        reasons.add("announced")
        return True
    governor = _governor(predicate)
    if governor is not None and (
        _lemma_or_key(governor) in cues["future_governors"]
        # "sagte zu, … zu ratifizieren" with the particle labelled an adverb
        or verb_key(governor) in cues["future_governors"]
        # "erklärte sich bereit, zurückzutreten": the infinitive hung on the verb of the
        # predicative "bereit" / "entschlossen"
        or any(
            c.pos_ == "ADJ" and c.lemma_.lower() in cues["future_governors"]
            for c in governor.children
        )
        # "fassten den Beschluss, Koalitionsgespräche zu führen": the infinitive of an
        # intention noun, hung by the parser on the noun's verb
        or (
            is_bare_zu_infinitive(predicate)
            and any(
                c.dep_ == "obj" and c.pos_ == "NOUN" and c.lemma_.lower() in cues["intention_nouns"]
                for c in governor.children
            )
        )
    ):
        plan = _lemma_or_key(governor) in cues.get("plan_governors", frozenset())
        # "sollen geplant haben, … zu verüben" tells a past plot, and so does "hatten Pläne,
        # Anschläge zu verüben"; "kündigte an" announces
        had_plans = governor.lemma_.lower() == "haben" and _past_indicative(governor)
        reasons.add("plotted" if (plan and _in_perfect(governor)) or had_plans else "announced")
        return True
    return _has_time_word(predicate, cues["future_adverbs"], cues)


def _auxiliaries(predicate: Token) -> list[Token]:
    """The predicate's auxiliaries; a bare infinitive coordinated with an earlier one shares
    its modal or "werden": in "Merz will nach Paris reisen und dort Macron treffen" and
    "Die EU wird die Zölle senken und die Quoten aufheben" German states the auxiliary once
    for both infinitives, so the second is as much intended or future as the first."""
    own = [c for c in predicate.children if c.dep_ in ("aux", "aux:pass")]
    if own or not is_plain_infinitive(predicate):
        return own
    if predicate.dep_ == "conj" and is_plain_infinitive(predicate.head):
        return [c for c in predicate.head.children if c.dep_ == "aux"]
    # verb-final ("dass Scholz nach Rom fliegen und Meloni treffen will"): the auxiliary
    # after the last infinitive serves the first as well
    return [
        a
        for c in predicate.children
        if c.dep_ == "conj" and is_plain_infinitive(c)
        for a in c.children
        if a.dep_ == "aux" and a.i > c.i
    ]


def _expected_arrival(predicate: Token, cues: dict[str, frozenset[str]], tense: str) -> bool:
    """ "Rice wird am Mittwoch in Neu-Delhi erwartet": the passive of a verb of expecting
    (``expectation_verbs``) in the present announces its subject's act; in the past ("wurde
    am Montag in Ankara erwartet") it tells a plan, not whether the act came about."""
    if predicate.lemma_.lower() not in cues.get("expectation_verbs", frozenset()):
        return False
    return any(
        c.dep_ in ("aux", "aux:pass")
        and c.lemma_.lower() == "werden"
        and tense in morph_values(c, "Tense")
        for c in predicate.children
    )


def _unrealised_plan(predicate: Token, cues: dict[str, frozenset[str]]) -> bool:
    """ "wollte er eigentlich schon im Wahlkampf zurückweisen, hielt sich jedoch zurück": a
    past "wollte/sollte" with "eigentlich" tells a plan that did not come about."""
    modals = [
        c
        for c in predicate.children
        if c.dep_ == "aux" and c.lemma_.lower() in cues["future_modals"] and _past_indicative(c)
    ]
    adverbs = cues.get("unrealised_adverbs", frozenset())
    near = [c for word in (predicate, *modals) for c in word.children if c.dep_ == "advmod"]
    near += [g for c in near for g in c.children if g.dep_ == "advmod"]  # "eigentlich schon"
    return bool(modals) and any(c.lower_ in adverbs for c in near)


def _past_indicative(aux: Token) -> bool:
    return "Past" in morph_values(aux, "Tense") and "Ind" in morph_values(aux, "Mood")


def _in_perfect(verb: Token) -> bool:
    """A participle with "haben": "hat / hatte / soll … geplant (haben)"."""
    return is_participle_form(verb) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "haben" for c in verb.children
    )


def _lemma_or_key(token: Token) -> str:
    particle = next((c.lower_ for c in token.children if c.dep_ in ("compound:prt", "svp")), "")
    lemma = token.lemma_.lower()
    return lemma if not particle or lemma.startswith(particle) else particle + lemma


def _has_time_word(
    predicate: Token, words: frozenset[str], cues: dict[str, frozenset[str]]
) -> bool:
    calendar = cues["calendar_nouns"]
    for child in predicate.children:
        # a time phrase may be mislabelled as object ("besucht nächste Woche China")
        if child.dep_ not in MODIFIER_DEPS and child.dep_ != "obj":
            continue
        subtree = list(child.subtree)
        is_time_phrase = any(t.lemma_.lower() in calendar for t in subtree)
        for token in subtree:
            word = token.lemma_.lower() if token.lemma_.lower() in words else token.lower_
            if word not in words or _is_morning(token):
                continue
            # an attribute of a thing is not the act's time ("in der Nähe der künftigen
            # Grenze einmarschiert"); of a time noun it is ("in der kommenden Woche")
            if token.dep_ == "amod" and token.head.lemma_.lower() not in calendar:
                continue
            # "nächste", "kommende" only in a time phrase ("nächste Woche", not "nächster Schritt")
            if word not in cues["relative_time_adjectives"] or is_time_phrase:
                return True
    return False


def _is_morning(token: Token) -> bool:
    """The noun "Morgen" is the morning ("am Morgen", "heute Morgen"); only the adverb
    "morgen" is tomorrow."""
    return token.lower_ == "morgen" and (
        token.pos_ in ("NOUN", "PROPN")
        or any(c.dep_ in ("case", "det") for c in token.children)
        or (token.text == "Morgen" and token.i > token.sent.start)
    )


def _is_historical(predicate: Token, cues: dict[str, frozenset[str]], year: int | None) -> bool:
    # an event noun that is an adverbial of its clause ("hatte Putin in einem Telefonat …
    # vorgeschlagen") happened when the clause's act did: its verb's Plusquamperfekt dates it
    dated = [predicate]
    if predicate.pos_ == "NOUN" and predicate.dep_ == "obl" and predicate.head.pos_ == "VERB":
        dated.append(predicate.head)
    return any(_pluperfect(word) for word in dated) or _dated_before(predicate, cues, year)


def _pluperfect(predicate: Token) -> bool:
    for aux in predicate.children:
        # Plusquamperfekt: "hatte … verhängt", "war … festgenommen worden"
        if (
            aux.dep_ == "aux"
            and aux.lemma_.lower() in PERFECT_AUXILIARIES
            and "Past" in morph_values(aux, "Tense")
            and aux.lower_.startswith(("hatte", "war"))
        ):
            return True
    return False


def _dated_before(predicate: Token, cues: dict[str, frozenset[str]], year: int | None) -> bool:
    if _has_time_word(predicate, cues["historical_adverbs"], cues):
        return True
    for child in predicate.children:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        words = [t.lower_ for t in child.subtree]
        lemmas = {t.lemma_.lower() for t in child.subtree}
        if lemmas & cues["time_nouns"] and (
            lemmas & cues["historical_phrases"] or any(w.startswith("vorig") for w in words)
        ):
            return True
        if "vor" in words and lemmas & cues["time_nouns"]:
            return True
        if year is not None and any(_YEAR.match(w) and int(w) < year for w in words):
            return True
    return False
