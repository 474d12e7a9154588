"""Event types told apart by the verb's arguments (session 15): an order of a material act
is that act, signing an agreement agrees, taking a city by arms is an assault, regretting
another's decision disapproves of it, reserving measures threatens, a prosecutor's plea for a
sentence accuses, and freeing hostages is no release by the captors."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def coded(nlp, text: str) -> Coded:
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
    return {
        (
            e.type,
            tuple(sorted(p.code or "" for p in e.actor)),
            tuple(sorted(p.code or "" for p in e.recipient)),
        )
        for e in analysis.events
    }


def types(nlp, text: str) -> set[str]:
    return {t for t, _, _ in coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Präsident Mohammed Shahabuddin ordnete die Freilassung der inhaftierten "
            "Oppositionsführerin Khaleda Zia an.",
            "RETREAT",
        ),
        ("Der Präsident ordnete den Abzug der Truppen aus Syrien an.", "RETREAT"),
        (
            "Die Regierung in Tripolis ordnete zudem die Festnahme aller an, die an den "
            "Angriffen beteiligt gewesen seien.",
            "COERCE",
        ),
        ("Präsident Ruto ordnete den Einsatz der Armee an.", "MOBILIZE"),
    ],
    ids=["Freilassung", "Abzug", "Festnahme", "Einsatz"],
)
def test_an_order_of_a_material_act_is_the_act_not_a_request(nlp, text, expected) -> None:
    found = types(nlp, text)
    assert expected in found
    assert "REQUEST" not in found


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Premierminister Anthony Albanese und Tuvalus Regierungschef Kausea Natano "
            "unterzeichneten einen Vertrag.",
            ("AUS", "TUV"),
        ),
        (
            "Selenskyj unterzeichnete mit US-Präsident Joe Biden ein bilaterales "
            "Sicherheitsabkommen.",
            (("UKR",), ("USA",)),
        ),
    ],
    ids=["Vertrag", "mit-Abkommen"],
)
def test_signing_an_agreement_is_agree(nlp, text, actors) -> None:
    # the partner of another state in a mit-phrase is the addressee (session 18)
    sides = actors if isinstance(actors[0], tuple) else (actors, ())
    assert ("AGREE", *sides) in coded(nlp, text)
    assert "SUPPORT" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aufständische unter Führung der islamistischen Miliz Haiat Tahrir al-Scham (HTS) "
            "nahmen am Sonntag die Hauptstadt Damaskus ein.",
            ("ASSAULT", ("HTS",), ("SYR",)),
        ),
        ("Russische Truppen haben die Stadt Bachmut erobert.", ("ASSAULT", ("RUS",), ("UKR",))),
    ],
    ids=["einnehmen", "erobern"],
)
def test_taking_a_place_by_arms_is_an_assault(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert "COERCE" not in {t for t, _, _ in found}


def test_regretting_another_states_decision_disapproves_of_it(nlp) -> None:
    found = coded(nlp, "Die Bundesregierung bedauerte die Entscheidung Russlands, aus dem "
                       "Abkommen auszutreten.")  # fmt: skip
    assert ("ACCUSE", ("DEU",), ("RUS",)) in found
    assert "CONCEDE" not in {t for t, _, _ in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sollte die Türkei ihre Bohrungen fortsetzen, behalte sich die EU weitere "
            "Maßnahmen vor.",
            ("THREATEN", ("EU",), ("TUR",)),
        ),
        (
            "Die EU behält sich weitere Maßnahmen gegen Russland vor.",
            ("THREATEN", ("EU",), ("RUS",)),
        ),
    ],
    ids=["conditional", "gegen"],
)
def test_reserving_further_measures_is_a_threat(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


def test_a_prosecutors_plea_for_a_sentence_accuses(nlp) -> None:
    text = (
        "Im Prozess gegen die frühere ukrainische Regierungschefin Julia Timoschenko hat die "
        "Anklage eine siebenjährige Haftstrafe gefordert."
    )
    found = types(nlp, text)
    assert "ACCUSE" in found
    assert "REQUEST" not in found


def test_reserved_measures_answer_whoever_struck_the_actor(nlp) -> None:
    text = (
        "Die iranische Justiz hat am Montag den Deutsch-Iraner Jamshid Sharmahd hingerichtet. "
        "Baerbock kündigte an, die Bundesregierung behalte sich weitere Maßnahmen vor."
    )
    threats = {(a, r) for t, a, r in coded(nlp, text) if t == "THREATEN"}
    assert threats == {(("DEU",), ("IRN",))}


def test_freeing_hostages_is_no_release_by_the_captors_nor_aid(nlp) -> None:
    text = (
        "In Ecuador haben Bewaffnete ein Fernsehstudio in Guayaquil gestürmt. Die Polizei "
        "befreite die Geiseln nach etwa einer Stunde."
    )
    assert not types(nlp, text) & {"RETREAT", "AID"}


@pytest.mark.parametrize(
    "text",
    [
        "Frankreich, die frühere Kolonialmacht, die rund 400 Soldaten in dem Land stationiert "
        "hat, verurteilte den Staatsstreich ebenfalls.",
        "Auch die Bundeswehr, die zuletzt gut 1100 Soldaten in Mali stationiert hatte, muss "
        "ihren Abzug nun beschleunigen.",
    ],
    ids=["advcl-label", "relcl-label"],
)
def test_troops_stationed_in_a_relative_clause_describe_the_antecedent(nlp, text) -> None:
    assert "MOBILIZE" not in types(nlp, text)


def test_troops_stationed_in_a_main_clause_are_mobilized(nlp) -> None:
    assert "MOBILIZE" in types(nlp, "Russland hat Atomwaffen in Belarus stationiert.")


@pytest.mark.parametrize(
    "text",
    [
        "Verteidigungsminister Sergej Schoigu ordnete am Donnerstag die Rückkehr der Einheiten "
        "in ihre ständigen Stützpunkte bis zum 1. Mai an.",
        "Per Dekret ordnete der russische Präsident Maßnahmen zur Unterstützung verwaister "
        "Kinder an.",
    ],
    ids=["Rückkehr", "Maßnahmen"],
)
def test_an_order_down_the_own_hierarchy_is_no_request(nlp, text) -> None:
    assert "REQUEST" not in types(nlp, text)


def test_people_driven_out_by_no_named_side_are_no_coercion_of_the_place(nlp) -> None:
    text = "Im Sudan tobt ein Krieg. Mehr als zehn Millionen Menschen wurden vertrieben."
    assert "COERCE" not in types(nlp, text)


def test_sollte_first_in_its_clause_is_a_condition_not_a_demand(nlp) -> None:
    text = (
        "Bundesjustizminister Marco Buschmann (FDP) sagte, Deutschland sei verpflichtet, Putin "
        "festzunehmen, sollte er deutsches Territorium betreten."
    )
    assert "REQUEST" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China warnte die Philippinen, es werde seine Souveränität verteidigen.",
            ("THREATEN", ("CHN",), ("PHL",)),
        ),
        (
            "Russland warnte die Nato, es werde Gegenmaßnahmen ergreifen.",
            ("THREATEN", ("RUS",), ("NATO",)),
        ),
        # what others will do is no threat of the warner
        (
            "Putin warnte den Westen, die Ukraine werde scheitern.",
            ("ACCUSE", ("RUS",), ("UKR",)),
        ),
    ],
    ids=["es-werde", "Gegenmaßnahmen", "others-act"],
)
def test_a_warning_of_the_warners_own_act_is_a_threat(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nach der verheerenden Flutkatastrophe im Osten Spaniens hat die Regierung weitere "
        "Soldaten in die Region Valencia geschickt.",
        "Nach dem Erdbeben schickte Japan Soldaten in die Türkei.",
    ],
    ids=["Flutkatastrophe", "Erdbeben"],
)
def test_forces_sent_to_a_disaster_are_no_mobilization(nlp, text) -> None:
    assert "MOBILIZE" not in types(nlp, text)


def test_forces_sent_elsewhere_are_mobilized(nlp) -> None:
    assert "MOBILIZE" in types(nlp, "Deutschland schickt weitere Soldaten nach Litauen.")
