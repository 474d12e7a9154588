"""The place resolver's word lists (``lagebild/geo/data/place_words.yaml``): valid, every
section read by the resolver, a broken edit rejected with its place, and each section doing
its work (every behaviour case fails when its section is emptied)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.geo import place_words as module
from lagebild.geo.place_words import PlaceWords, load_place_words, place_words
from lagebild.pipeline import places
from tests.word_lists import assert_edit_rejected, bundled_data, emptying

PLACES = Path(places.__file__)
SECTIONS = [f.name for f in dataclasses.fields(PlaceWords)]
DATE = "2024-05-01"


def _data() -> dict:
    return bundled_data(module)


@pytest.fixture
def emptied(tmp_path: Path, monkeypatch) -> Iterator[Callable[[str], None]]:
    """Empty one section of the file the resolver reads (the cache read again)."""
    yield from emptying(module, place_words, tmp_path, monkeypatch)


def test_the_bundled_lists_are_valid() -> None:
    assert place_words() == load_place_words(module.DEFAULT_PATH)


def test_every_section_of_the_file_is_a_list_of_the_resolver() -> None:
    assert set(_data()) - {"version"} == set(SECTIONS)


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_read_by_the_resolver(section: str) -> None:
    uses = re.compile(rf"(place_words\(\)|\bwords)\.{section}\b")
    assert uses.search(PLACES.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["seas"].append("Ostsee"), "seas"),  # not lower case
        (lambda d: d["saying_verbs"].append("zu verstehen geben"), "saying_verbs"),  # a phrase
        (lambda d: d["stay_verbs"].append("leben"), "stay_verbs"),  # listed twice
        (lambda d: d.pop("area_nouns"), "area_nouns"),  # a section deleted
        (lambda d: d.update(sea=["ostsee"]), "sea"),  # a misspelt section
    ],
    ids=["upper-case", "phrase", "duplicate", "missing-section", "unknown-section"],
)
def test_a_broken_edit_is_rejected_with_its_place(tmp_path: Path, change, message: str) -> None:
    assert_edit_rejected(module, load_place_words, change, message, tmp_path)


def _located(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    """(event type, place name, country) of each event of the analysed text."""
    import lagebild

    found = lagebild.analyze(text, date=DATE, nlp=nlp)
    return {
        (
            e.type,
            e.location.name if e.location else None,
            e.location.country if e.location else None,
        )
        for e in found.events
    }


NOWHERE = (None, None)
# (section, probe text, (event type, place, country) with the section and not without it)
BEHAVIOUR = [
    (  # "in der Nähe von X", "nördlich von X" put the act at X
        "area_nouns",
        "In der Nähe von Kandahar griffen Taliban einen Stützpunkt der Armee an.",
        ("ASSAULT", "Kandahar", "AFG"),
    ),
    (
        "area_adverbs",
        "Südlich von Tripolis beschossen Milizen einen Flughafen.",
        ("ASSAULT", "Tripolis", "LBY"),
    ),
    (  # at sea: in no state, not at the dateline city
        "seas",
        "Stockholm (dpa) - Russische Kampfjets haben in der Ostsee ein schwedisches Schiff "
        "angegriffen.",
        ("ASSAULT", *NOWHERE),
    ),
    (
        "sea_endings",
        "Sanaa (AFP) - Die Huthi haben im Roten Meer einen Frachter aus Liberia beschossen.",
        ("ASSAULT", *NOWHERE),
    ),
    (  # "auf der Frankfurter Allee in Berlin" is in Berlin
        "named_after_cities",
        "Auf der Frankfurter Allee in Berlin demonstrierten Hunderte gegen die Regierung.",
        ("PROTEST", "Berlin", "DEU"),
    ),
    (  # "die Polizei Hamburg" acts in Hamburg
        "seated_authorities",
        "Die Polizei Hamburg nahm zwei Demonstranten fest.",
        ("COERCE", "Hamburg", "DEU"),
    ),
    (  # a Land's government sits in its seat
        "regional_governments",
        "Die niedersächsische Landesregierung kritisierte den Bund scharf.",
        ("ACCUSE", "Hannover", "DEU"),
    ),
    (  # "der in London lebende …" speaks where he lives
        "stay_verbs",
        "Der in London lebende Oppositionelle warf der Regierung in Moskau Mord vor.",
        ("ACCUSE", "London", "GBR"),
    ),
    (
        "reflexive_stay_verbs",
        "Minsk (dpa) - Die Oppositionelle, die sich derzeit in Vilnius befindet, forderte "
        "die EU zu Sanktionen auf.",
        ("REQUEST", "Vilnius", "LTU"),
    ),
    (  # two sides signing together at the dateline city agreed there
        "signing_verbs",
        "Kairo (dpa) - Die Hamas und die Fatah haben sich auf eine Versöhnung geeinigt. Beide "
        "Seiten unterzeichneten am Mittwoch in der ägyptischen Hauptstadt ein Abkommen.",
        ("AGREE", "Kairo", "EGY"),
    ),
    (  # rockets "auf Nordisrael" strike in Israel
        "attack_nouns",
        "Beirut (dpa) - Israel hat Ziele im Süden des Libanons angegriffen. Die Hisbollah "
        "feuerte daraufhin Raketen auf Nordisrael ab.",
        ("ASSAULT", "Israel", "ISR"),
    ),
    (  # "bei seinem Israelbesuch": the visit's place is the compound's first part
        "visits",
        "Bei seinem Israelbesuch kritisierte Bundeskanzler Scholz den Iran scharf.",
        ("ACCUSE", "Israel", "ISR"),
    ),
    (
        "visits",
        "Während seines Japanbesuches warf der Präsident China Provokationen vor.",
        ("ACCUSE", "Japan", "JPN"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("section", "text", "event"),
    BEHAVIOUR,
    ids=[f"{s}-{n}" for n, (s, _, _) in enumerate(BEHAVIOUR)],
)
def test_each_section_does_its_work(nlp, emptied, section: str, text: str, event) -> None:
    assert event in _located(nlp, text)
    emptied(section)
    assert event not in _located(nlp, text)


def _word(doc: Doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Die Außenminister trafen sich am Montag in Astana.", "trafen"),
        ("Die Verteidigungsminister berieten am Dienstag in Vilnius.", "berieten"),
    ],
)
def test_a_verb_of_meeting_is_a_meeting_word(nlp, emptied, text: str, verb: str) -> None:
    assert places._is_meeting_word(_word(nlp(text), verb))
    emptied("meeting_verbs")
    assert not places._is_meeting_word(_word(nlp(text), verb))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Man werde reagieren, erklärte der Minister in Minsk.", "erklärte"),
        ("Das teilte die Regierung am Montag in Prag mit.", "teilte"),
    ],
)
def test_a_verb_of_saying_is_one(nlp, emptied, text: str, verb: str) -> None:
    """With its separable particle: "teilte … mit" is "mitteilen"."""
    assert places._saying(_word(nlp(text), verb))
    emptied("saying_verbs")
    assert not places._saying(_word(nlp(text), verb))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Auf dem Gipfeltreffen forderte der Kanzler Hilfe.", "Gipfeltreffen"),
        ("Nach den Verhandlungen sagte der Minister, man sei einig.", "Verhandlungen"),
    ],
)
def test_a_noun_of_meeting_is_a_meeting(nlp, emptied, text: str, noun: str) -> None:
    assert places._is_meeting_noun(_word(nlp(text), noun))
    emptied("meetings")
    assert not places._is_meeting_noun(_word(nlp(text), noun))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "verb"),
    [
        (
            "Bei einer Rede in Warschau kritisierte der Kanzler Russland scharf.",
            "Warschau",
            "kritisierte",
        ),
        ("In einer Ansprache in Kiew warf der Präsident Russland Lügen vor.", "Kiew", "warf"),
        ("Bei einer Kundgebung in Budapest griff Orban die EU an.", "Budapest", "griff"),
    ],
)
def test_the_place_of_a_speech_is_where_it_was_said(
    nlp, emptied, text: str, place: str, verb: str
) -> None:
    """ "bei einer Rede in Warschau": the occasion's place is the statement's."""
    doc = nlp(text)
    assert places._on_occasion(_word(doc, place), _word(doc, verb).idx)
    emptied("speech_occasions")
    assert not places._on_occasion(_word(doc, place), _word(doc, verb).idx)


@pytest.mark.parametrize("noun", ["Kritik", "Interesse", "Zweifel"])
def test_the_an_of_an_argument_noun_is_no_place(emptied, noun: str) -> None:
    """ "Kritik an der Ukraine" is what the criticism is about."""
    doc = Doc(spacy.blank("de").vocab, words=["die", noun, "an", "der", "Ukraine"])
    assert places._argument_an(doc, doc[2])
    emptied("an_argument_nouns")
    assert not places._argument_an(doc, doc[2])


@pytest.mark.parametrize("noun", ["Seite", "Stelle", "Spitze"])
def test_the_an_of_an_idiom_is_no_place(emptied, noun: str) -> None:
    """ "an der Seite der Ukraine" stands by it; it is not in the Ukraine."""
    doc = Doc(spacy.blank("de").vocab, words=["stehe", "an", "der", noun, "der", "Ukraine"])
    assert places._figurative_an(doc, doc[1])
    emptied("an_figurative_nouns")
    assert not places._figurative_an(doc, doc[1])


def test_every_section_has_a_behaviour_case() -> None:
    covered = {s for s, _, _ in BEHAVIOUR} | {
        "meeting_verbs",
        "saying_verbs",
        "an_argument_nouns",
        "an_figurative_nouns",
        "meetings",
        "speech_occasions",
    }
    assert covered == set(SECTIONS)
