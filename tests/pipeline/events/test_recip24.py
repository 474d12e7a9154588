"""Recipients (session 24, issue 13), through the full pipeline with the detector's gate held
open; probe sentences of my own wording."""

from __future__ import annotations

import pytest

from lagebild.pipeline.events import arguments as args
from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Kairo verhaftete die Polizei mehr als 50 Demonstranten.",
            ("COERCE", ("EGY",), ("EGY",), "asserted"),
        ),
        (
            "In Kairo nahm die Polizei weniger als 50 Demonstranten fest.",
            ("COERCE", ("EGY",), ("EGY",), "asserted"),
        ),
        (
            "In Kairo nahm die Polizei mehr als 20 Menschen fest.",
            ("COERCE", ("EGY",), ("EGY",), "asserted"),
        ),
        (
            "In Berlin nahm die Polizei mehr als 20 Personen fest.",
            ("COERCE", ("DEU",), ("DEU",), "asserted"),
        ),
        (
            # the parser hangs the counted noun on "mehr" as a conjunct
            "In Johannesburg nahm die Polizei nach eigenen Angaben mehr als 200 Menschen fest.",
            ("COERCE", ("ZAF",), ("ZAF",), "asserted"),
        ),
        (
            "In Teheran nahmen die Behörden mehr als 100 Oppositionelle fest.",
            ("COERCE", ("IRN",), ("IRN",), "asserted"),
        ),
        (
            # the counted deportees' nationality is the recipient
            "Die Türkei schob mehr als 500 Syrer ab.",
            ("COERCE", ("TUR",), ("SYR",), "asserted"),
        ),
        (
            # unchanged: the passive subject was found before
            "In Minsk wurden mehr als 300 Demonstranten festgenommen.",
            ("COERCE", ("BLR",), ("BLR",), "asserted"),
        ),
        (
            # unchanged: a bare number was always an object
            "In Kairo nahm die Polizei 20 Menschen fest.",
            ("COERCE", ("EGY",), ("EGY",), "asserted"),
        ),
        (
            "Die Armee tötete in Mali mehr als 30 Rebellen.",
            ("ASSAULT", ("MLI",), ("MLI",), "asserted"),
        ),
    ],
)
def test_a_noun_counted_by_mehr_als_is_the_object_and_gets_its_recipient(
    nlp, text, expected
) -> None:
    # "mehr als 200 Menschen" is a noun phrase with a quantifier, not an "als" phrase: the
    # arrested are there, and people the linker cannot name are the state's own
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Die Polizei nahm mehr als 200 Menschen fest.", "nahm", "Menschen"),
        (
            "In Kairo verhaftete die Polizei mehr als 50 Demonstranten.",
            "verhaftete",
            "Demonstranten",
        ),
        (
            "In Teheran nahmen die Behörden mehr als 100 Oppositionelle fest.",
            "nahmen",
            "Oppositionelle",
        ),
        ("Die Regierung wies weniger als 30 Diplomaten aus.", "wies", "Diplomaten"),
    ],
)
def test_mehr_als_with_a_number_is_no_preposition(nlp, text, verb, noun) -> None:
    doc = nlp(text)
    (head,) = [t for t in doc if t.text == verb]
    (counted,) = [t for t in doc if t.text == noun]
    assert args.preposition(counted) is None
    assert counted in args.objects(head)


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        # time counted is an adverbial, not what is done
        ("In Kairo verhandelte die Polizei mehr als drei Stunden mit den Demonstranten.",
         "verhandelte", "Stunden"),
        # a comparison without a number names a second party compared, no object
        ("Die Regierung lobte die Polizei mehr als die Armee.", "lobte", "Armee"),
    ],
)  # fmt: skip
def test_time_and_comparisons_after_als_stay_no_object(nlp, text, verb, noun) -> None:
    doc = nlp(text)
    (head,) = [t for t in doc if t.text == verb]
    (compared,) = [t for t in doc if t.text == noun]
    assert compared not in args.objects(head)


@pytest.mark.parametrize(
    "text",
    [
        # counting people is no arrest; gathering is no repression
        "In Kairo zählte die Polizei mehr als 200 Menschen.",
        "China liefert mehr als Russland an Waffen.",
    ],
)
def test_counted_people_without_an_act_give_no_coercion(nlp, text) -> None:
    assert not any(event[0] == "COERCE" for event in coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die ägyptische Staatsanwaltschaft ordnete die Festnahme von 20 Aktivisten an.",
            ("COERCE", ("EGY",), ("EGY",), "asserted"),
        ),
        (
            "Ein Gericht in Minsk ordnete die Verhaftung von Oppositionellen an.",
            ("COERCE", ("BLR",), ("BLR",), "asserted"),
        ),
        (
            "Die Regierung in Ankara ordnete die Festnahme von mehr als 100 Soldaten an.",
            ("COERCE", ("TUR",), ("TUR",), "asserted"),
        ),
        (
            "Ein Gericht in Moskau ordnete die Festnahme von Alexej Nawalny an.",
            ("COERCE", ("RUS",), ("RUS",), "asserted"),
        ),
        (
            "Die Behörden in Teheran ordneten die Inhaftierung von Journalisten an.",
            ("COERCE", ("IRN",), ("IRN",), "asserted"),
        ),
        (
            # "von" names whom the arrest is of, and a coded one is the recipient
            "Die iranischen Behörden ordneten die Festnahme von US-Bürgern an.",
            ("COERCE", ("IRN",), ("USA",), "asserted"),
        ),
        (
            # so after a noun of deportation
            "Die Regierung in Ankara kündigte die Abschiebung von Syrern an.",
            ("THREATEN", ("TUR",), ("SYR",), "asserted"),
        ),
        (
            "Die Polizei in Kairo meldete die Festnahme von 30 Demonstranten.",
            ("COERCE", ("EGY",), ("EGY",), "asserted"),
        ),
        (
            # unchanged: the genitive was read before
            "Die Regierung in Minsk ordnete die Festnahme der Demonstranten an.",
            ("COERCE", ("BLR",), ("BLR",), "asserted"),
        ),
    ],
)
def test_an_arrest_noun_takes_whom_its_von_phrase_names(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no one named: the default at home was tried and dropped (verify fell), so the
        # arrest keeps no recipient
        "Ein Richter in Brasília hatte am Donnerstag die Festnahme angeordnet.",
        "Die Regierung in Tripolis ordnete zudem die Festnahme aller an, die an den Angriffen "
        "beteiligt gewesen seien.",
    ],
)
def test_an_arrest_noun_naming_no_one_has_no_recipient(nlp, text) -> None:
    assert not any(event[0] == "COERCE" and event[2] for event in coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a critic of an arrest abroad does not arrest anyone
        ("Amnesty International kritisierte die Festnahme von Journalisten in Ägypten.", "COERCE"),
        # arrests counted or spoken of in general are no act
        ("Die Zahl der Festnahmen ist in diesem Jahr gestiegen.", "COERCE"),
        ("Die Festnahme von Dieben ist Aufgabe der Polizei.", "COERCE"),
    ],
)
def test_arrests_spoken_of_are_no_coercion(nlp, text, unwanted) -> None:
    assert not any(event[0] == unwanted for event in coded(nlp, text))
