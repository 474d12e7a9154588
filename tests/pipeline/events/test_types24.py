"""Event types told apart by sense (session 24, issue 13): what is sent decides whether
sending deploys forces or cooperates, what is "verschleppt" whether it is an abduction or a
delay (the rule that a protest noun under "aus" is only the motive of another act was
taken back at the merge: see docs/codebook.md), criticism "ausgelöst" is others', and
consequences "für" others are a warning where those for relations are a threat.
Probe sentences of our own; the negative ones must give no event of the listed type."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded, types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US-Außenminister John Kerry sagte, die Vereinigten Staaten würden ein Expertenteam "
            "aus Militär, Polizei und Geheimdiensten nach Nigeria entsenden.",
            ("AGREE", ("USA",), ("NGA",)),
        ),
        ("Frankreich entsandte am Montag Ermittler nach Mali.", ("COOPERATE", ("FRA",), ("MLI",))),
        (
            "Die Europäische Union will Beobachter nach Georgien entsenden.",
            ("AGREE", ("EU",), ("GEO",)),
        ),
        (
            "Deutschland schickte Experten des Bundeskriminalamts nach Kenia.",
            ("COOPERATE", ("DEU",), ("KEN",)),
        ),
        (
            "Die Bundesregierung kündigte die Entsendung eines Expertenteams nach Haiti an.",
            ("AGREE", ("DEU",), ("HTI",)),
        ),
    ],
    ids=["expertenteam-future", "ermittler", "beobachter-future", "experten", "entsendung-noun"],
)
def test_sending_experts_or_investigators_is_cooperation_not_deployment(
    nlp, text, expected
) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert "MOBILIZE" not in {t for t, _, _ in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland entsandte Truppen an die Grenze zur Ukraine.", "MOBILIZE"),
        ("Die USA kündigten die Entsendung von 3000 Soldaten nach Polen an.", "MOBILIZE"),
    ],
    ids=["truppen", "soldaten-noun"],
)
def test_sending_troops_is_still_deployment(nlp, text, expected) -> None:
    assert expected in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Zeitung schickte einen Reporter nach Kiew.",
        "Die Regierung schickte Polizisten in die Stadt.",
    ],
    ids=["reporter", "polizisten-no-recipient"],
)
def test_sending_others_is_no_cooperation(nlp, text) -> None:
    assert "COOPERATE" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die ungarische Regierung verschleppt seit Monaten die Ratifizierung des Abkommens.",
        "Eine Gruppe von US-Senatoren drohte Ungarn mit Konsequenzen, sollte Budapest die "
        "Ratifizierung weiter verschleppen.",
        "Die EU-Kommission wirft Polen vor, die Reform der Justiz zu verschleppen.",
    ],
    ids=["ratifizierung", "conditional", "reform-zu-infinitive"],
)
def test_delaying_a_process_is_no_abduction(nlp, text) -> None:
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebellen verschleppten im Norden Nigerias mehr als 200 Schülerinnen.",
            ("ASSAULT", ("NGA",), ("NGA",)),
        ),
        (
            "Russische Soldaten haben nach Angaben Kiews Tausende ukrainische Kinder nach "
            "Russland verschleppt.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
    ],
    ids=["schülerinnen", "kinder"],
)
def test_carrying_off_people_is_still_abduction(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tausende Menschen gingen in Khartum aus Protest gegen den Putsch auf die Straße.",
        "Bei einem Protest gegen die Regierung in Nairobi nahm die Polizei zwanzig Menschen fest.",
        "Tausende Demonstranten protestierten in Belgrad gegen die Regierung.",
    ],
    ids=["auf-die-strasse", "bei-einem-protest", "protestierten"],
)
def test_protests_told_otherwise_are_still_protests(nlp, text) -> None:
    assert "PROTEST" in types(nlp, text)


def test_criticism_set_off_is_not_the_subjects_own(nlp) -> None:
    text = (
        "US-Präsident Donald Trump hat Jerusalem als Hauptstadt Israels anerkannt und damit "
        "weltweit Kritik ausgelöst."
    )
    found = coded(nlp, text)
    assert ("SUPPORT", ("USA",), ("ISR",)) in found
    assert "ACCUSE" not in {t for t, _, _ in found}


def test_an_act_set_off_is_still_the_subjects_own(nlp) -> None:
    assert "ASSAULT" in types(
        nlp, "Russland hat mit dem Einmarsch einen Krieg in Europa ausgelöst."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jordanien und Saudi-Arabien warnten vor gefährlichen Folgen für die ganze Region.",
            "ACCUSE",
        ),
        ("Die Bundesregierung warnte vor Folgen für die Stabilität in Europa.", "ACCUSE"),
        (
            "Putin warnte die Türkei vor ernsten Folgen für die Beziehungen beider Länder.",
            "THREATEN",
        ),
        ("Die EU warnte Russland vor ernsten Folgen.", "THREATEN"),
        ("Die USA warnten Iran vor Konsequenzen.", "THREATEN"),
    ],
    ids=[
        "folgen-für-region",
        "folgen-für-stabilität",
        "folgen-für-beziehungen",
        "folgen",
        "konsequenzen",
    ],
)
def test_consequences_for_others_are_a_warning_for_relations_a_threat(nlp, text, expected) -> None:
    found = types(nlp, text)
    assert expected in found
    assert not found & ({"ACCUSE", "THREATEN"} - {expected})


@pytest.mark.parametrize(
    "text",
    [
        "Chinas Botschafter hatte mit einem Boykott australischer Waren durch chinesische "
        "Verbraucher gedroht.",
        "China drohte mit Strafzöllen und einem Boykott australischer Waren durch chinesische "
        "Verbraucher.",
    ],
    ids=["boykott-durch", "conjunct"],
)
def test_an_act_threatened_with_is_not_done_even_with_its_doers_named(nlp, text) -> None:
    found = types(nlp, text)
    assert "THREATEN" in found
    assert "PROTEST" not in found


def test_an_act_done_is_still_coded(nlp) -> None:
    assert "PROTEST" in types(nlp, "Chinesische Verbraucher boykottierten australische Waren.")
