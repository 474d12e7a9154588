"""Step 5 and the component: mentions, actors and entities on the Doc; lookups for others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.analysis import Entity, Mention
from lagebild.codebook.loader import load_codebook
from lagebild.german.scan import doc_text
from lagebild.kb.forms import fold
from lagebild.kb.loader import (
    KBEntry,
    KBRole,
    KnowledgeBase,
    RoleWord,
    SurfaceMatch,
    get_kb,
)
from lagebild.pipeline import extensions  # noqa: F401  (registers Doc._ attributes)
from lagebild.pipeline.actors.context import (
    fill_context_codes,
    setting_state,
    setting_states,
)
from lagebild.pipeline.actors.core import Found, remembered
from lagebild.pipeline.actors.coref import resolve_coreference
from lagebild.pipeline.actors.home import (
    dateline_states,
    fill_home_codes,
    home_state,
    seated_body,
)
from lagebild.pipeline.actors.names import NameFinder
from lagebild.pipeline.actors.registry import ActorRegistry
from lagebild.pipeline.actors.roles import RoleFinder
from lagebild.pipeline.actors.words import WORDS_KEY, title_states

# --- writing ---------------------------------------------------------------------------


def set_annotations(doc: Doc, found: list[Found], registry: ActorRegistry) -> None:
    mentions = [f for f in found if f.actors]
    mentions.sort(key=lambda f: (f.start, -f.end))
    used = {a for f in mentions for a in f.actors}
    doc._.mentions = [_to_mention(doc, f) for f in mentions]
    doc._.actors = {k: v for k, v in registry.actors.items() if k in used}
    doc._.entities = _entities(doc, mentions)
    doc._._mention_index = _build_index(doc, mentions)


def _to_mention(doc: Doc, f: Found) -> Mention:
    if f.end <= f.start:
        span = doc[f.start : f.end]
        start, end, text = span.start_char, span.end_char, span.text
    else:
        # a span's text is the Doc's between its first word's start and its last word's
        # end: cut from the Doc's text, made once, not joined anew from a Token per word
        last = doc[f.end - 1]
        start, end = doc[f.start].idx, last.idx + len(last)
        text = doc_text(doc)[start:end]
    return Mention(
        start=start,
        end=end,
        text=text,
        kind=f.kind,
        actors=list(dict.fromkeys(f.actors)),
    )


def _entities(doc: Doc, mentions: list[Found]) -> list[Entity]:
    by_token: dict[int, list[Found]] = {}
    for f in mentions:
        if f.kind != "compound":
            for i in range(f.start, f.end):
                by_token.setdefault(i, []).append(f)
    entities = []
    for ent in doc.ents:
        overlapping = {id(f): f for i in range(ent.start, ent.end) for f in by_token.get(i, ())}
        # The innermost mention covering the whole entity names its actor; else (NER ran
        # on: "Xi Jinping Rückendeckung") the mention covering most of it.
        best = min(
            overlapping.values(),
            key=lambda f: (
                not (f.start <= ent.start and ent.end <= f.end),
                -(min(f.end, ent.end) - max(f.start, ent.start)),
                f.end - f.start,
            ),
            default=None,
        )
        entities.append(
            Entity(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
                actor=best.actors[0] if best else None,
            )
        )
    return entities


def _build_index(doc: Doc, mentions: list[Found]) -> tuple[dict[int, Mention], dict[int, Mention]]:
    by_token: dict[int, tuple[int, Mention]] = {}
    compounds: dict[int, Mention] = {}
    for f, mention in zip(mentions, doc._.mentions, strict=True):
        for i in range(f.start, f.end):
            if f.kind == "compound":
                compounds.setdefault(i, mention)
            elif i not in by_token or by_token[i][0] > f.end - f.start:
                by_token[i] = (f.end - f.start, mention)
    return {i: m for i, (_, m) in by_token.items()}, compounds


def token_mentions(doc: Doc) -> dict[int, Mention]:
    """Token index → the most specific (innermost) non-compound mention covering it."""
    index = doc._._mention_index
    if index is None:
        index = _index_from_mentions(doc)
        doc._._mention_index = index
    return index[0]


def mention_at(doc: Doc, token_i: int) -> Mention | None:
    return token_mentions(doc).get(token_i)


def compound_at(doc: Doc, token_i: int) -> Mention | None:
    token_mentions(doc)
    return doc._._mention_index[1].get(token_i)


def actor_codes(doc: Doc, mention: Mention) -> list[str]:
    actors = doc._.actors or {}
    return [actors[a].code for a in mention.actors if a in actors and actors[a].code]


def _index_from_mentions(doc: Doc) -> tuple[dict[int, Mention], dict[int, Mention]]:
    """Rebuild the index from ``doc._.mentions`` (e.g. after a Doc was deserialised)."""
    by_token: dict[int, Mention] = {}
    compounds: dict[int, Mention] = {}
    for mention in doc._.mentions or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if mention.kind == "compound":
                compounds.setdefault(tok.i, mention)
            elif tok.i not in by_token or (
                by_token[tok.i].end - by_token[tok.i].start > mention.end - mention.start
            ):
                by_token[tok.i] = mention
    return by_token, compounds


# --- the component ---------------------------------------------------------------------


def link_actors(
    doc: Doc,
    kb: KnowledgeBase,
    registry: ActorRegistry,
    role_cache: dict[str, RoleWord | None] | None = None,
) -> list[Found]:
    """Steps 1 and 2: names and role words, each linked to actors (no coreference yet)."""
    names = NameFinder(kb, registry, doc).find()
    return RoleFinder(kb, registry, doc, names, role_cache if role_cache is not None else {}).find()


class CachedKB:
    """The knowledge base with its string look-ups memoised per component: news repeat
    the same words, and role words are tried on every capitalised noun."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.entries = kb.entries
        self.sectors = kb.sectors
        self.first_names = kb.first_names
        self.continents = kb.continents
        self.state_nouns = kb.state_nouns
        self.state_forms = kb.state_forms
        self.unit_heads = kb.unit_heads
        self.divided_states = kb.divided_states
        self.lowercase_words = kb.lowercase_words
        self.seats = kb.seats
        self.governing = kb.governing
        self._lookup: dict[str, list[SurfaceMatch]] = {}
        self._prefix: dict[str, list[SurfaceMatch]] = {}
        self._role: dict[str, RoleWord | None] = {}
        self._officer: dict[str, RoleWord | None] = {}
        self._adjective: dict[tuple[str, bool], str | None] = {}
        # First word of every surface (case-folded) → most words a surface starting with
        # it has: the token scan only tries spans that can match.
        self.first_words: dict[str, int] = {}
        for surface in kb.surfaces():
            parts = surface.split()
            key = fold(parts[0])
            self.first_words[key] = max(self.first_words.get(key, 0), len(parts))

    def lookup(self, surface: str) -> list[SurfaceMatch]:
        return remembered(self._lookup, surface, self.kb.lookup)

    def city_state(self, name: str) -> str | None:
        return self.kb.city_state(name)

    def lookup_prefix(self, compound: str) -> list[SurfaceMatch]:
        return remembered(self._prefix, compound, self.kb.lookup_prefix)

    def role_word(self, word: str) -> RoleWord | None:
        return remembered(self._role, word, self.kb.role_word)

    def officer_compound(self, word: str) -> RoleWord | None:
        return remembered(self._officer, word, self.kb.officer_compound)

    def role_at(self, person_id: str, date: str | None) -> KBRole | None:
        return self.kb.role_at(person_id, date)

    def inherits_sector(self, title: str) -> bool:
        return self.kb.inherits_sector(title)

    def no_compound(self, word: str) -> bool:
        return self.kb.no_compound(word)

    def description_continents(self, adjective: str) -> tuple[str, ...] | None:
        return self.kb.description_continents(adjective)

    def adjective_state(self, word: str, *, bodies: bool = False) -> str | None:
        key = (word, bodies)
        if key not in self._adjective:
            self._adjective[key] = self.kb.adjective_state(word, bodies=bodies)
        return self._adjective[key]

    def is_adjective(self, word: str) -> bool:
        return any(m.form == "adjective" for m in self.lookup(word))

    def holders(
        self, code: str, title: str, date: str | None, org: str | None = None
    ) -> list[KBEntry]:
        return self.kb.holders(code, title, date, org)


class ActorLinker:
    def __init__(
        self,
        nlp: Language,
        name: str,
        kb_path: str | None = None,
        codebook_path: str | None = None,
    ) -> None:
        self.name = name
        self.codebook = load_codebook(Path(codebook_path) if codebook_path else None)
        kb = KnowledgeBase.load(Path(kb_path)) if kb_path else get_kb()
        self.kb: KnowledgeBase = CachedKB(kb)  # type: ignore[assignment]  # same interface
        self.resolve: Callable[
            [Doc, list[Found], ActorRegistry, str | None, str | None, list[tuple[int, str]]],
            list[Found],
        ] = resolve_coreference
        self.role_cache: dict[str, RoleWord | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        registry = ActorRegistry(self.kb, doc._.meta.date, self.codebook)
        found = link_actors(doc, self.kb, registry, self.role_cache)
        settings = setting_states(doc, found, self.kb, registry)
        titles = title_states(doc._.meta.title, self.kb)
        dateline = doc._.meta.dateline
        datelines = dateline_states(dateline.places, self.kb) if dateline else []
        home = home_state(found, registry, titles, settings, datelines)
        if home is not None and dateline is not None:
            home.body = seated_body(dateline.places, found, registry)
        doc._.home_state = home
        default = home.code if home else None
        setting = setting_state(settings, titles)
        found = self.resolve(doc, found, registry, default, setting, settings)
        fill_context_codes(doc, found, registry, default, setting, settings)
        if home is not None:
            fill_home_codes(doc, found, registry, home)
        set_annotations(doc, found, registry)
        doc.user_data.pop(WORDS_KEY, None)  # plain lists only needed while linking
        return doc


@Language.factory(
    "lagebild_actors",
    requires=["doc.ents", "token.dep", "token.morph", "doc._.meta"],
    assigns=["doc._.entities", "doc._.mentions", "doc._.actors", "doc._.home_state"],
    default_config={"kb_path": None, "codebook_path": None},
)
def make_actor_linker(
    nlp: Language, name: str, kb_path: str | None, codebook_path: str | None
) -> ActorLinker:
    return ActorLinker(nlp, name, kb_path, codebook_path)
