"""Session 22 (cover22): the rarer PLOVER types by mode (issue 13), the common German news
wording of each mode that the codebook did not cover.

Probe sentences written for these tests, not taken from the articles."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded


def _has(found, etype: str, actor: str) -> bool:
    return any(t == etype and actor in a and m == "asserted" for t, a, _, m in found)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        # RETREAT release: the idiom "auf freien Fuß setzen"
        (
            "Belarus hat am Donnerstag 18 politische Gefangene auf freien Fuß gesetzt.",
            "RETREAT",
            "BLR",
        ),
        (
            "Die Journalistin wurde in Teheran nach drei Monaten auf freien Fuß gesetzt.",
            "RETREAT",
            "IRN",
        ),
        # RETREAT release: captors handing hostages over
        ("Die Hamas übergab am Sonntag drei Geiseln an das Rote Kreuz.", "RETREAT", "HAMAS"),
        # RETREAT ceasefire: ending the fighting
        ("Aserbaidschan und Armenien stellten am Morgen das Feuer ein.", "RETREAT", "AZE"),
        (
            "Die sudanesische Armee hat die Kampfhandlungen in der Hauptstadt eingestellt.",
            "RETREAT",
            "SDN",
        ),
        ("Israel stellte die Angriffe auf den Gazastreifen vorerst ein.", "RETREAT", "ISR"),
        # RETREAT access: opening a border crossing (as "die Grenze öffnen")
        (
            "Ägypten öffnete am Samstag den Grenzübergang Rafah für Hilfslieferungen.",
            "RETREAT",
            "EGY",
        ),
        # CONCEDE: a concession made is no offer (AGREE)
        ("China machte den USA im Handelsstreit weitreichende Zugeständnisse.", "CONCEDE", "CHN"),
        (
            "Die Regierung in Warschau hat der EU-Kommission Zugeständnisse gemacht.",
            "CONCEDE",
            "POL",
        ),
        # CONSULT: "konsultieren" takes whom one consults as its object
        ("Frankreich konsultierte am Dienstag seine Partner in der EU.", "CONSULT", "FRA"),
        # MOBILIZE weapons: weapons brought into position
        ("Serbien brachte Panzer an der Grenze zum Kosovo in Stellung.", "MOBILIZE", "SRB"),
        (
            "Russland hat Raketen nahe der finnischen Grenze in Stellung gebracht.",
            "MOBILIZE",
            "RUS",
        ),
        # SANCTION discontinue: the strong past of "einfrieren" ("fror … ein")
        ("Die USA froren die Militärhilfe für Ägypten ein.", "SANCTION", "USA"),
        (
            "Die Europäische Union fror die Guthaben der russischen Zentralbank ein.",
            "SANCTION",
            "EU",
        ),
    ],
)
def test_common_wording_of_a_rarer_mode_is_coded(nlp, text: str, etype: str, actor: str) -> None:
    found = coded(nlp, text)
    assert _has(found, etype, actor), found


@pytest.mark.parametrize(
    "text",
    [
        # a campaign suspended is no ceasefire
        "Die Partei stellte ihren Wahlkampf nach dem Anschlag ein.",
        # nor is an investigation dropped
        "Die Staatsanwaltschaft stellte die Ermittlungen gegen den Minister ein.",
        # a party positioning itself moves no weapons
        "Die CDU brachte sich früh für die Wahl in Stellung.",
    ],
)
def test_ending_or_positioning_without_forces_is_no_event(nlp, text: str) -> None:
    found = coded(nlp, text)
    assert not [e for e in found if e[0] in ("RETREAT", "MOBILIZE")], found


def test_fire_not_ceased_is_no_retreat(nlp) -> None:
    found = coded(nlp, "Der Außenminister kündigte an, sein Land werde das Feuer nicht einstellen.")
    assert not [e for e in found if e[0] in ("RETREAT", "ASSAULT") and e[3] == "asserted"], found
