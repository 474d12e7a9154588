"""Session 21 (wnews21): recall of SUPPORT.

- A derived adjective or adverb ("ausdrücklich", "bedingungslos") is never a separable
  particle, whatever the parser labels it: "begrüßte die Entscheidung ausdrücklich" is
  "begrüßen" (``german.verbs.particle``).
- Welcoming an act told without a doer the rules code is support for the story's state when
  the welcomer is foreign to it (``derived.welcomed_act_authors``)."""

from __future__ import annotations

import pytest

from lagebild.german.verbs import particle, verb_key
from tests.german.test_grammar import parse, token
from tests.pipeline.events.test_coder import analysed

# "Die USA begrüßten die Entscheidung ausdrücklich ." with the adverb labelled the particle
WELCOMED_EXPRESSLY = """
Die DET ART 2 det Case=Nom
USA PROPN NE 3 nsubj Case=Nom
begrüßten VERB VVFIN 0 root Mood=Ind|VerbForm=Fin begrüßen
die DET ART 5 det Case=Acc
Entscheidung NOUN NN 3 obj Case=Acc
ausdrücklich ADJ ADJD 3 compound:prt _
. PUNCT $. 3 punct
"""
# "Die Regierung unterstützte den Plan bedingungslos ."
SUPPORTED_UNCONDITIONALLY = """
Die DET ART 2 det Case=Nom
Regierung NOUN NN 3 nsubj Case=Nom
unterstützte VERB VVFIN 0 root Mood=Ind|VerbForm=Fin unterstützen
den DET ART 5 det Case=Acc
Plan NOUN NN 3 obj Case=Acc
bedingungslos ADJ ADJD 3 compound:prt _
. PUNCT $. 3 punct
"""
# "Die Polizei ließ die Männer los ." and "Die Armee ließ die Geiseln frei ."
LET_GO = """
Die DET ART 2 det Case=Nom
Polizei NOUN NN 3 nsubj Case=Nom
ließ VERB VVFIN 0 root Mood=Ind|VerbForm=Fin lassen
die DET ART 5 det Case=Acc
Männer NOUN NN 3 obj Case=Acc
los ADV PTKVZ 3 compound:prt _
. PUNCT $. 3 punct
"""
SET_FREE = LET_GO.replace("los ADV PTKVZ", "frei ADJ PTKVZ")


@pytest.mark.parametrize(
    ("table", "verb", "expected"),
    [
        (WELCOMED_EXPRESSLY, "begrüßten", "begrüßen"),
        (SUPPORTED_UNCONDITIONALLY, "unterstützte", "unterstützen"),
        (LET_GO, "ließ", "loslassen"),
        (SET_FREE, "ließ", "freilassen"),
    ],
    ids=["ausdrücklich", "bedingungslos", "los-stays", "frei-stays"],
)
def test_a_derived_adjective_labelled_particle_is_no_particle(
    table: str, verb: str, expected: str
) -> None:
    word = token(parse(table), verb)
    assert verb_key(word) == expected
    assert particle(word) == expected.removesuffix(word.lemma_)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiew (dpa) - Russland zog am Montag seine Truppen ab. Die USA begrüßten die "
         "Entscheidung ausdrücklich.", ("SUPPORT", "USA", "RUS")),
        ("Damaskus (dpa) - Nach dem Erdbeben sind zwei weitere Grenzübergänge offen. "
         "UN-Generalsekretär António Guterres begrüßte die Entscheidung ausdrücklich.",
         ("SUPPORT", "UN", "SYR")),
    ],
    ids=["welcomed-expressly", "welcomed-expressly-no-doer"],
)  # fmt: skip
def test_welcoming_expressly_is_welcoming(nlp, text, expected):
    assert expected in analysed(nlp, text, "2023-02-14")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abuja (dpa) - Die mehr als hundert entführten Schüler sind wieder bei ihren "
         "Familien. Das UN-Kinderhilfswerk Unicef begrüßte die Freilassung.",
         ("SUPPORT", "UNICEF", "NGA")),
        ("Damaskus (dpa) - Nach dem Erdbeben sind zwei weitere Grenzübergänge offen. "
         "UN-Generalsekretär António Guterres begrüßte die Entscheidung.",
         ("SUPPORT", "UN", "SYR")),
        ("Bamako (dpa) - Die Geiseln sind seit Sonntag wieder frei. Die französische "
         "Regierung begrüßte die Freilassung.", ("SUPPORT", "FRA", "MLI")),
    ],
    ids=["release-unicef", "decision-un", "release-france"],
)  # fmt: skip
def test_welcoming_an_act_told_without_a_doer_supports_the_storys_state(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-24")


@pytest.mark.model
def test_welcoming_at_home_an_act_told_without_a_doer_addresses_no_other_state(nlp):
    found = analysed(nlp, "Berlin (dpa) - Die Renten steigen im Juli. Die Gewerkschaften "
                          "begrüßten die Entscheidung.", "2024-03-24")  # fmt: skip
    assert not {e for e in found if e[0] == "SUPPORT" and e[2] not in ("", "DEU")}
