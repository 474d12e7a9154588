"""Session 23 (cover23a): THREATEN, SANCTION, COERCE, ASSAULT by PLOVER mode (issue 13), the
common German news wording of each mode that the codebook did not cover.

Probe sentences written for these tests, not taken from the articles."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded


def _has(found, etype: str, actor: str, recipient: str | None = None) -> bool:
    return any(
        t == etype and actor in a and m == "asserted" and (recipient is None or recipient in r)
        for t, a, r, m in found
    )


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # THREATEN: a penalty or an armed act held out ("in Aussicht stellen") is a threat
        ("Die USA stellten Myanmar gezielte Sanktionen in Aussicht.", "THREATEN", "USA", "MMR"),
        ("Die EU stellte Ungarn Konsequenzen in Aussicht.", "THREATEN", "EU", "HUN"),
        (
            "Die Türkei stellte Schweden eine Blockade des Nato-Beitritts in Aussicht.",
            "THREATEN",
            "TUR",
            "SWE",
        ),
        ("Washington hat Peking neue Strafzölle in Aussicht gestellt.", "THREATEN", "USA", "CHN"),
        # … while help or membership held out stays a promise
        ("Die EU stellte der Ukraine weitere Hilfe in Aussicht.", "AGREE", "EU", "UKR"),
        ("Die Nato stellte Georgien einen Beitritt in Aussicht.", "AGREE", "NATO", "GEO"),
        # SANCTION withdraw: an envoy ordered home
        ("Mali beorderte seinen Botschafter aus Paris zurück.", "SANCTION", "MLI", "FRA"),
        (
            "Die Niederlande haben ihren Botschafter aus Teheran zurückbeordert.",
            "SANCTION",
            "NLD",
            "IRN",
        ),
        ("Deutschland holte seinen Botschafter aus Moskau zurück.", "SANCTION", "DEU", "RUS"),
        # SANCTION convict: a court that "verurteilt" sentences, with or without the penalty
        (
            "Ein Gericht in Peking verurteilte den kanadischen Geschäftsmann wegen Spionage.",
            "SANCTION",
            "CHN",
            "CAN",
        ),
        (
            "Der Internationale Gerichtshof verurteilte Serbien wegen Völkermordes.",
            "SANCTION",
            "ICJ",
            "SRB",
        ),
        # … anyone else condemns
        ("Die Bundesregierung verurteilte den Angriff Russlands auf Kiew.", "ACCUSE", "DEU", "RUS"),
        # SANCTION discontinue: put on a sanctions or terror list
        ("Die USA setzten drei iranische Banken auf die Sanktionsliste.", "SANCTION", "USA", "IRN"),
        (
            "Großbritannien nahm die russische Zentralbank in die Sanktionsliste auf.",
            "SANCTION",
            "GBR",
            "RUS",
        ),
        # COERCE withhold: a public utility shut off
        ("Israel stellte die Stromversorgung für den Gazastreifen ein.", "COERCE", "ISR", None),
        (
            "Die russische Armee unterbrach die Wasserversorgung der Stadt Mariupol.",
            "COERCE",
            "RUS",
            None,
        ),
        # ASSAULT: arson of a building, a suicide bombing, a bomb set off
        ("Angreifer zündeten eine Moschee in Kabul an.", "ASSAULT", "AFG", None),
        (
            "Israelische Siedler haben im Westjordanland Häuser von Palästinensern angezündet.",
            "ASSAULT",
            "ISR",
            "PSE",
        ),
        (
            "Ein Selbstmordattentäter sprengte sich in Mogadischu in die Luft.",
            "ASSAULT",
            "SOM",
            None,
        ),
        (
            "In Kabul hat sich ein Attentäter vor dem Außenministerium in die Luft gesprengt.",
            "ASSAULT",
            "AFG",
            None,
        ),
        (
            "Ein Angreifer zündete in Bagdad einen Sprengsatz vor einer Polizeiwache.",
            "ASSAULT",
            "IRQ",
            None,
        ),
    ],
)
def test_common_wording_of_a_mode_is_coded(
    nlp, text: str, etype: str, actor: str, recipient: str | None
) -> None:
    found = coded(nlp, text)
    assert _has(found, etype, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # a candidate put on a party's list is no sanction
        "Die Partei setzte den Bürgermeister auf die Liste für die Landtagswahl.",
        # a candle lit is no arson
        "Der Papst zündete in Bethlehem eine Kerze an.",
    ],
)
def test_a_list_or_a_candle_is_no_event(nlp, text: str) -> None:
    assert not coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # THREATEN: force or a penalty not ruled out
        (
            "Der US-Präsident schloss einen Militäreinsatz gegen Venezuela nicht aus.",
            "THREATEN",
            "USA",
            "VEN",
        ),
        ("Peking hat eine Invasion Taiwans nicht ausgeschlossen.", "THREATEN", "CHN", "TWN"),
        # … ruled out, it is a rejection
        ("Die Nato schloss einen Militäreinsatz in Libyen aus.", "REJECT", "NATO", None),
        # ASSAULT: a land covered with attacks; a massacre wrought
        ("Russland überzog die Ukraine mit Raketenangriffen.", "ASSAULT", "RUS", "UKR"),
        ("Die Miliz RSF richtete in Darfur ein Massaker an.", "ASSAULT", "RSF", None),
        ("Soldaten richteten in dem Dorf in Burkina Faso ein Blutbad an.", "ASSAULT", "BFA", None),
        # COERCE: a licence or citizenship withdrawn
        ("Die russische Medienaufsicht entzog dem Sender die Lizenz.", "COERCE", "RUS", None),
        ("Nicaragua entzog 94 Regierungskritikern die Staatsbürgerschaft.", "COERCE", "NIC", None),
        # SANCTION: cooperation stopped, funds struck
        (
            "Israel stoppte die Zusammenarbeit mit dem UN-Hilfswerk UNRWA.",
            "SANCTION",
            "ISR",
            "UN",
        ),
        (
            "Die EU-Kommission hat Ungarn Fördermittel in Milliardenhöhe gestrichen.",
            "SANCTION",
            "EU",
            "HUN",
        ),
    ],
)
def test_threats_not_ruled_out_and_acts_of_force_are_coded(
    nlp, text: str, etype: str, actor: str, recipient: str | None
) -> None:
    found = coded(nlp, text)
    assert _has(found, etype, actor, recipient), found


@pytest.mark.parametrize(
    "text",
    [
        # a cause not ruled out is no threat
        "Die Ermittler schließen einen Anschlag nicht aus.",
        # lawsuits are no attacks
        "Der Konzern überzog die Kritiker mit Klagen.",
        # a sports licence is no censorship
        "Der Verband entzog dem Verein die Lizenz für die Bundesliga.",
    ],
)
def test_causes_lawsuits_and_sports_licences_are_no_event(nlp, text: str) -> None:
    assert not coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        # THREATEN: a warning of one's own retaliation
        ("Der Iran warnte Israel vor einem Vergeltungsschlag.", "THREATEN", "IRN", "ISR"),
        ("Nordkorea warnte Südkorea vor einem Gegenschlag.", "THREATEN", "PRK", "KOR"),
        # COERCE restrict: barred from an election
        (
            "Die Wahlbehörde in Venezuela schloss die Oppositionskandidatin von der Wahl aus.",
            "COERCE",
            "VEN",
            None,
        ),
        (
            "Der iranische Wächterrat hat Reformer von der Präsidentschaftswahl ausgeschlossen.",
            "COERCE",
            "IRN",
            None,
        ),
        (
            "Die russische Wahlkommission disqualifizierte den Kandidaten Nadeschdin.",
            "COERCE",
            "RUS",
            None,
        ),
    ],
)
def test_retaliation_warned_of_and_candidates_barred_are_coded(
    nlp, text: str, etype: str, actor: str, recipient: str | None
) -> None:
    found = coded(nlp, text)
    assert _has(found, etype, actor, recipient), found
