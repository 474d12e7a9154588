"""Precision on fresh text (session 11): false alarms found on unseen, mostly non-political
Wikinews articles, each fixed by a fact of German news, not of one sentence.

Sentences are hand-parsed Docs (``word/lemma/POS/head/dep[/morph]``, as in ``test_coder``).
"""

from __future__ import annotations

import pytest

from lagebild.analysis import Actor, Mention
from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.coder import impends
from lagebild.pipeline.events.derived import inside_verbal_act
from lagebild.pipeline.events.modality import factuality
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


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # "Die Gewerkschaft rief die Beschäftigten zu Streiks auf": the strikes are called for
        ("zu/zu/ADP/7/case Streiks/Streik/NOUN/3/obl", True),
        # "… nach dem Streik auf": when, not what
        ("nach/nach/ADP/7/case Streiks/Streik/NOUN/3/obl", False),
    ],
    ids=["called-for", "time-phrase"],
)
def test_what_a_call_asks_for_is_its_content_not_an_act(vocab, phrase, expected):
    spec = (
        "Die/der/DET/2/det Gewerkschaft/Gewerkschaft/NOUN/3/nsubj rief/rufen/VERB/0/root "
        f"die/der/DET/5/det Beschäftigten/Beschäftigter/NOUN/3/obj {phrase} "
        "auf/auf/ADP/3/compound:prt ././PUNCT/3/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert inside_verbal_act(doc[6], {2}) is expected


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        # "Die geplanten Streiks werden Kraftwerke betreffen": planned, not yet held
        ("geplanten/geplant/ADJ/3/amod", "future"),
        ("bevorstehende/bevorstehend/ADJ/3/amod", "future"),
        # "Die heftigen Streiks …": an attribute that dates nothing
        ("heftigen/heftig/ADJ/3/amod", "asserted"),
    ],
    ids=["planned", "impending", "plain-attribute"],
)
def test_a_planned_event_noun_is_future(vocab, attribute, expected):
    spec = (
        f"Die/der/DET/3/det {attribute} Streiks/Streik/NOUN/4/nsubj "
        "betreffen/betreffen/VERB/0/root Kraftwerke/Kraftwerk/NOUN/4/obj ././PUNCT/4/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert factuality(doc[2], load_codebook(), 2010).modality == expected


def test_a_planned_attack_is_a_plot(vocab):
    # "Der geplante Anschlag richtete sich gegen …": no act and no threat made to anyone
    spec = (
        "Der/der/DET/3/det geplante/geplant/ADJ/3/amod Anschlag/Anschlag/NOUN/4/nsubj "
        "scheiterte/scheitern/VERB/0/root ././PUNCT/4/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert "plotted" in factuality(doc[2], load_codebook(), 2010).reasons


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # "Die Demonstration wurde abgesagt": it did not take place
        ("abgesagt/absagen", "negated"),
        ("abgeblasen/abblasen", "negated"),
        # "Die Demonstration wurde angemeldet": it is still to happen or happens
        ("angemeldet/anmelden", "asserted"),
    ],
    ids=["called-off", "blown-off", "registered"],
)
def test_a_cancelled_event_noun_is_negated(vocab, verb, expected):
    spec = (
        "Die/der/DET/2/det Demonstration/Demonstration/NOUN/4/nsubj:pass "
        f"wurde/werden/AUX/4/aux:pass {verb}/VERB/0/root ././PUNCT/4/punct"
    )
    doc = make_doc(vocab, spec, {})
    assert factuality(doc[1], load_codebook(), 2010).modality == expected
