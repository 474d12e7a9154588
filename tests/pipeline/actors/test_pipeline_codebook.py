"""The actor steps ask the codebook the pipeline was built with, not the bundled default:
whether a verb addresses its object (``context._is_addressed``: a state that demands of
someone is not of the one it addresses) follows the codebook given to the component."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import yaml
from spacy.tokens import Doc

from lagebild.codebook.loader import DEFAULT_PATH, load_codebook
from lagebild.pipeline.actors import ActorLinker
from lagebild.pipeline.actors.context import _is_addressed


def _without_verb(tmp_path: Path, verb: str) -> Path:
    """A copy of the codebook whose entries no longer list ``verb``."""
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    for entry in data["predicates"]:
        if verb in entry.get("verbs", ()):
            entry["verbs"] = [v for v in entry["verbs"] if v != verb] or ["nichtsdergleichen"]
    path = tmp_path / "plover.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _verb(words: list[str], lemma: str, particle: int | None) -> Doc:
    doc = Doc(spacy.blank("de").vocab, words=words)
    doc[1].lemma_ = lemma
    if particle is not None:
        doc[particle].head, doc[particle].dep_ = doc[1], "compound:prt"
    return doc


@pytest.mark.parametrize(
    ("words", "lemma", "particle", "removed"),
    [
        (["Paris", "forderte", "die", "Milizen", "auf"], "fordern", 4, "auffordern"),
        (["Ankara", "ermahnte", "die", "Parteien"], "ermahnen", None, "ermahnen"),
        (["Kiew", "beschuldigte", "die", "Söldner"], "beschuldigen", None, "beschuldigen"),
    ],
    ids=["auffordern", "ermahnen", "beschuldigen"],
)
def test_whether_a_verb_addresses_its_object_is_the_given_codebooks_answer(
    tmp_path: Path, words: list[str], lemma: str, particle: int | None, removed: str
) -> None:
    verb = _verb(words, lemma, particle)[1]
    assert _is_addressed(verb, {"obj"}, load_codebook())
    assert not _is_addressed(verb, {"obj"}, load_codebook(_without_verb(tmp_path, removed)))


def test_the_actor_component_reads_the_codebook_of_its_config(tmp_path: Path) -> None:
    path = _without_verb(tmp_path, "ermahnen")
    nlp = spacy.blank("de")
    linker = nlp.add_pipe("lagebild_actors", config={"codebook_path": str(path)})
    assert isinstance(linker, ActorLinker)
    assert linker.codebook is load_codebook(path)
    assert not linker.codebook.verbs("ermahnen")


def test_the_entity_component_reads_the_codebook_of_its_config(tmp_path: Path) -> None:
    path = _without_verb(tmp_path, "ermahnen")
    nlp = spacy.blank("de")
    completer = nlp.add_pipe("lagebild_entities", config={"codebook_path": str(path)})
    assert completer.codebook is load_codebook(path)
