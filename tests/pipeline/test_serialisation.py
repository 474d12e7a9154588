"""Doc._ values survive spaCy's serialisation: ``doc.to_bytes()``, ``DocBin`` and the
multiprocessing of ``nlp.pipe(n_process=2)``, which moves Docs as ``to_bytes()``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

import lagebild
from lagebild.analysis import (
    Actor,
    CharSpan,
    Dateline,
    Entity,
    Event,
    EventParticipant,
    Mention,
    Place,
    Quote,
    Role,
    Sentence,
    SpeakerRef,
)
from lagebild.pipeline.actors.home import HomeState
from lagebild.pipeline.extensions import ArticleMeta
from lagebild.readers import read_records
from tests.conftest import EXAMPLE_ARTICLE, EXAMPLES

Transport = Callable[[Doc], Doc]


def via_to_bytes(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def via_docbin(doc: Doc) -> Doc:
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (copy,) = DocBin().from_bytes(stored).get_docs(doc.vocab)
    return copy


TRANSPORTS = [pytest.param(via_to_bytes, id="to_bytes"), pytest.param(via_docbin, id="DocBin")]


def hand_built_doc() -> Doc:
    """Every kind of Doc._ value, nested models included, on a Doc built without a model."""
    doc = Doc(Vocab(), words=["Putin", "traf", "Xi", "in", "Peking", "."])
    doc._.meta = ArticleMeta(
        id="a1",
        title="Putin in Peking",
        date="2024-05",
        dateline=Dateline(places=["Peking"], agency="dpa", start=0, end=8),
        url="https://example.org/putin-peking",
        source="Deutsche Presse-Agentur",
        agency="dpa",
        version=2,
        origin="/data/in/putin.xml",
        content_hash="0123456789abcdef0123456789abcdef",
    )
    putin = Mention(start=0, end=5, text="Putin", kind="name", actors=["RUS/GOV/Putin"])
    doc._.mentions = [putin]
    doc._.entities = [Entity(start=0, end=5, text="Putin", label="PER", actor="RUS/GOV/Putin")]
    role = Role(title="Präsident", code="RUS", sector="GOV", start="2012-05-07", end=None)
    doc._.actors = {
        "RUS/GOV/Putin": Actor(name="Wladimir Putin", kind="person",
                               code="RUS", roles=[role])
    }  # fmt: skip
    speaker = SpeakerRef(start=0, end=5, text="Putin", actor="RUS/GOV/Putin")
    doc._.quotes = [
        Quote(start=6, end=10, text="traf", kind="indirect", speaker=speaker,
              cue=CharSpan(start=6, end=10, text="traf"))
    ]  # fmt: skip
    place = Place(
        start=19, end=25, text="Peking", name="Peking", country="CHN", lat=39.9, lon=116.4
    )
    doc._.places = [place]
    side = EventParticipant(code="RUS", sector="GOV", text="Putin", actor="RUS/GOV/Putin")
    doc._.events = [
        Event(type="CONSULT", mode="visit", modality="asserted", quad="verbal_cooperation",
              actor=[side], recipient=[EventParticipant(code="CHN", text="Xi")],
              trigger=CharSpan(start=6, end=10, text="traf"),
              sentence=Sentence(start=0, end=26), location=place, confidence=0.8)
    ]  # fmt: skip
    doc._.home_state = HomeState(code="CHN", reason="dateline", scores={"CHN": 3, "RUS": 1})
    return doc


EXTENSIONS = ["meta", "entities", "mentions", "actors", "quotes", "events", "places", "home_state"]


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("name", EXTENSIONS)
def test_every_doc_extension_value_survives_serialisation(transport: Transport, name: str) -> None:
    doc = hand_built_doc()
    value, copied = getattr(doc._, name), getattr(transport(doc)._, name)
    if isinstance(value, list):  # DocBin reads user data with use_list=False: a tuple
        assert list(copied) == value
        assert [type(v) for v in copied] == [type(v) for v in value]
    else:
        assert copied == value
        assert type(copied) is type(value)


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_the_mention_index_cache_is_not_written_and_reads_as_missing(
    transport: Transport,
) -> None:
    doc = hand_built_doc()
    doc._._mention_index = ({0: doc._.mentions[0]}, {})
    assert transport(doc)._._mention_index is None


def test_a_value_of_no_registered_type_still_fails_to_serialise() -> None:
    with pytest.raises(TypeError):
        srsly.msgpack_dumps({"x": object()})


def analysed(nlp: Language, paths: list[Path]) -> list[Doc]:
    return [nlp(lagebild.make_doc(nlp, record)) for record in read_records(paths)]


def analyses(docs: list[Doc]) -> list[str]:
    return [lagebild.ArticleAnalysis.from_doc(doc).model_dump_json() for doc in docs]


@pytest.mark.model
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_analysed_article_round_trips(nlp: Language, transport: Transport) -> None:
    (doc,) = analysed(nlp, [EXAMPLE_ARTICLE])
    copy = transport(doc)
    assert doc._.events and doc._.quotes and doc._.home_state  # a real analysis, not an empty one
    assert analyses([copy]) == analyses([doc])
    assert copy._.home_state == doc._.home_state
    assert copy._.meta == doc._.meta


@pytest.mark.model
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_an_article_with_an_agentless_attack_round_trips(
    nlp: Language, transport: Transport
) -> None:
    # the event coder looks up the attack's place with the place resolver; what it finds on
    # the way must not stay on the Doc
    text = "In Pforzheim wurde am Montag ein Geschäftsmann entführt."
    doc = nlp(lagebild.make_doc(nlp, lagebild.Record(text=text, id="a", date="2010-01-04")))
    assert [(e.type, [p.code for p in e.actor]) for e in doc._.events] == [("ASSAULT", ["DEU"])]
    assert analyses([transport(doc)]) == analyses([doc])


@pytest.mark.model
def test_two_processes_give_the_analyses_of_one(nlp: Language) -> None:
    paths = [EXAMPLES / name for name in ("wikinews-17905.txt", "wikinews-27575.txt")]
    records = list(read_records([EXAMPLE_ARTICLE, *paths]))
    one = list(nlp.pipe([lagebild.make_doc(nlp, r) for r in records]))
    two = list(nlp.pipe([lagebild.make_doc(nlp, r) for r in records], n_process=2))
    # the metadata came back whole
    assert [d._.meta for d in two] == [ArticleMeta.from_record(r) for r in records]
    assert analyses(two) == analyses(one)
    assert [d._.home_state for d in two] == [d._.home_state for d in one]
