"""Session 22 (wnews22): the subject of an active perfect after a fronted adverbial.

"Nach zähen Gesprächen haben Ägypten und Israel ein Abkommen unterzeichnet": behind a fronted
adverbial the model, finding no subject before the finite "haben", labels the phrase right
after it the object (or hangs it on the auxiliary, or on a reflexive "sich"). A perfect with
"haben" is active and has a subject; the first phrase of the middle field, when its form may be
nominative, is that subject (``repair.repair_subjects_of_active_perfects``)."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events.repair import repair_subjects_of_active_perfects
from tests.german.test_grammar import parse, token
from tests.pipeline.events.test_wire_grammar_s14 import coded

# "Am Montag haben Chile und Peru ein Abkommen unterzeichnet ." with the subject an object
FRONTED_OBJECT = """
Am ADP APPRART 2 case Case=Dat
Montag NOUN NN 9 obl Case=Dat
haben AUX VAFIN 9 aux Mood=Ind|Number=Plur|VerbForm=Fin haben
Chile PROPN NE 9 obj Case=Dat
und CCONJ KON 6 cc _
Peru PROPN NE 4 conj Case=Nom
ein DET ART 8 det Case=Acc
Abkommen NOUN NN 9 obj Case=Acc
unterzeichnet VERB VVPP 0 root VerbForm=Part unterzeichnen
. PUNCT $. 9 punct
"""
# the same with "den Vertrag" after "haben": an accusative shows it is the object
FRONTED_ACCUSATIVE = """
Am ADP APPRART 2 case Case=Dat
Montag NOUN NN 7 obl Case=Dat
haben AUX VAFIN 7 aux Mood=Ind|Number=Plur|VerbForm=Fin haben
den DET ART 5 det Case=Acc
Vertrag NOUN NN 7 obj Case=Acc
auch ADV ADV 7 advmod _
unterzeichnet VERB VVPP 0 root VerbForm=Part unterzeichnen
. PUNCT $. 7 punct
"""
# "Chile hat den Vertrag unterzeichnet ." begins with its subject: nothing to repair
SUBJECT_FIRST = """
Chile PROPN NE 5 nsubj Case=Nom
hat AUX VAFIN 5 aux Mood=Ind|Number=Sing|VerbForm=Fin haben
den DET ART 4 det Case=Acc
Vertrag NOUN NN 5 obj Case=Acc
unterzeichnet VERB VVPP 0 root VerbForm=Part unterzeichnen
. PUNCT $. 5 punct
"""
# "Nach langen Gesprächen haben sich Chile und Peru geeinigt ." with the name hung on "sich"
ON_REFLEXIVE = """
Nach ADP APPR 3 case _
langen ADJ ADJA 3 amod _
Gesprächen NOUN NN 9 obl Case=Dat
haben AUX VAFIN 9 aux Mood=Ind|Number=Plur|VerbForm=Fin haben
sich PRON PRF 9 obj Case=Acc
Chile PROPN NE 5 nmod Case=Gen
und CCONJ KON 8 cc _
Peru PROPN NE 6 conj _
geeinigt VERB VVPP 0 root VerbForm=Part einigen
. PUNCT $. 9 punct
"""


@pytest.mark.parametrize(
    ("table", "word", "expected"),
    [
        (FRONTED_OBJECT, "Chile", ("nsubj", "unterzeichnet")),
        (FRONTED_ACCUSATIVE, "Vertrag", ("obj", "unterzeichnet")),
        (SUBJECT_FIRST, "Vertrag", ("obj", "unterzeichnet")),
        (ON_REFLEXIVE, "Chile", ("nsubj", "geeinigt")),
    ],
    ids=["bare-name-after-haben", "accusative-stays", "subject-first", "name-on-sich"],
)
def test_the_first_phrase_after_haben_is_the_missing_subject(
    table: str, word: str, expected: tuple[str, str]
) -> None:
    doc = parse(table)
    repair_subjects_of_active_perfects(doc)
    found = token(doc, word)
    assert (found.dep_, found.head.text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach zähen Gesprächen haben Ägypten und Israel ein Abkommen unterzeichnet.",
            ("AGREE", ("EGY", "ISR"), (), "asserted"),
        ),
        (
            "Nach fast zwei Jahren Verhandlungen haben sich der Iran und die fünf "
            "UN-Vetomächte sowie Deutschland auf ein Abkommen geeinigt.",
            ("AGREE", ("DEU", "IRN", "UN"), (), "asserted"),
        ),
    ],
    ids=["signed-after-talks", "agreed-on-sich"],
)
def test_an_act_after_a_fronted_adverbial_keeps_its_doer(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)
