"""Entities the model missed, completed from the actor knowledge base.

The statistical NER is trained on 6,000 sentences and misses many names a news reader
knows. This component adds, where the model found nothing, the knowledge base's
unambiguous surfaces with the GermEval 2014 label they carry:

| knowledge-base form | label | example |
|---|---|---|
| state name or capital | LOC | *Russland*, *Moskau* |
| state adjective or demonym | LOCderiv | *russische*, *Franzosen* |
| organisation, group or organ name | ORG | *Nato*, *Hamas* |
| person name, alias or surname | PER | *Wladimir Putin*, *Scholz* |
| compound on a state or organisation | LOCpart / ORGpart | *Nato-Osterweiterung*, *Irakkrieg* |

Surfaces the knowledge base marks as ambiguous (*Union*, *Fischer*, *Niger*) and
institution words (*Bundesregierung*: not an entity in GermEval) are never added. The
model's own entities are kept, with one exception: a known first name
(``kb/data/first_names.generated.yaml``) opens a person's name, so the model's
*[Schmidt]PER* after *Kevin* becomes *[Kevin Schmidt]PER*, *[Gilles Clément]LOC* becomes
PER, a lone *[Mathilde]LOC* becomes PER, and *Kevin* before an unlabelled proper noun
starts a new PER span. First names that the knowledge base knows as something else
(*Israel*) are left alone. A one-word PER/ORG/LOC/OTH entity at the start of a
sentence that is a common word written capitalised (*Momentan*, *Besorgt*;
``kb/data/lowercase_words.generated.yaml``) is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from lagebild.codebook.loader import Codebook, load_codebook
from lagebild.german.memo import by_identity
from lagebild.german.names import repair_name_particles, repair_nouns_in_names
from lagebild.german.scan import string_of
from lagebild.kb.loader import KnowledgeBase, get_kb
from lagebild.kb.parlgov import common_nouns

# (entry kind, surface form) -> GermEval label
LABELS: dict[tuple[str, str], str] = {
    ("state", "name"): "LOC",
    ("state", "place"): "LOC",
    ("state", "adjective"): "LOCderiv",
    ("state", "demonym"): "LOCderiv",
    ("organisation", "name"): "ORG",
    ("organisation", "organ"): "ORG",
    ("group", "name"): "ORG",
    ("person", "name"): "PER",
    ("person", "alias"): "PER",
    ("person", "surname"): "PER",
}
PART_LABELS = {"LOC": "LOCpart", "ORG": "ORGpart"}
# labels the model gives names it does not know; a first name in front says PER
NOT_PERSON = frozenset({"LOC", "ORG", "OTH"})
NAME_LABELS = NOT_PERSON | {"PER"}
_PLAIN = re.compile(r"[\w\- ]+")


@dataclass(frozen=True)
class KBSurfaces:
    """Unambiguous knowledge-base surfaces by GermEval label."""

    by_label: dict[str, frozenset[str]]
    # surface → label, for the look-up done on every capitalised word
    labels: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        labels: dict[str, str] = {}
        for label, forms in self.by_label.items():
            for surface in forms:
                labels.setdefault(surface, label)  # the first label, as a scan would find
        object.__setattr__(self, "labels", labels)

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> KBSurfaces:
        by_label: dict[str, set[str]] = {}
        for surface in kb.surfaces():
            labels = {
                LABELS.get((kb.entries[m.entry_id].kind, m.form))
                for m in kb.lookup(surface)
                if not m.ambiguous and m.entry_id in kb.entries
            }
            labels.discard(None)
            if len(labels) == 1:  # a surface that is a person and a place is left alone
                (label,) = labels
                if label is not None:
                    by_label.setdefault(label, set()).add(surface)
        return cls({label: frozenset(s) for label, s in by_label.items()})

    def label_of(self, surface: str) -> str | None:
        return self.labels.get(surface)


def find_missing_entities(
    doc: Doc, known: list[Span], surfaces: KBSurfaces, kb: KnowledgeBase
) -> list[Span]:
    """Knowledge-base entities (``known``: the index's matches) that overlap none of the
    model's."""
    taken = bytearray(len(doc))
    for ent in doc.ents:
        taken[ent.start : ent.end] = b"\x01" * len(ent)
    found = known + part_entities(doc, surfaces, kb)
    return filter_spans([span for span in found if not any(taken[span.start : span.end])])


def find_split_person_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Full person names of several words the model cut into pieces: *[Ursula von der]PER
    [Leyen]ORG* is *Ursula von der Leyen* when the knowledge base knows that name whole. A
    particle (*von der*, *de*, *van*) is where the model's names break; a known name of
    several words is no accident of spelling, so it wins over every model entity inside it
    (never over one that reaches beyond it: *Ursula-von-der-Leyen-Stiftung*)."""
    spans = []
    for span in known:
        if span.label_ != "PER" or len(span) < 2:
            continue
        inside = [e for e in doc.ents if e.start < span.end and span.start < e.end]
        if not inside or (len(inside) == 1 and inside[0] == span and inside[0].label_ == "PER"):
            continue
        if all(span.start <= e.start and e.end <= span.end for e in inside):
            spans.append(span)
    return filter_spans(spans)


def part_entities(doc: Doc, surfaces: KBSurfaces, kb: KnowledgeBase) -> list[Span]:
    """Compounds on a known name: *Nato-Osterweiterung* (ORGpart), *Russland-Politik*,
    and closed ones the knowledge base recognises (*Irakkrieg*, *Natogipfel*)."""
    spans = []
    # the label is the form's alone: asked once per form of the text, read off one array
    # (not a Token per word)
    labels: dict[int, str | None] = {}
    vocab = doc.vocab
    for i, key in enumerate(doc.to_array(ORTH).tolist() if len(doc) else []):
        if key not in labels:
            word = vocab[key]
            labels[key] = _part_label(word.text, word.is_alpha, surfaces, kb)
        label = labels[key]
        if label is not None:
            spans.append(Span(doc, i, i + 1, label=label))
    return spans


def _part_label(text: str, alpha: bool, surfaces: KBSurfaces, kb: KnowledgeBase) -> str | None:
    head, sep, rest = text.partition("-")
    if sep:
        if not rest[:1].isupper() or surfaces.label_of(text):
            return None
        return PART_LABELS.get(surfaces.label_of(head) or "")
    if alpha and text[:1].isupper() and not surfaces.label_of(text):
        return closed_part_label(kb, text)
    return None


# the answers of ``closed_part_label`` per knowledge base: asked of every capitalised word
# (about 70 a text, half of them seen before), and the closed-compound table and the entries
# it names are fixed when the base is loaded
_closed_labels: Callable[[KnowledgeBase], dict[str, str | None]] = by_identity(
    lambda kb: {}, limit=4
)
CLOSED_LABELS_LIMIT = 100_000  # words remembered before the table is cleared


def closed_part_label(kb: KnowledgeBase, word: str) -> str | None:
    """LOCpart for *Irakkrieg*, ORGpart for *Natogipfel*; None if unknown or ambiguous."""
    known = _closed_labels(kb)
    if word in known:
        return known[word]
    if len(known) >= CLOSED_LABELS_LIMIT:
        known.clear()
    label = known[word] = _closed_part_label(kb, word)
    return label


def _closed_part_label(kb: KnowledgeBase, word: str) -> str | None:
    kinds = {
        kb.entries[m.entry_id].kind
        for m in kb.lookup_prefix(word)
        if not m.ambiguous and m.entry_id in kb.entries
    }
    if kinds == {"state"}:
        return "LOCpart"
    if kinds and kinds <= {"organisation", "group"}:
        return "ORGpart"
    return None


def find_person_names(doc: Doc, names: frozenset[str], surfaces: KBSurfaces) -> list[Span]:
    """PER spans opened by a known first name, over the model's entities if need be."""
    ent_at: dict[int, Span] = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = []
    for token in doc:
        if token.text not in names or surfaces.label_of(token.text) not in (None, "PER"):
            continue
        ent = ent_at.get(token.i)
        if ent is not None:
            if ent.start == token.i and ent.label_ in NOT_PERSON and all(map(_is_name_word, ent)):
                spans.append(Span(doc, ent.start, ent.end, label="PER"))
            continue
        end = _surname_end(doc, token.i + 1, ent_at)
        if end > token.i + 1:
            spans.append(Span(doc, token.i, end, label="PER"))
    return filter_spans(spans)  # Anna Maria Schmidt: Anna's span, not also Maria's


def _surname_end(doc: Doc, i: int, ent_at: dict[int, Span]) -> int:
    """End of the surname after a first name: the model's PER, or unlabelled proper nouns."""
    if i >= len(doc) or doc[i].is_sent_start:
        return i
    if not (_is_name_word(doc[i]) or NAME_PARTICLE.match(doc[i].text)):
        return i  # "Mohammed al-Dschalali": a surname may open with a particle
    ent = ent_at.get(i)
    if ent is not None:
        return ent.end if ent.start == i and ent.label_ == "PER" else i
    end = i
    while (
        end < len(doc)
        and end not in ent_at
        and doc[end].pos_ == "PROPN"
        and _is_name_word(doc[end])
    ):
        end += 1
    return end


MIN_SURNAME = 4  # letters: shorter last words of names are particles and initials (Li, Ma)


def find_repeated_surnames(doc: Doc, surfaces: KBSurfaces) -> list[Span]:
    """A person named in full is named by the surname alone from then on (``Präsident
    Pedro Castillo`` … ``Castillo war abgesetzt worden``, ``die Anhänger Castillos``): an
    unlabelled later occurrence of the last word of a person entity of two or more words,
    or its genitive, is PER. Not a surname that is a German noun or adjective (``Kurz``,
    ``Koch``: ``common_nouns``) nor one the knowledge base knows as something else."""
    surnames: dict[str, int] = {}  # surname → end of its first full name
    for ent in doc.ents:
        last = ent[-1].text
        if ent.label_ == "PER" and len(ent) >= 2 and len(last) >= MIN_SURNAME:
            surnames.setdefault(last, ent.end)
    if not surnames:
        return []
    words = common_nouns()
    labelled = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = []
    names: dict[int, str] = {}  # the surname a form may be, asked once per form
    for i, key in enumerate(doc.to_array(ORTH).tolist()):
        name = names.get(key)
        if name is None:
            text = string_of(doc, key)
            genitive = text[:-1] if text.endswith("s") else ""
            name = names[key] = text if text in surnames else genitive
        if name not in surnames:
            continue  # first: most words are none (no Token made for them)
        token = doc[i]
        if (
            name in surnames
            and token.i >= surnames[name]
            and token.i not in labelled
            and token.pos_ in ("PROPN", "NOUN")
            and name.casefold() not in words
            and surfaces.label_of(name) in (None, "PER")
        ):
            spans.append(Span(doc, token.i, token.i + 1, label="PER"))
    return spans


def join_name_parts(doc: Doc) -> list[Span]:
    """Person names the model cut before a particle: a PER entity and, right after it (a
    space, no punctuation), a PER entity that opens with a lower-case particle (``[Abu
    Mohammed] [al-Dscholani]``): ``al-``, ``bin`` seldom start a separate person's name."""
    ent_at = {ent.start: ent for ent in doc.ents}
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PER" or ent.end >= len(doc) or not doc[ent.end - 1].whitespace_:
            continue
        follower = ent_at.get(ent.end)
        if (
            follower is not None
            and follower.label_ == "PER"
            and not follower[0].is_sent_start
            and NAME_PARTICLE.match(follower.text)
        ):
            spans.append(Span(doc, ent.start, follower.end, label="PER"))
    return filter_spans(spans)


# Lower-case particles inside Arabic names: "al-Assad", "bin Salman" ("von der Leyen" may
# be a second person after a surname: "dankte Scholz von der Leyen").
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ar|asch|bin|ibn)[- ]")


def trim_act_nouns(doc: Doc, codebook: Codebook) -> list[Span]:
    """Person names the model ran on into the next word when that word names a political act
    ("gegen [Bolsonaro Anklage] erhoben"): a codebook event noun is no surname. The names
    without it."""
    return [
        Span(doc, ent.start, ent.end - 1, label="PER")
        for ent in doc.ents
        if ent.label_ == "PER"
        and len(ent) > 1
        and ent[-1].pos_ == "NOUN"
        and codebook.nouns((ent[-1].lemma_ or ent[-1].text).lower())
    ]


def _is_name_word(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text[0].isupper() and not any(c.isdigit() for c in text)


def split_state_after_person(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """A person's name and a state's name side by side, taken for one PER entity: after a
    fronted adverbial the subject's name and a bare object name meet ("Am Montag forderte
    Scholz Russland zum Rückzug auf", "Zugleich warf Erdogan Schweden Untätigkeit vor"). A
    person's name does not end in the name of a state or its capital, so the last word, when
    the knowledge base knows it unambiguously as a state's name or capital (*Russland*,
    *Moskau*, *Schweden*), is an entity of its own (LOC), and the words before stay PER.
    Only after a name the knowledge base knows as a person's: a national branch of an
    organisation that the model took for a person ends in its state's name (*Lesben- und
    Schwulenverband Deutschland*)."""
    spans = []
    for ent in doc.ents:
        if ent.label_ != "PER" or len(ent) < 2 or not _names_state(kb, ent[-1].text):
            continue
        if _names_state(kb, doc[ent.start : ent.end - 1].text) or kb.lookup(ent.text):
            continue  # a state's name of several words; a known name ("Denzel Washington")
        if not _names_person(kb, ent[-2].text):
            continue  # an organisation the model took for a person ("Schwulenverband Deutschland")
        spans += [
            Span(doc, ent.start, ent.end - 1, label="PER"),
            Span(doc, ent.end - 1, ent.end, label="LOC"),
        ]
    return spans


# the kinds of entry whose name, standing before a state's name, is a phrase of its own
ACTOR_NAME_KINDS = frozenset({"state", "organisation", "group"})


def split_state_after_actor(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """Two actors' names side by side, taken for one entity: after the finite verb the
    subject's name and a bare object name meet ("forderten die G7 China auf", "hatten die
    USA und die EU Moskau aufgefordert"). A state's or organisation's name does not go on
    with the name of a state or its capital, so when the words before the last are a name
    the knowledge base knows as a state, organisation or armed group (*G7*, *EU*, *Nato*)
    and the last word is unambiguously a state's name or capital (*China*, *Moskau*), each
    is an entity of its own; a name the knowledge base knows whole stays one."""
    spans = []
    for ent in doc.ents:
        if len(ent) < 2 or not _names_state(kb, ent[-1].text) or kb.lookup(ent.text):
            continue
        first = doc[ent.start : ent.end - 1]
        if not _names_actor(kb, first.text):
            continue
        label = "ORG" if _names_actor(kb, first.text, ("organisation", "group")) else "LOC"
        spans += [
            Span(doc, ent.start, ent.end - 1, label=label),
            Span(doc, ent.end - 1, ent.end, label="LOC"),
        ]
    return spans


def _names_actor(kb: KnowledgeBase, surface: str, kinds: Iterable[str] = ACTOR_NAME_KINDS) -> bool:
    """The surface is the name (not a place or an office) of a state, organisation or group."""
    matches = kb.lookup(surface)
    return bool(matches) and all(
        m.form == "name"
        and not m.ambiguous
        and m.entry_id in kb.entries
        and kb.entries[m.entry_id].kind in kinds
        for m in matches
    )


def _names_person(kb: KnowledgeBase, surface: str) -> bool:
    """The surface is a known person's name, surname or alias."""
    return any(
        m.entry_id in kb.entries and kb.entries[m.entry_id].kind == "person"
        for m in kb.lookup(surface)
    )


def _names_state(kb: KnowledgeBase, surface: str) -> bool:
    """The surface is, unambiguously, the name of a state or of its capital."""
    matches = kb.lookup(surface)
    return any(m.form in ("name", "place") for m in matches) and all(
        not m.ambiguous and m.entry_id in kb.entries and kb.entries[m.entry_id].kind == "state"
        for m in matches
    )


def find_capitalised_words(doc: Doc, words: frozenset[str], surfaces: KBSurfaces) -> list[Span]:
    """One-word entities that are only a common word opening the sentence (*Momentan*)."""
    return [
        ent
        for ent in doc.ents
        if len(ent) == 1
        and ent.label_ in NAME_LABELS
        and ent[0].is_sent_start
        and ent.text[:1].lower() + ent.text[1:] in words
        and surfaces.label_of(ent.text) is None
    ]


def remove_entities(doc: Doc, spans: list[Span]) -> None:
    if spans:
        doc.ents = [e for e in doc.ents if e not in spans]


def set_annotations(doc: Doc, spans: list[Span]) -> None:
    """Add ``spans``; a model entity they overlap gives way."""
    if spans:
        # the tokens the new spans cover, once: not every entity against every span
        covered = {i for s in spans for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in covered for i in range(e.start, e.end))]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)


class SurfaceIndex:
    """The surfaces as token sequences, matched longest first at every token."""

    def __init__(self, nlp: Language, surfaces: KBSurfaces) -> None:
        self.surfaces = surfaces
        self.labels: dict[tuple[str, ...], str] = {}
        for label, forms in surfaces.by_label.items():
            for form in forms:
                # the tokenizer only where it would split differently from spaces
                # (Paris', Côte d’Ivoire): tokenising 15,000 names costs a third of a second
                words = form.split() if _PLAIN.fullmatch(form) else nlp.make_doc(form)
                self.labels[tuple(str(w) for w in words)] = label
        # the longest surface each first word opens: a word is tried at no greater length
        self.longest_from: dict[str, int] = {}
        for key in self.labels:
            self.longest_from[key[0]] = max(self.longest_from.get(key[0], 0), len(key))
        self.first_words = set(self.longest_from)
        self.longest = max(self.longest_from.values(), default=0)

    def match(self, doc: Doc) -> list[Span]:
        spans = []
        words = _forms(doc)
        for i, word in enumerate(words):
            longest = self.longest_from.get(word)
            if longest is None:
                continue
            for n in range(min(longest, len(words) - i), 0, -1):
                label = self.labels.get(tuple(words[i : i + n]))
                if label is not None:
                    spans.append(Span(doc, i, i + n, label=label))
                    break
        return spans


def _forms(doc: Doc) -> list[str]:
    """Each token's text, from one array of the Doc's keys (no Token object per word), each
    distinct form looked up in the string store once."""
    if not len(doc):
        return []
    keys = doc.to_array(ORTH).tolist()
    forms = {key: string_of(doc, key) for key in dict.fromkeys(keys)}
    return [forms[key] for key in keys]


class EntityCompleter:
    def __init__(
        self,
        nlp: Language,
        kb: KnowledgeBase | None = None,
        codebook_path: str | None = None,
    ) -> None:
        self.kb = kb or get_kb()
        self.codebook = load_codebook(Path(codebook_path) if codebook_path else None)
        self.index = SurfaceIndex(nlp, KBSurfaces.from_kb(self.kb))

    def __call__(self, doc: Doc) -> Doc:
        # the knowledge base's names in the text, matched once: they depend on the words only
        known = self.index.match(doc)
        set_annotations(doc, find_missing_entities(doc, known, self.index.surfaces, self.kb))
        set_annotations(doc, find_split_person_names(doc, known))
        set_annotations(doc, find_person_names(doc, self.kb.first_names, self.index.surfaces))
        set_annotations(doc, join_name_parts(doc))
        set_annotations(doc, find_repeated_surnames(doc, self.index.surfaces))
        set_annotations(doc, trim_act_nouns(doc, self.codebook))
        set_annotations(doc, split_state_after_person(doc, self.kb))
        set_annotations(doc, split_state_after_actor(doc, self.kb))
        remove_entities(
            doc, find_capitalised_words(doc, self.kb.lowercase_words, self.index.surfaces)
        )
        # with the names known, their particles are no prepositions ("Von der Leyen sagte")
        repair_name_particles(doc)
        repair_nouns_in_names(doc)
        return doc


@Language.factory(
    "lagebild_entities",
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc.ents", "token.dep", "token.head", "token.morph"],
    default_config={"codebook_path": None},
)
def make_entities(nlp: Language, name: str, codebook_path: str | None) -> EntityCompleter:
    return EntityCompleter(nlp, codebook_path=codebook_path)
