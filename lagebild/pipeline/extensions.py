"""Custom attributes on ``Doc._`` that lagebild's components read and write.

| attribute  | type                       | written by         |
|------------|----------------------------|--------------------|
| meta       | ArticleMeta                | ``lagebild.analyze``, else lagebild_meta   |
| entities   | list[analysis.Entity]      | lagebild_actors (NER spans + their actor)  |
| mentions   | list[analysis.Mention]     | lagebild_actors    |
| actors     | dict[str, analysis.Actor]  | lagebild_actors    |
| quotes     | list[analysis.Quote]       | lagebild_quotes    |
| events     | list[analysis.Event]       | lagebild_events    |
| _mention_index | mentions by token (a cache) | built lazily by ``token_mentions``     |
| places     | list[analysis.Place]       | lagebild_places (also sets each event's location) |
| home_state | actors.home.HomeState      | lagebild_actors (the story's state, with why) |

A value of ``None`` means the component that writes it is not in the pipeline. This is the
one module that registers ``Doc._`` attributes.

``lagebild_meta`` opens the pipeline: it makes ``doc._.meta`` explicit — the metadata
``lagebild.analyze`` set on the Doc, or an empty ``ArticleMeta`` for a bare ``nlp(text)`` —
so that the components that read it can declare it in their ``requires``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.analysis import Dateline

_META_KEY = "lagebild_meta"


@dataclass
class ArticleMeta:
    id: str | None = None
    title: str | None = None
    date: str | None = None  # ISO, precision kept: YYYY, YYYY-MM or YYYY-MM-DD
    dateline: Dateline | None = None


def register_extensions() -> None:
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", getter=_get_meta, setter=_set_meta)
    names = ("entities", "mentions", "actors", "quotes", "events", "places", "home_state")
    for name in (*names, "_mention_index"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _get_meta(doc: Doc) -> ArticleMeta:
    # Kept in user_data rather than as a default: a mutable default is shared by every Doc.
    return doc.user_data.setdefault(_META_KEY, ArticleMeta())


def _set_meta(doc: Doc, meta: ArticleMeta) -> None:
    doc.user_data[_META_KEY] = meta


class MetaComponent:
    """Sets ``doc._.meta`` when nothing set it before the pipeline ran."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.meta = _get_meta(doc)
        return doc


@Language.factory("lagebild_meta", requires=[], assigns=["doc._.meta"])
def make_meta(nlp: Language, name: str) -> MetaComponent:
    return MetaComponent()


register_extensions()
