"""Which argument is the recipient (session 25, issue 13), through the full pipeline with the
detector's gate held open; probe sentences of my own wording."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


# --- a source cited by "nach Angaben von", "laut" is who tells of the act, no argument of it


@pytest.mark.parametrize(
    "text",
    [
        "Deutschland stellt nach Angaben von Außenminister Heiko Maas 20 Millionen Euro bereit.",
        "Kanada stellt nach Informationen von Premierminister Trudeau 50 Millionen Dollar bereit.",
        "Die EU stellt laut Kommissionschefin von der Leyen eine Milliarde Euro bereit.",
        "Frankreich lieferte nach Angaben des Élysée-Palasts Hilfsgüter.",
        "Japan schickte nach Angaben der Regierung in Tokio Hilfsgüter.",
    ],
)
def test_a_cited_source_is_no_recipient(nlp, text) -> None:
    # the source is the actor's own side: taken as the destination it made the actor aid
    # itself; with no one named to receive the aid there is no event
    assert not any(event[0] == "AID" for event in coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deutschland stellt der Ukraine nach Angaben von Außenminister Heiko Maas 20 "
            "Millionen Euro bereit.",
            ("AID", ("DEU",), ("UKR",), "asserted"),
        ),
        (
            "Die USA lieferten nach Angaben des Pentagons Waffen nach Kiew.",
            ("AID", ("USA",), ("UKR",), "asserted"),
        ),
        (
            "Die Türkei lieferte nach Angaben von Präsident Erdogan Drohnen an die Ukraine.",
            ("COOPERATE", ("TUR",), ("UKR",), "asserted"),
        ),
        (
            "Die Türkei lieferte nach eigenen Angaben Drohnen an die Ukraine.",
            ("COOPERATE", ("TUR",), ("UKR",), "asserted"),
        ),
        (
            # a destination after "nach" is still one
            "Bundeskanzler Scholz reiste nach Peking.",
            ("CONSULT", ("DEU",), ("CHN",), "asserted"),
        ),
    ],
)
def test_the_named_recipient_stays_beside_a_cited_source(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


# --- an envoy recalled is the actor's own: the target is the host state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Vereinigten Staaten riefen ihre Botschafterin in Damaskus zu Konsultationen "
            "zurück.",
            ("SANCTION", ("USA",), ("SYR",), "asserted"),
        ),
        (
            # the parser hangs "in Rom" on the verb
            "Frankreich rief seinen Botschafter in Rom zurück.",
            ("SANCTION", ("FRA",), ("ITA",), "asserted"),
        ),
        (
            "Frankreich rief seinen Botschafter in Rom zu Konsultationen zurück.",
            ("SANCTION", ("FRA",), ("ITA",), "asserted"),
        ),
        (
            "Israel berief seinen Botschafter in Ankara ab.",
            ("SANCTION", ("ISR",), ("TUR",), "asserted"),
        ),
        # unchanged: the aus-phrase names the host
        (
            "Argentinien zog seinen Botschafter aus Asunción ab.",
            ("SANCTION", ("ARG",), ("PRY",), "asserted"),
        ),
        (
            "Algerien rief seinen Botschafter aus Paris zurück.",
            ("SANCTION", ("DZA",), ("FRA",), "asserted"),
        ),
        (
            "Russland zog seine Diplomaten aus Litauen ab.",
            ("SANCTION", ("RUS",), ("LTU",), "asserted"),
        ),
        # troops withdrawn keep their frame
        (
            "Die USA zogen ihre Truppen aus Syrien ab.",
            ("RETREAT", ("USA",), ("SYR",), "asserted"),
        ),
    ],
)
def test_a_recalled_envoy_names_the_host_as_recipient(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brasilien rief seinen Botschafter zu Konsultationen zurück.",
        "Die Niederlande riefen ihren Botschafter zurück.",
    ],
)
def test_a_recall_naming_no_host_does_not_sanction_the_actor_itself(nlp, text) -> None:
    assert not any(
        event[0] == "SANCTION" and set(event[2]) & set(event[1]) for event in coded(nlp, text)
    )


# --- the dative of an accusation or demand is its addressee; the names in what is said are
# not (and a phrase right after the comma of a zu-infinitive is that clause's)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die USA werfen China vor, Russland mit Waffen zu unterstützen.",
            ("ACCUSE", ("USA",), ("CHN",), "asserted"),
        ),
        (
            "Die USA warfen Nordkorea vor, Russland Soldaten zu schicken.",
            ("ACCUSE", ("USA",), ("PRK",), "asserted"),
        ),
        (
            "Die Ukraine wirft Belarus vor, Russland zu unterstützen.",
            ("ACCUSE", ("UKR",), ("BLR",), "asserted"),
        ),
        (
            "Die Regierung in Kiew warf Ungarn vor, Russland zu helfen.",
            ("ACCUSE", ("UKR",), ("HUN",), "asserted"),
        ),
        (
            "Die USA warfen dem Iran vor, Russland Drohnen zu liefern.",
            ("ACCUSE", ("USA",), ("IRN",), "asserted"),
        ),
        (
            "Die EU warf Russland vor, die Ukraine anzugreifen.",
            ("ACCUSE", ("EU",), ("RUS",), "asserted"),
        ),
        (
            "Polen warf Deutschland vor, Russland zu helfen.",
            ("ACCUSE", ("POL",), ("DEU",), "asserted"),
        ),
        (
            "Die Ukraine warf Russland vor, Kiew mit Drohnen anzugreifen.",
            ("ACCUSE", ("UKR",), ("RUS",), "asserted"),
        ),
        (
            "Die EU forderte Serbien auf, Kosovo anzuerkennen.",
            ("REQUEST", ("EU",), ("SRB",), "asserted"),
        ),
        (
            "Die Türkei forderte Schweden auf, PKK-Anhänger auszuliefern.",
            ("REQUEST", ("TUR",), ("SWE",), "asserted"),
        ),
        (
            "Die USA forderten Israel auf, Gaza mehr Hilfe zu gewähren.",
            ("REQUEST", ("USA",), ("ISR",), "asserted"),
        ),
        # a reflexive dative is the subject itself and no addressee: the content still names
        (
            "Der Iran verbat sich die Einmischung Frankreichs.",
            ("REJECT", ("IRN",), ("FRA",), "asserted"),
        ),
        (
            "Die Regierung in Teheran verbat sich jede Einmischung der USA.",
            ("REJECT", ("IRN",), ("USA",), "asserted"),
        ),
    ],
)
def test_the_dative_not_the_content_is_the_addressee(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Präsident Selenskyj hatte einigen europäischen Staaten vorgeworfen, Moskau in die "
            "Hände zu spielen.",
            "RUS",
        ),
        ("Die USA werfen China vor, Russland mit Waffen zu unterstützen.", "RUS"),
        ("Die Ukraine wirft Belarus vor, Russland zu unterstützen.", "RUS"),
    ],
)
def test_a_state_named_in_what_is_alleged_is_not_the_accused(nlp, text, content) -> None:
    assert not any(event[0] == "ACCUSE" and content in event[2] for event in coded(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marokko wirft Spanien vor, den Chef der Polisario aufgenommen zu haben. Die "
            "Regierung Spaniens nannte den Schritt humanitär. Rabat rief die Botschafterin "
            "daraufhin zu Konsultationen zurück.",
            ("SANCTION", ("MAR",), ("ESP",), "asserted"),
        ),
        (
            "Der Senat Paraguays hat Präsident Lugo abgesetzt. Die Lage in Paraguay ist "
            "angespannt. Brasilien rief seinen Botschafter zu Konsultationen zurück.",
            ("SANCTION", ("BRA",), ("PRY",), "asserted"),
        ),
        (
            "Die Türkei kritisiert Schweden scharf. In Schweden war ein Koran verbrannt worden. "
            "Ankara rief seinen Botschafter zu Konsultationen zurück.",
            ("SANCTION", ("TUR",), ("SWE",), "asserted"),
        ),
    ],
)
def test_a_recall_naming_no_host_recalls_from_the_story_state(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


# --- an act noun compounded with an initialism names its author ("US-Embargo"); one
# compounded with a full place name names the place or the target ("Irakkrieg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexikos Präsident kritisierte das US-Embargo.",
            ("ACCUSE", ("MEX",), ("USA",), "asserted"),
        ),
        ("China lehnte das US-Embargo ab.", ("REJECT", ("CHN",), ("USA",), "asserted")),
        (
            "Die Regierung in Bagdad verurteilte den IS-Anschlag.",
            ("ACCUSE", ("IRQ",), ("IS",), "asserted"),
        ),
        # unchanged, right before
        ("Kuba verurteilte die US-Sanktionen.", ("ACCUSE", ("CUB",), ("USA",), "asserted")),
        (
            "Russland kritisierte die EU-Sanktionen scharf.",
            ("ACCUSE", ("RUS",), ("EU",), "asserted"),
        ),
        (
            "Venezuela verurteilte die US-Blockade.",
            ("ACCUSE", ("VEN",), ("USA",), "asserted"),
        ),
    ],
)
def test_an_initialism_compound_names_the_author_of_the_act(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Deutschland kritisierte den Irakkrieg.", "IRQ"),
        ("Frankreich verurteilte die Gaza-Offensive.", "PSE"),
        ("Die Türkei kritisierte die Syrien-Offensive.", "SYR"),
        ("Die USA verteidigten die Russland-Sanktionen.", "RUS"),
    ],
)
def test_a_place_compound_names_no_author(nlp, text, place) -> None:
    assert not any(place in event[2] for event in coded(nlp, text))
