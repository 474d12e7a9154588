"""Custom attributes on ``Doc._`` that lagebild's components read and write.

| attribute  | type                       | written by         |
|------------|----------------------------|--------------------|
| meta       | analysis.ArticleMeta       | ``lagebild.make_doc``, else lagebild_meta  |
| entities   | list[analysis.Entity]      | lagebild_actors (NER spans + their actor)  |
| mentions   | list[analysis.Mention]     | lagebild_actors    |
| actors     | dict[str, analysis.Actor]  | lagebild_actors    |
| quotes     | list[analysis.Quote]       | lagebild_quotes    |
| events     | list[analysis.Event]       | lagebild_events    |
| _mention_index | mentions by token (a cache, not serialised) | ``token_mentions`` |
| places     | list[analysis.Place]       | lagebild_places (also sets each event's location) |
| home_state | actors.home.HomeState      | lagebild_actors (the story's state, with why) |

A value of ``None`` means the component that writes it is not in the pipeline. This is the
one module that registers ``Doc._`` attributes.

Every value is serialisable: the types above are registered with srsly's msgpack encoders
and decoders (as thinc registers numpy arrays), so an analysed Doc round-trips through
``doc.to_bytes()``/``Doc.from_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(n_process=…)``, which moves Docs between processes as ``to_bytes()``. The
``_mention_index`` cache is written as nil and rebuilt from ``mentions`` when read.

``lagebild_meta`` opens the pipeline: it makes ``doc._.meta`` explicit — the metadata
``lagebild.make_doc`` made from the record and set on the Doc, or an empty ``ArticleMeta``
for a bare ``nlp(text)`` — so that the components that read it can declare it in their
``requires``. ``ArticleMeta`` is a model of the output contract (``lagebild.analysis``),
so it is serialised like the others.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

import srsly
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from lagebild import analysis
from lagebild.analysis import ArticleMeta

__all__ = ["ArticleMeta", "MetaComponent", "register_extensions"]

_META_KEY = "lagebild_meta"
_INDEX_KEY = "lagebild_mention_index"


def register_extensions() -> None:
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", getter=_get_meta, setter=_set_meta)
    if not Doc.has_extension("_mention_index"):
        Doc.set_extension("_mention_index", getter=_get_index, setter=_set_index)
    names = ("entities", "mentions", "actors", "quotes", "events", "places", "home_state")
    for name in names:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    srsly.msgpack_encoders.register("lagebild", func=_encode)
    srsly.msgpack_decoders.register("lagebild", func=_decode)


def _get_meta(doc: Doc) -> ArticleMeta:
    # Kept in user_data rather than as a default: a mutable default is shared by every Doc.
    # Made only when missing: ``setdefault`` built a pydantic model on every read
    if _META_KEY not in doc.user_data:
        doc.user_data[_META_KEY] = ArticleMeta()
    return doc.user_data[_META_KEY]


def _set_meta(doc: Doc, meta: ArticleMeta) -> None:
    doc.user_data[_META_KEY] = meta


class _Transient:
    """A value kept in memory only: msgpack writes it as nil, so its reader rebuilds it."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _get_index(doc: Doc) -> Any:
    held = doc.user_data.get(_INDEX_KEY)
    return held.value if isinstance(held, _Transient) else None


def _set_index(doc: Doc, index: Any) -> None:
    doc.user_data[_INDEX_KEY] = _Transient(index)


# --- msgpack codec for the values of Doc._ ---------------------------------------------

_TAG = "__lagebild__"
# every model of the output contract, so that a new one needs no entry here
_MODELS: dict[str, type[BaseModel]] = {
    name: cls
    for name, cls in vars(analysis).items()
    if isinstance(cls, type)
    and issubclass(cls, BaseModel)
    and cls.__module__ == analysis.__name__
    and not name.startswith("_")
}
# Dataclasses by module: actors.home imports this module, so HomeState is looked up when a
# Doc is read rather than imported here.
_DATACLASSES = {
    "HomeState": "lagebild.pipeline.actors.home",
}


def _encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    name = type(obj).__name__
    if _MODELS.get(name) is type(obj):
        return {_TAG: name, "fields": obj.model_dump(mode="json")}
    if name in _DATACLASSES and type(obj).__module__ == _DATACLASSES[name]:
        fields = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        return {_TAG: name, "fields": fields}  # nested models go through _encode again
    if isinstance(obj, _Transient):
        return None
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """msgpack's object hook: maps are decoded innermost first, so a dataclass's fields
    arrive decoded already."""
    name = obj.get(_TAG) if isinstance(obj, dict) else None
    if name in _MODELS:
        return _MODELS[name].model_validate(obj["fields"])
    if name in _DATACLASSES:
        cls = getattr(importlib.import_module(_DATACLASSES[name]), name)
        return cls(**obj["fields"])
    return obj if chain is None else chain(obj)


class MetaComponent:
    """Sets ``doc._.meta`` when nothing set it before the pipeline ran."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.meta = _get_meta(doc)
        return doc


@Language.factory("lagebild_meta", requires=[], assigns=["doc._.meta"])
def make_meta(nlp: Language, name: str) -> MetaComponent:
    return MetaComponent()


register_extensions()
