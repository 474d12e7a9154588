"""The passive of an arrest has someone arrested even when the parse lost its subject: the
passive promotes the object to subject, so the act falls on the actor's own population (the
guideline codes domestic arrests X -> X) like an arrest with an uncoded object."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from tests.pipeline.events.test_coder import coded, make_doc

# "… wurden von der Polizei festgenommen ." with the subject attached elsewhere (a parser slip)
PASSIVE_NO_SUBJECT = (
    "Sie/sie/PRON/9/nsubj:pass waren/sein/AUX/9/aux am/an/ADP/4/case Abend/Abend/NOUN/9/obl "
    "von/von/ADP/7/case der/der/DET/7/det Polizei/Polizei/NOUN/9/obl "
    "worden/werden/AUX/9/aux:pass festgenommen/festnehmen/VERB/0/root/VerbForm=Part "
    "././PUNCT/9/punct"
)
ACTIVE_NO_OBJECT = (
    "Die/der/DET/2/det Polizei/Polizei/NOUN/3/nsubj griff/greifen/VERB/0/root "
    "am/an/ADP/5/case Abend/Abend/NOUN/3/obl zu/zu/ADP/3/compound:prt ././PUNCT/3/punct"
)


@pytest.mark.parametrize(
    ("name", "spec", "dep_of_subject", "expected"),
    [
        ("a passive arrest whose subject is attached elsewhere", PASSIVE_NO_SUBJECT, "dep",
         {("COERCE", ("DEU",), ("DEU",), "asserted")}),
        ("a passive arrest with its subject", PASSIVE_NO_SUBJECT, "nsubj:pass",
         {("COERCE", ("DEU",), ("DEU",), "asserted")}),
    ],
)  # fmt: skip
def test_a_passive_arrest_falls_on_the_own_population(
    vocab: Vocab, name: str, spec: str, dep_of_subject: str, expected: set[tuple]
) -> None:
    doc = make_doc(vocab, spec.replace("nsubj:pass", dep_of_subject), {"Polizei": ["DEU/COP"]})
    assert coded(doc) == expected


def test_an_active_act_without_object_names_no_one_coerced(vocab: Vocab) -> None:
    doc = make_doc(vocab, ACTIVE_NO_OBJECT, {"Polizei": ["DEU/COP"]})
    assert not {e for e in coded(doc) if e[0] == "COERCE" and e[2]}
