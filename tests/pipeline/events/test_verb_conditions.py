"""Codebook verbs whose conditions or rules refused the event (issue 13, branch
``evcond10``): the zu of a verb complex is no particle, a zu-infinitive takes its governor's
subject, an announced refusal to help or meet is a rejection.

Hand-parsed sentences (see ``test_coder.make_doc``) copy the model's parse of the sentence.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import coded, make_doc


# "Die EU hat angekündigt, (keine) Hilfe an Italien leisten zu wollen." as the model
# parses it: "zu" hung on the modal, "Hilfe" labelled the infinitive's subject
def _announced(negated: bool) -> str:
    """The sentence, with "keine" before "Hilfe" when ``negated`` (heads shift by one)."""
    k = 1 if negated else 0
    neg = "keine/kein/DET/7/det " if negated else ""
    return (
        "Die/der/DET/2/det EU/EU/PROPN/4/nsubj hat/haben/AUX/4/aux "
        f"angekündigt/ankündigen/VERB/0/root ,/,/PUNCT/{9 + k}/punct {neg}"
        f"Hilfe/Hilfe/NOUN/{9 + k}/nsubj/Case=Acc an/an/ADP/{8 + k}/case "
        f"Italien/Italien/PROPN/{9 + k}/obl leisten/leisten/VERB/4/ccomp/VerbForm=Inf "
        f"zu/zu/PART/{11 + k}/mark wollen/wollen/AUX/{9 + k}/aux/VerbForm=Inf ././PUNCT/4/punct"
    )


MENTIONS = {"EU": ["EU"], "Italien": ["ITA"]}

CASES = [
    (
        "an announced act of help is an offer, with the announcer as actor",
        _announced(negated=False),
        {("AGREE", ("EU",), ("ITA",), "asserted")},
    ),
    (
        "an announced refusal to help is a rejection",
        _announced(negated=True),
        {("REJECT", ("EU",), ("ITA",), "asserted")},
    ),
    (
        "a refusal told as a fact is a negated act, no rejection",
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj leistete/leisten/VERB/0/root "
        "keine/kein/DET/5/det Hilfe/Hilfe/NOUN/3/obj/Case=Acc an/an/ADP/7/case "
        "Italien/Italien/PROPN/3/obl ././PUNCT/3/punct",
        {("AID", ("EU",), ("ITA",), "negated")},
    ),
]


@pytest.mark.parametrize(("name", "spec", "expected"), CASES, ids=[c[0] for c in CASES])
def test_announced_acts_under_a_verb_complex(vocab, name, spec, expected):
    assert coded(make_doc(vocab, spec, MENTIONS)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laut Informationen des SPIEGEL hat der IWF angekündigt, keine finanzielle Hilfe mehr "
            "an Griechenland leisten zu wollen.",
            ("REJECT", "IMF", "GRC"),
        ),
    ],
)
def test_announced_refusal_full_pipeline(nlp, text, expected):
    from tests.pipeline.events.test_coder import analysed

    assert expected in analysed(nlp, text, "2012-07-24")


def _called(adjective: str) -> str:
    """ "Die EU bezeichnete Russland als ADJ für Mitgliedsländer." with the predicative hung,
    as the model does, as an attribute of the later noun and "als" as its cc."""
    return (
        "Die/der/DET/2/det EU/EU/PROPN/3/nsubj bezeichnete/bezeichnen/VERB/0/root "
        "Russland/Russland/PROPN/3/obj als/als/CCONJ/6/cc "
        f"{adjective}/{adjective}/ADJ/8/amod für/für/ADP/8/case "
        "Mitgliedsländer/Mitgliedsland/NOUN/3/obl ././PUNCT/3/punct"
    )


@pytest.mark.parametrize(
    ("name", "spec", "expected"),
    [
        (
            "a condemning predicative after als is read where the parser hung it",
            _called("grauenvoll"),
            {("ACCUSE", ("EU",), ("RUS",), "asserted")},
        ),
        ("a neutral predicative after als judges no one", _called("groß"), set()),
    ],
    ids=["condemning predicative", "neutral predicative"],
)
def test_predicative_after_als_hung_deeper(vocab, name, spec, expected):
    assert coded(make_doc(vocab, spec, {"EU": ["EU"], "Russland": ["RUS"]})) == expected
