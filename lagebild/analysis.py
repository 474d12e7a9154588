"""The analysis output contract: what one article becomes.

Pipeline components write these objects onto ``Doc._`` (see
``lagebild.pipeline.extensions``); ``ArticleAnalysis.from_doc`` collects them.
All ``start``/``end`` values are character offsets into ``ArticleAnalysis.text``.
The JSON Schema in ``lagebild/schema/article.schema.json`` is generated from
these models (``python -m lagebild.schema``) and a test keeps the two in sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from lagebild.record import Record

QuoteKind = Literal["direct", "indirect", "free_indirect", "reported", "mixed"]
Modality = Literal["asserted", "future", "hypothetical", "negated", "historical"]
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CharSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Sentence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Dateline(_Model):
    places: list[str]
    agency: str | None
    start: int = Field(0, ge=0, description="offset of the dateline in the text")
    end: int = Field(0, ge=0, description="offset where the article proper begins")


class Entity(CharSpan):
    label: str = Field(description="GermEval 2014 outer label, e.g. PER, LOCderiv, ORGpart")
    actor: str | None = Field(None, description="id of the resolved actor, a key of `actors`")


class Mention(CharSpan):
    """Any stretch of text that refers to actors: names, pronouns, descriptions, lists."""

    kind: Literal["name", "pronoun", "description", "metonym", "compound", "role"]
    actors: list[str] = Field(description="ids of the actors referred to (several for compounds)")


class Role(_Model):
    title: str = Field(description="the office or role, e.g. 'Präsident', 'Außenminister'")
    code: str | None = Field(None, description="state (ISO 3166-1 alpha-3) or organisation code")
    sector: str | None = None
    start: str | None = Field(None, description="ISO date (YYYY[-MM[-DD]]) the role began")
    end: str | None = Field(None, description="ISO date the role ended; null when ongoing")


class Actor(_Model):
    name: str
    kind: Literal["state", "organisation", "person", "group"]
    code: str | None = Field(None, description="state or organisation code as of the article date")
    sector: str | None = Field(None, description="GOV, MIL, COP, JUD, LEG, PTY, OPP, REB, CVL, ...")
    wikidata: str | None = Field(None, pattern=r"^Q[0-9]+$")
    roles: list[Role] = Field(default_factory=list)
    in_kb: bool = Field(True, description="false for actors built from the text alone")


class SpeakerRef(CharSpan):
    actor: str | None = Field(None, description="id of the (first) resolved actor")
    actors: list[str] = Field(default_factory=list, description="all resolved actors")


class Quote(CharSpan):
    kind: QuoteKind
    speaker: SpeakerRef | None = None
    cue: CharSpan | None = None
    addressee: SpeakerRef | None = None
    interruption: CharSpan | None = Field(
        None,
        description="a source phrase inside [start, end) that is not quoted (… könnte nach "
        "Angaben der Polizei bis September andauern); `text` leaves it out",
    )


class EventParticipant(_Model):
    code: str | None
    sector: str | None = None
    text: str
    actor: str | None = Field(None, description="id of the resolved actor, a key of `actors`")
    start: int | None = None
    end: int | None = None


class Place(_Model):
    """A place mention resolved against the offline gazetteer (``lagebild.geo``).

    An unresolvable mention keeps ``text`` and ``name`` and has no country, coordinates
    or precision: it is never guessed.
    """

    text: str = Field(description="the mention as written in the article (or the title)")
    name: str = Field(description="the place's name: German where the text or the data gives it")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 of the state it lies in")
    admin1: str | None = Field(
        None, description="first-level region: GeoNames admin1 code (DEU.16) or German name"
    )
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    precision: Literal["point", "admin1", "country"] | None = Field(
        None, description="point: a city or site; admin1: a region; country: only the state"
    )
    geonames_id: int | None = None
    feature_class: str | None = Field(None, description="GeoNames feature class: P or A")
    start: int | None = Field(None, ge=0, description="offset of the mention; null in the title")
    end: int | None = Field(None, ge=0)
    source: Literal["text", "dateline", "title"] = "text"


class Event(_Model):
    type: str = Field(description="PLOVER event type, e.g. REQUEST")
    mode: str | None = None
    actor: list[EventParticipant]
    recipient: list[EventParticipant] = Field(default_factory=list)
    modality: Modality = "asserted"
    context: list[str] = Field(default_factory=list, description="PLOVER contexts of the article")
    score: float | None = Field(None, description="intensity on the Goldstein-like -10..+10 scale")
    quad: Quad
    trigger: CharSpan
    sentence: Sentence
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[Sentence] = Field(
        default_factory=list, description="every sentence that supports the event"
    )
    location: Place | None = Field(
        None, description="where the event took place (EVENTS-GUIDELINES.md, Location)"
    )


class ArticleMeta(_Model):
    """What the input says about an article: made once from its ``Record`` (``from_record``)
    and carried unchanged on the Doc (``doc._.meta``), as the first fields of
    ``ArticleAnalysis`` and into the store, which reads identity and provenance from it."""

    id: str | None = None
    title: str | None = None
    date: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    dateline: Dateline | None = None
    url: str | None = None
    source: str | None = Field(None, description="agency or outlet, as the input names it")
    agency: str | None = Field(None, description="news agency named by the source (dpa, AFP)")
    version: int | None = Field(
        None, description="agency story version: a higher one replaces a lower one in the store"
    )
    origin: str | None = Field(None, description="the file or URL the article was read from")
    content_hash: str | None = Field(
        None, description="the store's key: same title, date and text, same article"
    )

    @classmethod
    def from_record(cls, record: Record) -> ArticleMeta:
        # Every field is an attribute of Record under the same name (a test keeps it so):
        # the one place a record's data becomes metadata, with no field named twice.
        return cls(**{name: getattr(record, name) for name in cls.model_fields})


class ArticleAnalysis(ArticleMeta):
    """An article: its metadata (the fields of ArticleMeta, first) and what was found in it."""

    text: str
    sentences: list[Sentence]
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    actors: dict[str, Actor] = Field(default_factory=dict)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list, description="every place mention")

    @classmethod
    def from_meta(cls, meta: ArticleMeta, **found: Any) -> ArticleAnalysis:
        """The analysis of the article ``meta`` describes: its fields passed on whole."""
        return cls(**{name: getattr(meta, name) for name in ArticleMeta.model_fields}, **found)

    @classmethod
    def from_doc(cls, doc: Doc) -> ArticleAnalysis:
        return cls.from_meta(
            doc._.meta,
            text=doc.text,
            sentences=[Sentence(start=s.start_char, end=s.end_char) for s in doc.sents]
            if doc.has_annotation("SENT_START")
            else [],
            entities=doc._.entities
            if doc._.entities is not None
            else [
                Entity(start=e.start_char, end=e.end_char, text=e.text, label=e.label_)
                for e in doc.ents
            ],
            mentions=doc._.mentions or [],
            actors=doc._.actors or {},
            quotes=doc._.quotes or [],
            events=doc._.events or [],
            places=doc._.places or [],
        )
