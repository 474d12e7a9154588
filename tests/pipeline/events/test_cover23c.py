"""Session 23 (cover23c): ACCUSE, REJECT, REQUEST and PROTEST by PLOVER mode (issue 13), the
common German news wording of each mode that the codebook did not cover.

Probe sentences written for these tests, not taken from the articles."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded


def _has(found, etype: str, actor: str, recipient: str = "") -> bool:
    return any(
        t == etype and actor in a and (not recipient or recipient in r) and m == "asserted"
        for t, a, r, m in found
    )


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # ACCUSE disapprove: to abuse or defame someone ("defame, denigrate")
        (
            "Erdogan beschimpfte den israelischen Regierungschef als Terroristen.",
            "ACCUSE",
            "TUR",
            "ISR",
        ),
        (
            "Der venezolanische Präsident hat die US-Regierung als Imperialisten beschimpft.",
            "ACCUSE",
            "VEN",
            "USA",
        ),
        (
            "Die russische Regierung diffamiert die Opposition als ausländische Agenten.",
            "ACCUSE",
            "RUS",
            "RUS",
        ),
        # ACCUSE disapprove: denouncing in public, confronting, criticising severely
        ("Die EU stellte Russland wegen der Desinformation an den Pranger.", "ACCUSE", "EU", "RUS"),
        (
            "Die USA gingen mit China wegen der Menschenrechtslage hart ins Gericht.",
            "ACCUSE",
            "USA",
            "CHN",
        ),
        # ACCUSE disapprove: a party called by a name that blames it
        (
            "Der ukrainische Präsident nannte den russischen Präsidenten einen Lügner.",
            "ACCUSE",
            "UKR",
            "RUS",
        ),
        ("Die Nato bezeichnete Russland als Aggressor.", "ACCUSE", "NATO", "RUS"),
        # ACCUSE allege: charging someone, bringing a case to court
        (
            "Die Ukraine legt Russland den Angriff auf das Kinderkrankenhaus zur Last.",
            "ACCUSE",
            "UKR",
            "RUS",
        ),
        (
            "Armenien rief den Internationalen Gerichtshof gegen Aserbaidschan an.",
            "ACCUSE",
            "ARM",
            "AZE",
        ),
        (
            "China hat die Welthandelsorganisation gegen die Zölle der USA angerufen.",
            "ACCUSE",
            "CHN",
            "USA",
        ),
        # ACCUSE allege: imputing a motive or deed
        ("Peking unterstellt den USA, einen neuen Kalten Krieg zu wollen.", "ACCUSE", "CHN", "USA"),
        ("Die Türkei hat Schweden Nähe zu Terroristen unterstellt.", "ACCUSE", "TUR", "SWE"),
        # ACCUSE investigate: examining the charges against someone
        ("Die EU-Kommission prüft die Vorwürfe gegen Ungarn.", "ACCUSE", "EU", "HUN"),
        # REJECT yield: refusing to bow to pressure
        ("Die Ukraine werde sich dem Druck Moskaus nicht beugen.", "REJECT", "UKR", "RUS"),
        ("Venezuela beugt sich nicht dem Druck der USA.", "REJECT", "VEN", "USA"),
        # REJECT meet: calling a meeting off
        ("Pjöngjang ließ das Treffen mit Seoul platzen.", "REJECT", "PRK", "KOR"),
        ("Der Iran hat die Gespräche mit den USA platzen lassen.", "REJECT", "IRN", "USA"),
        # REJECT change: dismissing a proposal
        ("Der Kreml wischte den Vorschlag der Ukraine vom Tisch.", "REJECT", "RUS", "UKR"),
        # REQUEST: the nouns of "auffordern" and "ersuchen"; urging; conditions set
        (
            "Die EU richtete an Serbien die Aufforderung, die Grenze zu öffnen.",
            "REQUEST",
            "EU",
            "SRB",
        ),
        (
            "Nach einem Hilfeersuchen der Türkei an die Nato schickte die EU Rettungsteams.",
            "REQUEST",
            "TUR",
            "NATO",
        ),
        (
            "Bundeskanzler Scholz legte China ans Herz, den Krieg nicht zu unterstützen.",
            "REQUEST",
            "DEU",
            "CHN",
        ),
        ("Die Türkei stellte Schweden Bedingungen für den Nato-Beitritt.", "REQUEST", "TUR", "SWE"),
        # PROTEST strike: leaving work; a strike called in the agentless passive
        (
            "Die Hafenarbeiter in Antwerpen legten am Montag die Arbeit nieder.",
            "PROTEST",
            "BEL",
            "",
        ),
        ("In Italien wurde ein Generalstreik ausgerufen.", "PROTEST", "ITA", ""),
        # PROTEST hunger: refusing food; the noun
        (
            "Die Aktivistin verweigert in Teheran seit einer Woche die Nahrungsaufnahme.",
            "PROTEST",
            "IRN",
            "",
        ),
        (
            "Der Hungerstreik des Oppositionellen in Minsk dauert seit zwei Wochen an.",
            "PROTEST",
            "BLR",
            "",
        ),
        # PROTEST demo: demonstration nouns whose head is no event noun; protesters marching
        (
            "Bei einem Protestzug in Tiflis wurden Dutzende Menschen festgenommen.",
            "PROTEST",
            "GEO",
            "",
        ),
        ("Hunderte Demonstranten zogen durch die Innenstadt von Caracas.", "PROTEST", "VEN", ""),
        # PROTEST riot: a crowd's violent acts; an unnamed crowd's riot told by a noun
        ("In Tunis warfen Demonstranten Steine auf Polizisten.", "PROTEST", "TUN", ""),
        (
            "In Teheran warfen Demonstranten Brandsätze auf die britische Botschaft.",
            "PROTEST",
            "IRN",
            "GBR",
        ),
        ("Bei Ausschreitungen in Dakar wurden mehrere Polizisten verletzt.", "PROTEST", "SEN", ""),
        (
            "Bei Unruhen in Kenia sind seit Dienstag mindestens 20 Menschen getötet worden.",
            "PROTEST",
            "KEN",
            "",
        ),
    ],
)
def test_common_wording_of_a_mode_is_coded(
    nlp, text: str, etype: str, actor: str, recipient: str
) -> None:
    found = coded(nlp, text)
    assert _has(found, etype, actor, recipient), found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # bowing to pressure is a concession, not a refusal
        ("Serbien beugte sich dem Druck der EU.", "REJECT"),
        # a meeting that fell through is told of no one
        ("Das Treffen zwischen Serbien und dem Kosovo platzte am Montag.", "REJECT"),
        # an office laid down is a resignation, no strike
        ("Die polnische Ministerin legte am Montag ihr Amt nieder.", "PROTEST"),
        # the nominalised "untersuchen" is no request ("Ersuchen")
        ("Beim Untersuchen der Tasche fand die Polizei in Wien Sprengstoff.", "REQUEST"),
        # walkers are no demonstrators
        ("Hunderte Touristen zogen durch die Innenstadt von Prag.", "PROTEST"),
        # the police throwing tear gas is no riot
        ("In Paris warf die Polizei Tränengas auf die Demonstranten.", "PROTEST"),
        # a force placed under an authority is accused of nothing
        (
            "Der Präsident Mexikos unterstellte die Nationalgarde dem Verteidigungsministerium.",
            "ACCUSE",
        ),
        # a phone call is no lawsuit
        ("Der Präsident Frankreichs rief den Bundeskanzler an.", "ACCUSE"),
    ],
)
def test_look_alike_wording_is_not_coded(nlp, text: str, etype: str) -> None:
    found = coded(nlp, text)
    assert not [e for e in found if e[0] == etype and e[3] == "asserted"], found
