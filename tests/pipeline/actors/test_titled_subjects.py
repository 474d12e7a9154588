"""A titled name is the subject through its title (session 13): in ``Der französische
Präsident Emmanuel Macron hat …`` the parser makes the title the subject and hangs the
name on it (appos, flat), so a pronoun after it takes up the titled person, not the
object named after him."""

from __future__ import annotations

import pytest
import spacy

from lagebild.pipeline.actors import ActorLinker
from tests.pipeline.actors.test_actors import make_doc


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(spacy.blank("de"), "lagebild_actors")  # the packaged KB


def _codes_of(doc, text: str) -> set[str]:
    mention = next(m for m in doc._.mentions if m.text == text)
    return {doc._.actors[a].code for a in mention.actors}


MASC = "Case=Nom|Gender=Masc|Number=Sing"


@pytest.mark.parametrize(
    ("subject", "obj"),
    [
        # title + first name + surname: Emmanuel appos of Präsident, Macron flat of Emmanuel
        ("Der/DET französische/ADJ Präsident/NOUN Emmanuel/PROPN Macron/PROPN", "FRA"),
        # title + surname only: Macron appos of Präsident
        ("Präsident/NOUN Macron/PROPN", "FRA"),
    ],
    ids=["full-name", "surname"],
)
def test_a_pronoun_takes_up_the_titled_subject_not_the_object(linker, subject, obj):
    words = subject.split()
    title = next(i for i, w in enumerate(words) if w.startswith("Präsident/"))
    n = len(words)
    spec = (
        f"{subject} hat/AUX den/DET algerischen/ADJ Botschafter/NOUN einbestellt/VERB ./PUNCT"
        " Er/PRON forderte/VERB Aufklärung/NOUN ./PUNCT"
    )
    verb, pron = n + 4, n + 6
    deps = {title: ("nsubj", verb), n + 3: ("obj", verb), pron: ("nsubj", pron + 1)}
    for i in range(title + 1, n):  # the name's words hang on the title, then on each other
        deps[i] = ("appos", title) if i == title + 1 else ("flat", title + 1)
    doc = make_doc(
        spec,
        [(title + 1, n, "PER")],
        deps=deps,
        morphs={pron: MASC, n + 3: "Case=Acc|Gender=Masc|Number=Sing"},
        date="2024-05-01",
    )
    assert _codes_of(linker(doc), "Er") == {obj}


@pytest.mark.model
def test_a_pronoun_after_a_titled_lead_is_the_titled_person(nlp):
    import lagebild

    analysis = lagebild.analyze(
        "Ankara (dpa) - Der türkische Präsident Recep Tayyip Erdogan hat den schwedischen "
        "Regierungschef Ulf Kristersson kritisiert. Er warf Stockholm vor, Terroristen zu "
        "unterstützen.",
        date="2024-05-01",
        nlp=nlp,
    )
    er = next(m for m in analysis.mentions if m.text == "Er")
    assert {analysis.actors[a].code for a in er.actors} == {"TUR"}
