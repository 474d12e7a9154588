"""Precision on fresh text (session 11): false alarms found on unseen, mostly non-political
Wikinews articles, each fixed by a fact of German news, not of one sentence.

Sentences are hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``).
"""

from __future__ import annotations

import pytest

from lagebild.analysis import Actor, Mention
from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.coder import impends
from tests.pipeline.events.test_coder import make_doc
from tests.pipeline.events.test_precision import dyads

SPORTS_ACTORS = {
    "text:dfb": Actor(name="DFB", kind="organisation", code="DEU", sector=None),
    "text:partei": Actor(name="Partei", kind="organisation", code="DEU", sector="PTY"),
    "text:meier": Actor(name="Urs Meier", kind="person", code="CHE", sector="CVL"),
    "text:undiano": Actor(name="Undiano", kind="person", code="ESP", sector="CVL"),
    "DEU": Actor(name="Deutschland", kind="state", code="DEU", sector="GOV"),
}

# "den Schiedsrichter Undiano" after a two-word subject and the verb
REFEREE = (
    "den/der/DET/5/det Schiedsrichter/Schiedsrichter/NOUN/ROOT/obj Undiano/Undiano/PROPN/5/flat"
)


def _sports_doc(vocab, subject: str, obj: str, mentions: dict[str, list[str]]):
    """ "<subject> kritisierte <object>.", ROOT in the specs standing for the verb's position."""
    root = len(subject.split()) + 1
    spec = f"{subject} kritisierte/kritisieren/VERB/0/root {obj} ././PUNCT/ROOT/punct"
    doc = make_doc(vocab, spec.replace("ROOT", str(root)), {})
    doc._.mentions = [
        Mention(start=(s := doc.text.index(surface)), end=s + len(surface), text=surface,
                kind="name", actors=ids)
        for surface, ids in mentions.items()
    ]  # fmt: skip
    doc._.actors = SPORTS_ACTORS
    return doc


@pytest.mark.parametrize(
    ("subject", "obj", "mentions", "expected"),
    [
        # "Der DFB kritisierte den Schiedsrichter Undiano": a sport's own dispute
        (
            "Der/der/DET/2/det DFB/DFB/PROPN/ROOT/nsubj",
            REFEREE,
            {"DFB": ["text:dfb"], "Undiano": ["text:undiano"]},
            set(),
        ),
        # "Der FIFA-Schiedsrichter Urs Meier kritisierte Undiano": the role before the name
        (
            "Der/der/DET/3/det FIFA-Schiedsrichter/Schiedsrichter/NOUN/3/compound "
            "Urs/Urs/PROPN/5/nsubj Meier/Meier/PROPN/3/flat",
            "Undiano/Undiano/PROPN/ROOT/obj",
            {"Urs Meier": ["text:meier"], "Undiano": ["text:undiano"]},
            set(),
        ),
        # "Der DFB kritisierte die Regierung": a sports body acting on a political side is kept
        (
            "Der/der/DET/2/det DFB/DFB/PROPN/ROOT/nsubj",
            "die/der/DET/5/det Regierung/Regierung/NOUN/ROOT/obj",
            {"DFB": ["text:dfb"], "Regierung": ["DEU"]},
            {("ACCUSE", ("DEU",), ("DEU",))},
        ),
        # "Die Partei kritisierte den Schiedsrichter Undiano": no sports side, kept
        (
            "Die/der/DET/2/det Partei/Partei/NOUN/ROOT/nsubj",
            REFEREE,
            {"Partei": ["text:partei"], "Undiano": ["text:undiano"]},
            {("ACCUSE", ("DEU",), ("ESP",))},
        ),
    ],
    ids=["federation-vs-referee", "referee-named-by-role", "federation-vs-government", "party"],
)
def test_a_sports_own_dispute_is_no_political_event(vocab, subject, obj, mentions, expected):
    doc = _sports_doc(vocab, subject, obj, mentions)
    assert dyads(doc) == expected


@pytest.mark.parametrize(
    ("spec", "noun", "expected"),
    [
        # "Jetzt droht ein Streik": the strike looms, no one strikes
        (
            "Jetzt/jetzt/ADV/2/advmod droht/drohen/VERB/0/root ein/ein/DET/4/det "
            "Streik/Streik/NOUN/2/nsubj ././PUNCT/2/punct",
            3,
            True,
        ),
        # "Die Gewerkschaft droht mit einem Streik": a threat with a measure
        (
            "Die/der/DET/2/det Gewerkschaft/Gewerkschaft/NOUN/3/nsubj droht/drohen/VERB/0/root "
            "mit/mit/ADP/6/case einem/ein/DET/6/det Streik/Streik/NOUN/3/obl ././PUNCT/3/punct",
            5,
            False,
        ),
        # "Die Zeichen stehen auf Streik"
        (
            "Die/der/DET/2/det Zeichen/Zeichen/NOUN/3/nsubj stehen/stehen/VERB/0/root "
            "auf/auf/ADP/5/case Streik/Streik/NOUN/3/obl ././PUNCT/3/punct",
            4,
            True,
        ),
        # the same with the phrase hung on "Zeichen"
        (
            "Die/der/DET/2/det Zeichen/Zeichen/NOUN/3/nsubj stehen/stehen/VERB/0/root "
            "auf/auf/ADP/5/case Streik/Streik/NOUN/2/nmod ././PUNCT/3/punct",
            4,
            True,
        ),
        # "… ob Streiks möglich sind": weighed, not done
        (
            "ob/ob/SCONJ/3/mark Streiks/Streik/NOUN/3/nsubj möglich/möglich/ADJ/0/root "
            "sind/sein/AUX/3/cop ././PUNCT/3/punct",
            1,
            True,
        ),
        # "Der Streik begann am Morgen": a strike that happens
        (
            "Der/der/DET/2/det Streik/Streik/NOUN/3/nsubj begann/beginnen/VERB/0/root "
            "././PUNCT/3/punct",
            1,
            False,
        ),
    ],
    ids=["looms", "with-measure", "signs-point-to", "signs-on-noun", "possible", "happens"],
)
def test_an_event_noun_that_looms_or_may_come_is_no_act(vocab, spec, noun, expected):
    doc = make_doc(vocab, spec, {})
    assert impends(doc[noun], load_codebook()) is expected
