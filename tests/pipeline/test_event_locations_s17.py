"""Event locations (session 17): signing together is a meeting, *an* before a bare name is
no place, and a parliament's state after it stands in the genitive."""

from __future__ import annotations

import pytest

import lagebild
from lagebild.geo.gazetteer import GeoPlace
from lagebild.pipeline.places import PlaceMention, _part_of_state, find_places
from lagebild.readers.dateline import parse_dateline
from lagebild.record import Record, normalise_date
from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.model
def test_parties_signing_at_the_dateline_speak_there() -> None:
    # two foreign parties sign at the dateline city: they negotiated there, so their
    # agreement of the lead was made there
    text = (
        "Doha (AFP) - Die Regierung Kolumbiens und die ELN-Guerilla haben sich auf eine "
        "Waffenruhe geeinigt. Beide Seiten unterzeichneten am Montag in der katarischen "
        "Hauptstadt ein Abkommen."
    )
    assert ("AGREE", "QAT", "Doha") in located(text)


@pytest.mark.model
def test_one_who_signs_alone_meets_no_one() -> None:
    # a president signing a decree at home is no meeting a foreign speaker attends
    text = (
        "Seoul (AFP) - Südkorea hat ein Abkommen mit dem Norden ausgesetzt. Präsident Yoon "
        "unterzeichnete den Beschluss am Dienstag. Nordkorea drohte daraufhin mit "
        "Vergeltung."
    )
    threats = [e for e in located(text) if e[0] == "THREATEN"]
    assert threats
    assert all(country != "KOR" for _, country, _ in threats)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peking (dpa) - China hat die USA vor Waffenlieferungen an Taiwan gewarnt.",
            ("ACCUSE", "CHN", "Peking"),
        ),
        (
            "Moskau (dpa) - Russland hat die Lieferung von Kampfjets an Polen scharf kritisiert.",
            ("ACCUSE", "RUS", "Moskau"),
        ),
    ],
)
def test_an_before_a_bare_name_is_a_recipient(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a bare name after the parliament is a phrase of its own: the home parliament
        ("Ankara (dpa) - Erdogan hat in einer Rede vor dem Parlament Israel kritisiert.", "TUR"),
        # the genitive names the parliament's state
        ("Ankara (dpa) - Erdogan hat in einer Rede im Parlament Israels gesprochen.", "ISR"),
    ],
)
def test_parliament_state_after_it_is_a_genitive(text: str, country: str) -> None:
    nlp = lagebild.load()
    record = Record(text=text, date=normalise_date("2024-05-01"))
    record.dateline = parse_dateline(text)
    doc = nlp(lagebild.make_doc(nlp, record))
    mentions = find_places(doc, nlp.get_pipe("lagebild_places").gazetteer)
    parliament = next(m for m in mentions if m.text.startswith("Parlament"))
    assert parliament.resolved is not None
    assert parliament.resolved.country == country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is fired at a part of a state strikes there
        (
            "Tel Aviv (dpa) - Die israelische Armee hat Ziele im Süden des Libanons "
            "angegriffen. Die Hisbollah feuerte daraufhin Raketen auf Nordisrael ab.",
            ("ASSAULT", "ISR", "Israel"),
        ),
    ],
)
def test_projectiles_strike_a_part_of_a_state(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in located(text)


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("Nordisrael", "Israel", True),
        ("Ost-Ukraine", "Ukraine", True),
        ("Südlibanons", "Libanon", True),
        # states of their own
        ("Südafrika", "Südafrika", False),
        ("Osttimor", "Timor-Leste", False),
        ("Israel", "Israel", False),
    ],
)
def test_part_of_state_is_a_compass_point_before_the_state(
    text: str, name: str, part: bool
) -> None:
    mention = PlaceMention(text, 0, len(text), "text", [])
    mention.resolved = GeoPlace(name, "XXX", "country")
    assert _part_of_state(mention) is part


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place after what is protested against says where that is
        (
            "Bagdad/Stockholm (dpa) - Aus Protest gegen eine Koranverbrennung in Schweden "
            "haben Demonstranten in Bagdad die schwedische Botschaft gestürmt.",
            ("PROTEST", "IRQ", "Bagdad"),
        ),
    ],
)
def test_protest_is_not_where_its_cause_is(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in located(text)
