"""Wire-copy constructions through the full pipeline (session 13): each sentence is typical of
agency leads, and each was coded wrong because of the parse or of a reading of the source."""

from __future__ import annotations

import pytest

import lagebild

pytestmark = pytest.mark.model


def events(nlp, text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
    return {
        (e.type, tuple(sorted(p.code for p in e.actor)), tuple(sorted(p.code for p in e.recipient)))
        for e in analysis.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject agrees with the finite auxiliary behind a fronted adverbial
        (
            "Am Montag haben israelische Soldaten ein Flüchtlingslager im Gazastreifen "
            "angegriffen.",
            {("ASSAULT", ("ISR",), ("PSE",))},
        ),
        # a finite verb the parser hung on the subject as an attribute, with the object
        (
            "Bei einer Razzia töteten israelische Soldaten drei Palästinenser.",
            {("ASSAULT", ("ISR",), ("PSE",))},
        ),
        # a name after a plural subject with an attribute is the object, not an apposition
        (
            "In der Nacht haben russische Truppen Kiew mit Drohnen angegriffen.",
            {("ASSAULT", ("RUS",), ("UKR",))},
        ),
        # a title labelled an oblique before "hat": the name after it is the target
        (
            "Indiens Premierminister Modi hat Pakistan mit Vergeltung gedroht.",
            {("THREATEN", ("IND",), ("PAK",))},
        ),
        # a bare name before the object is no genitive (that would be "Russlands")
        (
            "Chinas Staatschef Xi hat Russland Unterstützung zugesagt.",
            {("AGREE", ("CHN",), ("RUS",))},
        ),
        # coordinated speech acts: the named target beats the default one at home
        (
            "Kremlchef Wladimir Putin sprach am Mittwoch von einer «groß angelegten "
            "Provokation» und warf Kiew vor, wahllos auf Wohnhäuser zu schießen.",
            {("ACCUSE", ("RUS",), ("UKR",))},
        ),
        # a genitive name the parser took for an apposition of the blocked act's noun
        (
            "Die Türkei hat den Nato-Beitritt Schwedens blockiert.",
            {("REJECT", ("TUR",), ("SWE",))},
        ),
        # an act noun the model read as part of the name before it
        (
            "Die brasilianische Staatsanwaltschaft hat gegen Bolsonaro Anklage erhoben.",
            {("ACCUSE", ("BRA",), ("BRA",))},
        ),
        # "als" before a predicative, labelled the verb's particle
        (
            "Orban lobte Trump als «Mann des Friedens».",
            {("SUPPORT", ("HUN",), ("USA",))},
        ),
    ],
    ids=[
        "agreement",
        "restored-preterite",
        "name-after-plural",
        "title-oblique",
        "bare-name",
        "shared-target",
        "genitive-apposition",
        "act-noun-after-name",
        "als-predicative",
    ],
)
def test_the_parse_of_a_wire_lead_gives_actor_and_target(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in the indicative the reporter states the act and names the source
        (
            "Nach Angaben der Vereinten Nationen griffen israelische Soldaten ein "
            "Flüchtlingslager im Gazastreifen an.",
            "ASSAULT",
        ),
        # in the Konjunktiv the act is the source's claim: an allegation
        (
            "Nach Angaben der Vereinten Nationen hätten israelische Soldaten ein "
            "Flüchtlingslager im Gazastreifen angegriffen.",
            "ACCUSE",
        ),
        (
            "Israelische Soldaten hätten ein Flüchtlingslager im Gazastreifen angegriffen, "
            "sagte ein Sprecher der Vereinten Nationen.",
            "ACCUSE",
        ),
    ],
    ids=["sourced-indicative", "sourced-konjunktiv", "reported-speech"],
)
def test_an_act_with_a_source_is_an_allegation_only_when_reported_as_a_claim(nlp, text, expected):
    assert {e[0] for e in events(nlp, text)} == {expected}
