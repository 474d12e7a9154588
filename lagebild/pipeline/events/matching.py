"""Which codebook entry a verb, predicative adjective or event noun matches: particle, ``sich``,
light-verb object and preposition conditions ("übt Kritik an", "schloss … aus der Gruppe aus")."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, lru_cache

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from lagebild.codebook.loader import Codebook, Predicate
from lagebild.german.lexicon import german_words
from lagebild.german.memo import by_identity
from lagebild.german.scan import string_of, tokens_among
from lagebild.german.verbs import (
    adjective_particle,
    infinitive_guesses,
    morph_values,
    strong_infinitives,
)
from lagebild.german.words import SEPARABLE_PARTICLES, masculine_of_feminine, spelling_variants
from lagebild.pipeline.events import arguments as args

MIN_COMPOUND_STEM = 5
ANTONYM_PREFIX = "un"
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
CORE_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})
INFLECTION_ENDINGS = ("en", "n", "e", "s", "es", "er", "ern")
# the parts of speech a branch of ``match_predicate`` takes (verbs, participles and mistagged
# verbs, predicative adjectives and adverbs, nouns): no other word has an entry
MATCHED_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "NOUN", "PROPN"})


def match_predicate(
    token: Token, codebook: Codebook, present: frozenset[str] | None = None
) -> tuple[Predicate, list[Token]] | None:
    """The first codebook entry whose conditions hold, with the light-verb object it needs.
    ``present``: the stems some word of the Doc ends in (``stems_present``), when known; an
    entry whose words or phrase nouns none of them names is passed over unasked."""
    if token.pos_ not in MATCHED_POS:
        return None  # first: asked of every word, and half are articles, prepositions, commas
    if token.dep_ == "amod" and token.pos_ in ("VERB", "ADJ"):
        if not is_attributive_act(token):
            return None  # "die seit Tagen erwartete Offensive": an attribute
        entries = next(
            (found for key in attributive_keys(token, codebook) if (found := codebook.verbs(key))),
            [],
        )
    elif token.pos_ in ("VERB", "AUX") or _is_participle(token) or args.is_mistagged_verb(token):
        if not _may_have_verb_entries(token, codebook):
            return None  # most verbs: no key of theirs can name an entry, found before the particle
        if present is not None and not _some_verb_entry_may_hold(token, present, codebook):
            return None  # "ist", "will": no entry their keys may name has its words in the Doc
        # every reading of the form, the lemmatizer's first: "drängen" lemmatized as
        # "dringen" (which needs "auf") is still "drängen"
        entries = [
            p for key in args.verb_keys(token, codebook.strong_forms) for p in codebook.verbs(key)
        ] + _adjective_complement_entries(token, codebook)
    elif token.pos_ == "ADJ" or (token.pos_ == "ADV" and codebook.adjectives(token.lemma_)):
        # the lemmatizer may take an adjective for a verb form ("einig" -> "einigen")
        found = codebook.adjectives(token.lemma_) or codebook.adjectives(token.lower_)
        entries = found if _is_predicative(token) else []
    elif token.pos_ in ("NOUN", "PROPN"):
        entries = codebook.nouns(token.lemma_ or token.text)
        if not entries and token.lemma_.lower() != token.lower_:
            entries = codebook.nouns(token.lower_)
        if not entries:
            # the lemmatizer left the form inflected ("Massenprotesten") or stripped it only
            # half ("Luftangriffen" -> "Luftangriffe"): strip the ending of either
            entries = _inflected_noun_entries(token.lemma_.lower(), codebook) or (
                _inflected_noun_entries(token.lower_, codebook)
            )
    else:
        return None
    if present is not None:
        entries = [p for p in entries if _may_hold(p, present, codebook)]
    # what the conditions ask of the token serves all its entries: found once, not per entry
    facts = TokenFacts(token, codebook)
    for predicate in entries:
        extra = conditions_hold(token, predicate, codebook, facts)
        if extra is not None:
            return predicate, extra
    return None


def _may_hold(predicate: Predicate, present: frozenset[str], codebook: Codebook) -> bool:
    """Whether the Doc has a word for each stem list the entry needs matched: its words (a
    complement must end in one of them) and the nouns of each prepositional phrase it names.
    ``conditions_hold`` matches those lists by ``_ends_with`` against words of the Doc only,
    so without such a word it returns None."""
    return all(not present.isdisjoint(stems) for stems in _needed_stems(codebook)[id(predicate)])


def _needed_stem_table(codebook: Codebook) -> dict[int, tuple[frozenset[str], ...]]:
    """Each entry's stem lists that a word of the Doc must match, by the entry's identity."""
    table = {}
    for p in codebook.predicates:
        lists = [p.with_words] if p.with_words else []
        lists += [nouns for _, nouns in p.with_pp if nouns]
        table[id(p)] = tuple(frozenset(stems) for stems in lists)
    return table


_needed_stems: Callable[[Codebook], dict[int, tuple[frozenset[str], ...]]] = by_identity(
    _needed_stem_table, limit=16
)


def _stem_sets(codebook: Codebook) -> tuple[frozenset[str], frozenset[str]]:
    """Every stem the entries' words and phrase nouns name: those matched as whole words only
    (short ones), and those that may end a compound (as ``_StemList`` splits one list)."""
    stems = {s for table in _needed_stems(codebook).values() for lst in table for s in lst}
    return (
        frozenset(s for s in stems if len(s) < MIN_COMPOUND_STEM),
        frozenset(s for s in stems if len(s) >= MIN_COMPOUND_STEM),
    )


_stem_sets_of: Callable[[Codebook], tuple[frozenset[str], frozenset[str]]] = by_identity(
    _stem_sets, limit=16
)
# the codebook's stems each word matches, per codebook (by its identity) and word
_word_stems: Callable[[Codebook], dict[str, frozenset[str]]] = by_identity(
    lambda codebook: {}, limit=16
)


def _stems_of_word(word: str, codebook: Codebook) -> frozenset[str]:
    """The codebook's stems ``matches_any`` finds the word to match: ``matches_any(word,
    stems)`` is true exactly when ``stems`` holds one of them."""
    known = _word_stems(codebook)
    found = known.get(word)
    if found is None:
        if len(known) >= MAX_KEY_ANSWERS:
            known.clear()
        whole, heads = _stem_sets_of(codebook)
        forms = _stem_forms(word)
        found = known[word] = frozenset(forms & whole) | frozenset(
            form[cut:]
            for form in forms
            for cut in range(len(form) - MIN_COMPOUND_STEM + 1)
            if form[cut:] in heads and form[:cut] != ANTONYM_PREFIX
        )
    return found


def stems_present(doc: Doc, codebook: Codebook) -> frozenset[str]:
    """The codebook's stems that a word of the Doc ends in, by its lower-cased lemma or its
    form (as ``_ends_with`` reads a word), each distinct lemma and form asked once. Lemmas
    are read at the call: a repair may set one."""
    if not len(doc):
        return frozenset()
    rows = doc.to_array([LEMMA, LOWER])
    words = {string_of(doc, key).lower() for key in set(rows[:, 0].tolist())}
    words |= {string_of(doc, key) for key in set(rows[:, 1].tolist())}
    return frozenset().union(*(_stems_of_word(w, codebook) for w in words))


# ``matchable_words``: the parts of speech by id, and the labels and form it reads
_MATCHED_IDS = frozenset(POS_IDS[p] for p in MATCHED_POS)
_VERB_IDS = frozenset(POS_IDS[p] for p in ("VERB", "AUX"))
_ADJ_ID = POS_IDS["ADJ"]
_ADV_ID = POS_IDS["ADV"]
_VERB_ID = POS_IDS["VERB"]
_ZU = get_string_id("zu")
_MARK = get_string_id("mark")
_AMOD = get_string_id("amod")
MAX_KEY_ANSWERS = 65536

# ``_may_match``'s answers per codebook (by its identity) and word keys
_key_answers: Callable[[Codebook], dict[tuple[int, ...], bool]] = by_identity(
    lambda codebook: {}, limit=16
)


def matchable_words(doc: Doc, codebook: Codebook) -> list[Token]:
    """The words ``match_predicate`` may find an entry for, in order: every word of
    MATCHED_POS but those its branches turn away by the word's keys alone (``_may_match``),
    decided off the Doc's arrays once per distinct keys and codebook, with no Token for the
    nouns, names, adverbs and verbs no entry can name (over half of the words asked). A noun
    an infinitive's "zu" marks may be a mistagged verb: it is always asked."""
    if not len(doc):
        return []
    rows = doc.to_array([POS, DEP, LEMMA, LOWER, ORTH, HEAD]).tolist()
    zu_heads = {i + row[5] for i, row in enumerate(rows) if row[3] == _ZU and row[1] == _MARK}
    answers = _key_answers(codebook)
    found = []
    for i, (pos, dep, lemma, lower, orth, _) in enumerate(rows):
        if pos not in _MATCHED_IDS:
            continue
        key = (pos, dep == _AMOD, lemma, lower, orth)
        answer = answers.get(key)
        if answer is None:
            if len(answers) >= MAX_KEY_ANSWERS:
                answers.clear()
            words = (string_of(doc, lemma), string_of(doc, lower), string_of(doc, orth))
            answer = answers[key] = _may_match(codebook, pos, key[1], *words)
        if answer or i in zu_heads:
            found.append(i)
    return [doc[i] for i in found]


def _may_match(codebook: Codebook, pos: int, amod: bool, lemma: str, form: str, text: str) -> bool:
    """False only where ``match_predicate`` returns None whatever the parse, read branch by
    branch: a verb or auxiliary (not an attributive participle) none of whose readings ends a
    verb entry's lemma; an adverb whose lemma has no adjective entry (an adverb is never taken
    for a participle or a mistagged verb); a capitalised noun or name (not a mistagged verb
    unless "zu" marks it, which the caller checks) without noun entries under its lemma, form
    or their stems. Adjectives and attributive participles depend on the parse: always True."""
    if pos == _ADJ_ID or (amod and pos == _VERB_ID):
        return True
    if pos in _VERB_IDS:
        return _readings_end_verb_entries(lemma.lower(), form, codebook)
    if pos == _ADV_ID:
        return bool(codebook.adjectives(lemma))
    if text.islower():  # "… nach Osteuropa zu senden" tagged as a noun: maybe a verb
        return True
    entries = codebook.nouns(lemma or text)
    if not entries and lemma.lower() != form:
        entries = codebook.nouns(form)
    return bool(
        entries
        or _inflected_noun_entries(lemma.lower(), codebook)
        or _inflected_noun_entries(form, codebook)
    )


def _some_verb_entry_may_hold(token: Token, present: frozenset[str], codebook: Codebook) -> bool:
    """Whether an entry that a key of ``verb_keys`` (or ``_adjective_complement_entries``) may
    name passes ``_may_hold``: such an entry's lemma ends in a reading of the word or its
    spelling with "ss" (as ``_may_have_verb_entries`` reasons), so asking those entries first
    spares finding the particle for a word whose entries all need words the Doc lacks."""
    entries = _verb_entries_ending(token.lemma_.lower(), token.lower_, codebook)
    return any(_may_hold(p, present, codebook) for p in entries)


def _verb_entries_ending(lemma: str, form: str, codebook: Codebook) -> tuple[Predicate, ...]:
    """The verb entries whose lemma ends in a reading of the word (its lemma, a strong or a
    weak infinitive of its form) or that reading's spelling with "ss", kept per codebook and
    word."""
    known = _entries_ending_answers(codebook)
    key = (lemma, form)
    found = known.get(key)
    if found is None:
        if len(known) >= MAX_KEY_ANSWERS:
            known.clear()
        by_ending = _verb_entries_by_ending_of(codebook)
        readings = (
            lemma,
            *strong_infinitives(form, codebook.strong_forms),
            *infinitive_guesses(form),
        )
        endings = {v for r in readings for v in (r.lower(), r.lower().replace("ß", "ss"))}
        found = known[key] = tuple(
            dict.fromkeys(p for ending in endings for p in by_ending.get(ending, ()))
        )
    return found


def _verb_entries_by_ending(codebook: Codebook) -> dict[str, list[Predicate]]:
    """The verb entries under every ending of their lemma (the empty one and the whole lemma
    included), as ``_verb_endings`` lists the endings."""
    table: dict[str, list[Predicate]] = {}
    for p in codebook.predicates:
        if p.pos == "verb":
            for k in range(len(p.lemma) + 1):
                table.setdefault(p.lemma[k:], []).append(p)
    return table


_verb_entries_by_ending_of: Callable[[Codebook], dict[str, list[Predicate]]] = by_identity(
    _verb_entries_by_ending, limit=16
)
_entries_ending_answers: Callable[[Codebook], dict[tuple[str, str], tuple[Predicate, ...]]] = (
    by_identity(lambda codebook: {}, limit=16)
)


def _verb_endings(codebook: Codebook) -> frozenset[str]:
    """Every ending of every verb entry's lemma, the empty one and the whole lemma included."""
    lemmas = {p.lemma for p in codebook.predicates if p.pos == "verb"}
    return frozenset(lemma[k:] for lemma in lemmas for k in range(len(lemma) + 1))


# the endings of the verb entries' lemmas per codebook (by its identity)
_verb_endings_of: Callable[[Codebook], frozenset[str]] = by_identity(_verb_endings, limit=16)


def _may_have_verb_entries(token: Token, codebook: Codebook) -> bool:
    """Whether a key of ``verb_keys`` can name a verb entry. A key is a reading of the word
    (its lemma, a strong or a weak infinitive of its form) with its separable particle before
    it, and an entry is found under the key or its spelling with "ss" for "ß": so the reading
    (or that spelling of it) ends an entry's lemma whatever the particle. Asking the readings
    first spares finding the particle, which reads the clause, for the verbs no entry names."""
    return _readings_end_verb_entries(token.lemma_.lower(), token.lower_, codebook)


def _readings_end_verb_entries(lemma: str, form: str, codebook: Codebook) -> bool:
    """``_may_have_verb_entries`` of a word's lower-cased lemma and form."""
    endings = _verb_endings_of(codebook)
    readings = (
        lemma,
        *strong_infinitives(form, codebook.strong_forms),
        *infinitive_guesses(form),
    )
    return any(r.lower() in endings or r.lower().replace("ß", "ss") in endings for r in readings)


class TokenFacts:
    """What the codebook entries' conditions ask of one token, each found when first asked
    and then kept: a token has several entries, and the parse does not change while it is
    matched."""

    def __init__(self, token: Token, codebook: Codebook) -> None:
        self.token = token
        self.codebook = codebook

    @cached_property
    def complements(self) -> list[Token]:
        return content_complements(self.token, self.codebook)

    @cached_property
    def loose_complements(self) -> list[Token]:
        return _loose_complements(self.token)

    @cached_property
    def reflexive(self) -> bool:
        return args.is_reflexive(self.token)

    @cached_property
    def passive(self) -> bool:
        return args.is_passive(self.token)

    @cached_property
    def true_objects(self) -> list[Token]:
        return _true_objects(self.token)

    @cached_property
    def that_clause(self) -> bool:
        return has_that_clause(self.token)

    @cached_property
    def nominatives(self) -> list[Token]:
        return _nominatives(self.token)

    @cached_property
    def pp_heads(self) -> list[Token]:
        """The token and its dependents outside clauses, where its PPs may hang."""
        return [self.token] + [c for c in self.token.children if c.dep_ not in args.CLAUSAL_DEPS]

    @cached_property
    def deeper_nouns(self) -> list[Token]:
        """Nouns of the clause below ``pp_heads``, where a closing PP may hang too."""
        return [t for t in _loose_nouns(self.token) if t not in self.pp_heads]


def _adjective_complement_entries(token: Token, codebook: Codebook) -> list[Predicate]:
    """The entries of the plain verb that take a derived adjective the parser labelled its
    particle as their complement: "machte Russland für den Angriff verantwortlich" is
    "machen" with "verantwortlich", not a verb "verantwortlichmachen". Only entries naming
    the adjective: a derived adverb labelled particle ("untersagten … ausdrücklich") leaves
    the verb's other entries as they were."""
    adjective = adjective_particle(token)
    if adjective is None:
        return []
    word = adjective.lower_
    return [p for p in codebook.verbs(token.lemma_.lower()) if word in p.with_words]


# Plural and genitive endings of German nouns, longest first ("Massenprotesten",
# "Angriffe", "Streiks", "Krieges"); not "-er" or "-ern": on an act's stem they form the
# person who does it ("Kritiker", "Streiker", "Kriegern"); the few act nouns with an "-er"
# plural ("Blutbäder") are left to the lemmatizer
AGENT_ENDINGS = frozenset({"er", "ern"})
NOUN_ENDINGS = tuple(
    sorted((e for e in INFLECTION_ENDINGS if e not in AGENT_ENDINGS), key=len, reverse=True)
)
UMLAUTS = str.maketrans("äöü", "aou")


# Answers of ``_inflected_noun_entries`` by codebook (its identity; the codebook is held so
# the id stays its own) and form: asked of every noun without entries of its own, most of
# them many times per article, and each answer costs up to ten codebook look-ups.
_inflected_answers: Callable[[Codebook], dict[str, list[Predicate]]] = by_identity(
    lambda codebook: {}, limit=16
)
MAX_INFLECTED_FORMS = 65536


def _inflected_noun_entries(form: str, codebook: Codebook) -> list[Predicate]:
    """Entries for an inflected noun the lemmatizer left as it is ("Massenprotesten"); a
    plural may also umlaut its last stem vowel ("Terroranschläge" -> "Terroranschlag")."""
    answers = _inflected_answers(codebook)
    entries = answers.get(form)
    if entries is None:
        if len(answers) >= MAX_INFLECTED_FORMS:
            answers.clear()
        entries = answers[form] = _find_inflected_noun_entries(form, codebook)
    return entries


def _find_inflected_noun_entries(form: str, codebook: Codebook) -> list[Predicate]:
    for ending in NOUN_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 4:
            stem = form[: -len(ending)]
            entries = codebook.nouns(stem) or codebook.nouns(_without_last_umlaut(stem))
            if entries:
                return entries
    return []


def _without_last_umlaut(stem: str) -> str:
    """The stem with its last vowel unumlauted ("anschläg" -> "anschlag")."""
    vowels = [i for i, ch in enumerate(stem) if ch in "aeiouäöü"]
    if not vowels or stem[vowels[-1]] not in "äöü":
        return stem
    i = vowels[-1]
    return stem[:i] + stem[i].translate(UMLAUTS) + stem[i + 1 :]


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


def is_zu_clause(token: Token) -> bool:
    """An infinitive with zu parsed as adverbial clause is still a complement ("rät, … zu
    verschieben"); with um/ohne/statt it is not."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    # the zu of a particle verb is written inside it ("abzuziehen"), no mark of its own
    if token.dep_ == "advcl" and not marks - {"zu"} and args.has_zu(token):
        return True
    # "hatten vereinbart, … alle Truppen zurückzuziehen" with the infinitive as conjunct: a
    # coordinated verb takes no zu, so it is the complement all the same
    return (
        token.dep_ in ("conj", "acl")
        and not marks - {"zu"}
        and (args.has_zu(token) or shares_zu(token))
    )


NONFINITE_FORMS = frozenset({"Inf", "Part"})


def shares_zu(token: Token) -> bool:
    """An infinitive or participle coordinated with a later zu-infinitive shares its zu (and
    its auxiliary): "beschuldigte Indien, die Grenze überschritten und Soldaten angegriffen zu
    haben" accuses of both acts. A finite verb never does ("… und kündigte an, … zu")."""
    return bool(set(morph_values(token, "VerbForm")) & NONFINITE_FORMS) and any(
        c.dep_ == "conj" and c.i > token.i and args.has_zu(c) for c in token.children
    )


def _is_participle(token: Token) -> bool:
    """A participle the tagger called an adjective ("gefunden und verhaftet")."""
    return (
        token.pos_ == "ADJ" and "Part" in morph_values(token, "VerbForm") and token.dep_ != "amod"
    )


def _is_predicative(token: Token) -> bool:
    """ "ist bereit", "zeigte sich gesprächsbereit": an adjective used as the predicate."""
    if any(c.dep_ == "cop" for c in token.children):
        return True
    return token.dep_ in ("xcomp", "advmod", "obl", "obj", "acomp") and args.is_reflexive(
        token.head
    )


def content_complements(token: Token, codebook: Codebook) -> list[Token]:
    """The complements an entry's words are looked for in: not the phrases of the noun
    clause prepositions ("bei dem Treffen")."""
    return [
        c
        for c in _complements(token)
        if args.preposition(c) not in codebook.noun_clause_prepositions
    ]


def conditions_hold(
    token: Token, predicate: Predicate, codebook: Codebook, facts: TokenFacts
) -> list[Token] | None:
    """None when the entry does not apply; else the complement words that made it apply."""
    if predicate.reflexive is not None and predicate.reflexive != facts.reflexive:
        return None
    if (
        predicate.intransitive
        and facts.true_objects
        and not facts.passive
        and not _addressed_with_a_clause(token, facts.true_objects)
    ):
        return None
    if predicate.without_clause and facts.that_clause:
        return None
    if predicate.lemma in codebook.modality["impending_verbs"] and looms_by_infinitive(token):
        return None
    if predicate.lemma in codebook.modality.get("state_participles", ()) and _told_as_state(token):
        return None
    if predicate.without_words and any(
        _ends_with(c, predicate.without_words) for c in facts.complements
    ):
        return None
    if predicate.without_subject and any(
        _ends_with(s, predicate.without_subject) for s in facts.nominatives
    ):
        return None
    if predicate.with_subject and not any(
        _ends_with(s, predicate.with_subject) for s in facts.nominatives
    ):
        return None
    for prep, nouns in predicate.without_pp:
        if _pp_matches(token, prep, nouns, facts):
            return None
    extra: list[Token] = []
    if predicate.with_words:
        extra = [c for c in facts.complements if _ends_with(c, predicate.with_words)]
        if not extra:  # the parser may have hung it deeper ("… Xi Jinping Rückendeckung")
            extra = [c for c in facts.loose_complements if _ends_with(c, predicate.with_words)]
        if predicate.evaluative:
            extra = [c for c in extra if not is_judged_object(c)]
        if not extra:
            return None
    for prep, nouns in predicate.with_pp:
        if not _pp_matches(token, prep, nouns, facts):
            return None
    if predicate.pos == "noun" and not _noun_has_frame(token, predicate):
        return None
    return extra


def looms_by_infinitive(verb: Token) -> bool:
    """ "Der Konflikt droht zu eskalieren", "dass die Lage zu eskalieren drohe", "Die Ukraine
    droht den Krieg zu verlieren": a zu-infinitive joined to "drohen" with no comma between
    them (the coherent construction, the infinitive possibly before the verb) makes it a
    verb of looming, not of threatening. One threatens with the infinitive set off by a
    comma ("Russland drohte, die Lieferungen einzustellen"): each of 25 unpunctuated
    "droht … zu" sampled in raw_de looms, and the develop gold has no unpunctuated threat."""
    doc = verb.doc
    for child in verb.children:
        if child.pos_ not in ("VERB", "AUX", "ADJ") or not _has_zu_or_zu_auxiliary(child):
            continue
        start, end = sorted((verb.i, child.i))
        if not any(t.text == "," for t in doc[start:end]):
            return True
    return False


def _has_zu_or_zu_auxiliary(verb: Token) -> bool:
    """ "zu verlieren", or a participle with its auxiliary "isoliert zu werden"."""
    return args.has_zu(verb) or any(
        a.dep_.startswith("aux") and args.has_zu(a) for a in verb.children
    )


def is_judged_object(token: Token) -> bool:
    """The definite object of a verb of judging is what is judged, not the judgement: in
    "nannte die Angriffe notwendig" the strikes are evaluated; a judgement is predicative,
    bare or indefinite ("als Angriff", "einen Angriff auf die Souveränität")."""
    if token.dep_ != "obj" or args.preposition(token) is not None:
        return False
    return any(
        d.dep_ in ("det", "det:poss")
        and (
            "Def" in morph_values(d, "Definite")
            or morph_values(d, "PronType") in (("Dem",), ("Prs",))
        )
        for d in token.children
    )


# the complementisers of a content clause ("hielt fest, dass …", "prüft, ob …")
THAT_MARKS = frozenset({"dass", "daß", "ob"})


# words before "dass" that make an adverbial clause of it ("so dass", "ohne dass")
ADVERBIAL_DASS = frozenset({"so", "ohne", "statt", "anstatt", "außer", "als"})


def has_that_clause(verb: Token) -> bool:
    """The verb governs a dass/ob clause: it says or records something ("Im Bericht wird
    festgehalten, dass …"), the sense of a verb of saying, not of a physical act. The parser
    may label such a clause an adverbial one ("darf festgehalten werden, dass …"); only "so
    dass", "ohne dass" and the like make it one."""
    return any(
        is_content_clause(c)
        for c in verb.children
        if c.dep_ in ("ccomp", "csubj", "csubj:pass", "advcl")
    )


def is_content_clause(clause: Token) -> bool:
    """A clause opened by "dass"/"ob" (not "so dass", "ohne dass"): the content of a verb
    or noun of saying, wanting or judging, wherever the parser hung it."""
    marks = [m for m in clause.children if m.dep_ == "mark"]
    if not marks or any(m.lower_ not in THAT_MARKS for m in marks):
        return False
    first = min(marks, key=lambda m: m.i)
    before = first.doc[first.i - 1] if first.i > 0 else None
    return clause.dep_ != "advcl" or before is None or before.lower_ not in ADVERBIAL_DASS


def _addressed_with_a_clause(verb: Token, objects: list[Token]) -> bool:
    """A name as the "object" of a verb that also governs a reported clause is the dative
    addressee, not an object: "Die EU drohte Belarus, man werde Sanktionen verhängen",
    "Washington drohte Teheran, jeder Angriff werde vergolten" (names show no case; "Russland
    droht eine Wirtschaftskrise" has a common noun and no clause: the danger impends)."""
    return all(o.pos_ == "PROPN" for o in objects) and any(
        c.dep_ in ("ccomp", "parataxis", "xcomp") and c.i > max(o.i for o in objects)
        and any(a.dep_.startswith("aux") and (a.lemma_ or "").lower() == "werden"
                for a in c.children)
        for c in verb.children
    )  # fmt: skip


def _true_objects(verb: Token) -> list[Token]:
    """Objects that are not also the subject: in "ein Kommando, das landete" the relative
    pronoun may be read either way, and the noun it stands for is then both. A finite verb
    with no subject has its subject after it, taken for an object after a fronted adverbial
    ("Heute demonstrierten in Hamburg 7.000 Menschen"): a noun agreeing with it in number
    is that subject."""
    subjects = args.subjects(verb)
    objects = [o for o in args.objects(verb) if o not in subjects]
    if subjects or morph_values(verb, "VerbForm") != ("Fin",):
        return objects
    number = morph_values(verb, "Number")
    return [o for o in objects if not number or morph_values(o, "Number") != number]


def _nominatives(verb: Token) -> list[Token]:
    """The subject, and a nominative the parser took for an object ("dass Kenia ein Anschlag
    droht" with "Anschlag" as obj)."""
    nominative_objects = [
        c for c in verb.children if c.dep_ == "obj" and "Nom" in morph_values(c, "Case")
    ]
    return args.subjects(verb) + nominative_objects


def _complements(token: Token) -> list[Token]:
    """Words that can complete a light verb: objects, predicatives, particles of idioms."""
    found = [token.head] if is_attributive_act(token) else []  # "verhängte Blockade"
    for child in token.children:
        if child.dep_ in ("obj", "nsubj:pass", "xcomp", "advmod", "obl", "obl:arg", "iobj", "advcl",
                          "compound:prt", "acomp", "nsubj", "conj", "amod", "dep"):  # fmt: skip
            if child.dep_ == "conj" and morph_values(child, "VerbForm") == ("Fin",):
                # a coordinated clause's finite verb completes nothing ("… die Stadt einnahmen,
                # …, teilten die Vereinten Nationen mit": "teilen" is no "Teil" of the land);
                # a participle may ("hält die Kritik für gerechtfertigt" parsed as conj)
                continue
            found.append(child)
            found.extend(_conjuncts(child))
            if args.preposition(child) == "als":  # "als terroristische Elemente betrachten"
                found.extend(c for c in child.children if c.dep_ == "amod")
    # "hat nach eigenen Angaben Sanktionen verhängt" with the object under "Angaben"
    found += [c for c in args.source_phrase_objects(token) if c not in found]
    return found + _stray_predicatives(token, found)


def _conjuncts(word: Token) -> list[Token]:
    """The words coordinated with ``word``: the parser chains them ("mit Blendgranaten,
    Gummigeschossen und Wasserwerfern" as A → B → C), so conjuncts of conjuncts count."""
    found: list[Token] = []
    stack = [c for c in word.children if c.dep_ == "conj"]
    while stack and len(found) < len(word.doc):  # bounded: a broken tree may have cycles
        conj = stack.pop()
        found.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


_ALS = frozenset({"als"})


def _stray_predicatives(verb: Token, found: list[Token]) -> list[Token]:
    """The predicative after "als" that the parser hung deeper in the clause: in
    "bezeichnete die Taten als grauenvoll und unerträglich für Mitgliedsland" the adjective
    became an attribute of the later noun; "als" still stands right before it."""
    stray = []
    # the sentence's words, not ``verb.subtree``: a hand-built or broken tree may have cycles;
    # only its "als", found by form (not a Token per word of the sentence)
    sent = verb.sent
    for word in tokens_among(verb.doc, _ALS):
        if not sent.start <= word.i < sent.end:
            continue
        head = word.head
        if (
            word.lower_ == "als"
            and word.dep_ in ("cc", "case", "mark")
            and head.i == word.i + 1
            and head not in found
            and _in_clause_of(head, verb)
        ):
            stray += [head, *(c for c in head.children if c.dep_ == "conj")]
    return stray


def _in_clause_of(token: Token, verb: Token) -> bool:
    """The token hangs under the verb with no clause boundary between them."""
    for _ in range(len(token.doc)):  # bounded: a broken tree may have cycles
        if token == verb:
            return True
        if token.dep_ in args.CLAUSAL_DEPS or token.head == token:
            return False
        token = token.head
    return False


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


def _loose_nouns(verb: Token) -> list[Token]:
    """Nouns anywhere in the verb's clause, inside phrases too, not in clauses under it."""
    found = []
    stack = [c for c in verb.children if c.dep_ not in args.CLAUSAL_DEPS]
    while stack:
        tok = stack.pop()
        if tok.dep_ in args.CLAUSAL_DEPS:
            continue
        if tok.pos_ in ("NOUN", "PROPN"):
            found.append(tok)
        stack.extend(tok.children)
    return found


def _told_as_state(token: Token) -> bool:
    """ "Im Land ist die Fünfte Flotte stationiert", "in dem Khan seit August inhaftiert ist":
    the participle with "sein" and no "werden" is the stative passive (Zustandspassiv), the
    state the act left, not the act ("sind … stationiert worden" tells it)."""
    if token.tag_ != "VVPP" and "Part" not in token.morph.get("VerbForm"):
        return False
    # (the parser may hang "ist" on the subject as its copula: "ist die Flotte stationiert")
    holders = [token, *(c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass"))]
    auxiliaries = [c for h in holders for c in h.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return any(a.lemma_.lower() == "sein" for a in auxiliaries) and not any(
        a.lemma_.lower() == "werden" for a in auxiliaries
    )


def _ends_with(token: Token, stems: tuple[str, ...]) -> bool:
    words = {token.lemma_.lower(), token.lower_}
    return any(matches_any(w, stems) for w in words)


class _StemList:
    """One stem list's sets and the answers found for it so far."""

    __slots__ = ("whole_words", "compound_heads", "answers")

    def __init__(self, stems: tuple[str, ...]) -> None:
        # the stems matched as whole words only (short ones), and those that may end a compound
        self.whole_words = frozenset(s for s in stems if len(s) < MIN_COMPOUND_STEM)
        self.compound_heads = frozenset(s for s in stems if len(s) >= MIN_COMPOUND_STEM)
        self.answers: dict[str, bool] = {}


# The stem lists by their identity. Not an lru_cache on (word, stems): a tuple does not keep
# its hash, and hashing a list of hundreds of stems as the cache key on every call cost more
# (up to 7.5 µs for the longest) than the answer it looked up. The lists are the codebook's
# fixed tuples; both tables are bounded for lists or words built at run time.
_stem_lists = by_identity(_StemList, limit=4096)
MAX_ANSWERS_PER_LIST = 65536


def matches_any(word: str, stems: tuple[str, ...]) -> bool:
    """``stem_matches`` for any of the stems. Cached: the codebook's stem lists are few and
    fixed, the words of news repeat. A list may hold hundreds of stems, so a word is looked
    up by its endings in the list's sets rather than compared with each stem."""
    found = _stem_lists(stems)
    answer = found.answers.get(word)
    if answer is None:
        if len(found.answers) >= MAX_ANSWERS_PER_LIST:
            found.answers.clear()
        forms = _stem_forms(word)
        answer = not forms.isdisjoint(found.whole_words) or any(
            _ends_in(form, found.compound_heads) for form in forms
        )
        found.answers[word] = answer
    return answer


def _ends_in(form: str, stems: frozenset[str]) -> bool:
    """The form ends in one of the stems, and not as the antonym ("un" + stem)."""
    return any(
        form[cut:] in stems and form[:cut] != ANTONYM_PREFIX
        for cut in range(len(form) - MIN_COMPOUND_STEM + 1)
    )


def stem_matches(word: str, stem: str) -> bool:
    """The word is the stem or a compound ending in it; short stems only as whole words
    ("Haft", not "Landwirtschaft")."""
    forms = _stem_forms(word)
    if len(stem) < MIN_COMPOUND_STEM:
        return stem in forms
    # "un-" makes the antonym, not a compound: "unzuverlässig" is not "zuverlässig",
    # "Unruhe" not "Ruhe"
    return any(form.endswith(stem) and form[: -len(stem)] != ANTONYM_PREFIX for form in forms)


@lru_cache(maxsize=65536)
def _stem_forms(word: str) -> frozenset[str]:
    """The word and its forms without an inflection ending. A plural in -e/-er umlauts its
    last stem vowel ("Rettungskräfte", "Strafzölle", "Hilfsgüter"), and the lemmatizer may
    keep the umlaut ("Rettungskräft"), so each form is also taken unumlauted. Cached: the
    forms depend on the word alone, and every word is tried against hundreds of stems."""
    # the lemmatizer's "ß" after a short vowel is the reformed "ss" ("Kompromiß"); a feminine
    # person noun is found by its masculine ("die Botschafterin ausgewiesen")
    words = spelling_variants(word)
    masculine = masculine_of_feminine(word)
    words += (masculine,) if masculine else ()
    forms = {w[: -len(s)] for w in words for s in INFLECTION_ENDINGS if w.endswith(s)}
    forms |= set(words)
    return frozenset(forms | {_without_last_umlaut(f) for f in forms})


def _pp_matches(token: Token, prep: str, nouns: tuple[str, ...], facts: TokenFacts) -> bool:
    # the PP may be attached one level too low ("trotz einer Erkrankung zu einer Haft")
    heads = facts.pp_heads
    if any(not nouns or _ends_with(c, nouns) for c in args.prepositional(heads, prep)):
        return True
    # or deeper, on the last noun before it: the parser hangs a clause's closing PP on the
    # nearest noun ("gingen Menschen gegen die Mobilmachung auf die Straße", "unterstützt
    # die Regierung in Bamako mit Hubschraubern"); a named noun of the entry in the verb's
    # own clause is the verb's
    deeper = facts.deeper_nouns if nouns and token.pos_ in ("VERB", "AUX") else []
    if any(_ends_with(c, nouns) for c in args.prepositional(deeper, prep)):
        return True
    # an adjective after "als" is no prepositional phrase; it counts where the entry names it
    return prep == "als" and any(_ends_with(a, nouns) for a in _als_predicatives(token))


def _als_predicatives(verb: Token) -> list[Token]:
    """The predicative adjectives of a verb of judging: after the comparative "als", which
    the parser hangs on the verb or the adjective, not as a preposition ("bezeichnete die
    Vorwürfe als «haltlos»"), and the bare predicative of "nennen" ("nannte sie haltlos")."""
    found = []
    for child in args.arguments(verb):
        if child.pos_ != "ADJ" or child.dep_ not in ("xcomp", "advmod", "obl", "acomp", "dep"):
            continue
        before = [t for t in verb.doc[max(0, child.i - 2) : child.i] if not t.is_quote]
        bare = verb.lemma_.lower() in german_words().bare_predicative_verbs
        if (before and before[-1].lower_ == "als") or bare:
            found.append(child)
    return found


def _noun_has_frame(token: Token, predicate: Predicate) -> bool:
    """An event noun counts only with an actor slot it can fill (else it is just a topic)."""
    return bool(
        args.genitives(token)
        or args.possessives(token)
        or ("adj" in predicate.frame.actor and args.adjective_attributes(token))
        or any(
            args.prepositional([token], s[3:]) for s in predicate.frame.actor if s.startswith("pp:")
        )
        or "governor_subj" in predicate.frame.actor
    )
