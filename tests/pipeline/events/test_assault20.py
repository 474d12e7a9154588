"""Session 20 (branch assault20): recall of material violence, ASSAULT and COERCE.

- A clause opened by "als" after a comma (or at the sentence's start) is a temporal or
  comparative clause with its verb last; the model read "als" as the "als" of a role and hung
  the clause's subject on the verb as an oblique, so the attack had no actor.
- Whom a state attacks is another side: a role without a state that is the object of an
  attack does not take the attacking state's code (as the addressee of an accusation does not).
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Gespräche waren bereits gescheitert, als russische Flugzeuge Ziele in der "
         "ukrainischen Region Charkiw bombardierten.", ("ASSAULT", "RUS", "UKR")),
        ("Eine vereinbarte Feuerpause war bereits gebrochen, als pakistanische Flugzeuge "
         "Ziele in der afghanischen Provinz Kunar bombardierten.", ("ASSAULT", "PAK", "AFG")),
        ("Als iranische Drohnen den Stützpunkt im Irak angriffen, wurden drei Soldaten "
         "verletzt.", ("ASSAULT", "IRN", "IRQ")),
    ],
    ids=["first-of-two-objects", "oblique-after-comma", "oblique-at-sentence-start"],
)  # fmt: skip
def test_the_noun_phrase_after_clause_als_is_the_subject(nlp, text, expected):
    found = analysed(nlp, text, "2024-05-01")
    assert (expected[0], expected[1]) in {(t, a) for t, a, _ in found}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der Opfer ist höher, als die Regierung zunächst angegeben hatte.",
        "Er arbeitete lange als Vermittler zwischen Israel und der Hamas.",
    ],
    ids=["comparative", "role-als"],
)
def test_clause_als_repair_makes_no_act(nlp, text):
    assert not any(t == "ASSAULT" for t, _, _ in analysed(nlp, text, "2024-05-01"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Somalia hält die Gewalt an. Die USA töteten bei einem Drohnenangriff mehrere "
         "Extremisten.", ("ASSAULT", "USA", "SOM")),
        ("Im Libanon wird wieder gekämpft. Israel bombardierte in der Nacht Stellungen der "
         "Milizen.", ("ASSAULT", "ISR", "LBN")),
    ],
    ids=["extremists", "positions-of-militias"],
)  # fmt: skip
def test_the_attacked_are_not_of_the_attacking_state(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
def test_arrested_people_keep_the_arresting_state(nlp):
    text = "In der Türkei wird demonstriert. Die Türkei nahm zahlreiche Journalisten fest."
    assert ("COERCE", "TUR", "TUR") in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein chinesisches Küstenwachschiff hat am Montag ein vietnamesisches Fischerboot "
         "gerammt.", ("ASSAULT", "CHN", "VNM")),
        ("Ein russisches Kriegsschiff rammte am Morgen ein ukrainisches Patrouillenboot.",
         ("ASSAULT", "RUS", "UKR")),
    ],
    ids=["perfect", "preterite"],
)  # fmt: skip
def test_a_vessel_rammed_by_a_states_ship_is_an_assault(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Der Minister rammte beim Spatenstich einen Pfahl in den Boden.",
     "Ein deutscher Politiker hat mit seinem Auto einen Baum gerammt."],
    ids=["by-hand", "car-accident-of-a-person"],
)  # fmt: skip
def test_ramming_by_hand_or_by_a_person_is_no_assault(nlp, text):
    assert not any(t == "ASSAULT" for t, _, _ in analysed(nlp, text, "2024-05-01"))
