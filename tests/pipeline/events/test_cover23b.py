"""Session 23 (cover23b): SUPPORT, AGREE, COOPERATE, CONSULT and CONCEDE by their PLOVER
descriptions and the CAMEO codes mapped to them (issue 13): the common German news wording of
each that the codebook did not cover.

Probe sentences written for these tests, not taken from the articles."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded


def _has(found, etype: str, actor: str) -> bool:
    return any(t == etype and actor in a and m == "asserted" for t, a, _, m in found)


@pytest.mark.parametrize(
    ("text", "etype", "actor"),
    [
        # SUPPORT solidarity: the adjective and the verb of "Solidarität bekunden"
        ("Kanada zeigte sich solidarisch mit der Ukraine.", "SUPPORT", "CAN"),
        ("Litauen erklärte sich solidarisch mit Polen.", "SUPPORT", "LTU"),
        ("Die Regierung Lettlands zeigt sich solidarisch mit Finnland.", "SUPPORT", "LVA"),
        (
            "Die Gewerkschaften Frankreichs solidarisierten sich mit den Streikenden in Belgien.",
            "SUPPORT",
            "FRA",
        ),
        # SUPPORT: closing ranks with someone
        ("Frankreich demonstrierte den Schulterschluss mit Dänemark.", "SUPPORT", "FRA"),
        # SUPPORT diplomatic: relations normalised or improved, an embassy (re)opened
        ("Die Türkei und Armenien normalisierten ihre Beziehungen.", "SUPPORT", "TUR"),
        ("Ägypten hat seine Beziehungen zur Türkei deutlich verbessert.", "SUPPORT", "EGY"),
        (
            "Die Vereinigten Arabischen Emirate eröffneten ihre Botschaft in Damaskus wieder.",
            "SUPPORT",
            "ARE",
        ),
        ("Kenia eröffnete am Montag eine Botschaft in Tiflis.", "SUPPORT", "KEN"),
        # SUPPORT praise: judged positively, with "bewerten" as with "bezeichnen"
        ("Die Türkei bewertete die Vorschläge Athens positiv.", "SUPPORT", "TUR"),
        ("Der Vorschlag Chinas wurde von Brasilien positiv bewertet.", "SUPPORT", "BRA"),
        # SUPPORT encourage / take sides
        ("Die Europäische Union bestärkte Georgien in seinem Kurs.", "SUPPORT", "EU"),
        ("Ungarn ergriff Partei für Serbien.", "SUPPORT", "HUN"),
        # AGREE: the other nouns of an agreement reached, a compromise found, peace made
        ("Polen und Großbritannien schlossen einen Verteidigungspakt.", "AGREE", "POL"),
        ("Polen schloss mit Großbritannien einen Beistandspakt.", "AGREE", "POL"),
        (
            "Die Mitgliedstaaten der Opec erzielten einen Konsens über die Fördermengen.",
            "AGREE",
            "OPEC",
        ),
        (
            "Polen und die EU-Kommission fanden einen Kompromiss im Streit um die Justizreform.",
            "AGREE",
            "POL",
        ),
        ("Die Türkei traf mit Russland eine Abmachung über Getreideexporte.", "AGREE", "TUR"),
        ("Äthiopien und Eritrea haben Frieden geschlossen.", "AGREE", "ETH"),
        (
            "Die Regierungen Chinas und Japans sind übereingekommen, die Gespräche fortzusetzen.",
            "AGREE",
            "CHN",
        ),
        # COOPERATE military: a joint exercise told with the verb
        (
            "Chinesische und russische Kriegsschiffe übten gemeinsam im Japanischen Meer.",
            "COOPERATE",
            "CHN",
        ),
        (
            "Soldaten Indiens und Frankreichs trainierten gemeinsam in Rajasthan.",
            "COOPERATE",
            "IND",
        ),
        # COOPERATE judicial and intelligence
        ("Die Schweiz hat Deutschland Rechtshilfe geleistet.", "COOPERATE", "CHE"),
        ("Österreich gewährte Italien Amtshilfe.", "COOPERATE", "AUT"),
        (
            "Der Geheimdienst Großbritanniens übermittelte den USA Daten über den Angriff.",
            "COOPERATE",
            "GBR",
        ),
        # CONSULT: a stay for a visit, a round of talks, sitting down together
        ("Der Präsident Frankreichs hielt sich zu einem Besuch in Kairo auf.", "CONSULT", "FRA"),
        (
            "Eine weitere Gesprächsrunde zwischen Serbien und dem Kosovo fand in Brüssel statt.",
            "CONSULT",
            "SRB",
        ),
        (
            "Vertreter Armeniens und Aserbaidschans setzten sich in Washington an einen Tisch.",
            "CONSULT",
            "ARM",
        ),
        (
            "Die Regierung Kolumbiens und die ELN kehrten an den Verhandlungstisch zurück.",
            "CONSULT",
            "COL",
        ),
        # AGREE offer: readiness declared with "bereit" taken for a particle by the parser
        # (not "bereiterklären": "bereit" is a particle of bereitstellen/-halten/-legen only)
        ("Der Iran erklärte sich zu Verhandlungen mit den USA bereit.", "AGREE", "IRN"),
        ("Nordkorea zeigte sich zu Gesprächen mit Südkorea bereit.", "AGREE", "PRK"),
        # AGREE: a party agreeing to end the fighting
        ("Die Hamas hat einer Waffenruhe zugestimmt.", "AGREE", "HAMAS"),
        ("Russland und Georgien stimmten einem Friedensplan der EU zu.", "AGREE", "RUS"),
        # CONCEDE: a withdrawal promised, an amnesty granted
        ("Russland sagte den Rückzug seiner Truppen aus Kasachstan zu.", "CONCEDE", "RUS"),
        ("Die Regierung Venezuelas gewährte den Oppositionellen eine Amnestie.", "CONCEDE", "VEN"),
        ("Der Präsident Kubas erließ eine Amnestie für politische Gefangene.", "CONCEDE", "CUB"),
        # CONCEDE: restrictions eased
        ("Die Regierung in Teheran hob die Internetsperre auf.", "CONCEDE", "IRN"),
        ("Die Behörden Chinas lockerten die Zensur.", "CONCEDE", "CHN"),
    ],
)
def test_common_wording_of_a_cooperative_type_is_coded(
    nlp, text: str, etype: str, actor: str
) -> None:
    found = coded(nlp, text)
    assert _has(found, etype, actor), found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a peace to be reached is a goal, not an agreement ("Frieden" only with "schließen")
        ("Die Ukraine will einen gerechten Frieden erreichen.", "AGREE"),
        # a shop opened is no embassy
        ("Die Handelskette eröffnete eine Filiale in Damaskus.", "SUPPORT"),
        # pupils practising together cooperate with no state
        ("Die Schüler übten gemeinsam für die Prüfung.", "COOPERATE"),
        # a parliament approving a treaty supports it; it agrees to no truce of its own
        ("Der Bundestag stimmte dem Freihandelsabkommen mit Kanada zu.", "AGREE"),
    ],
)
def test_near_wording_without_the_act_is_not_coded(nlp, text: str, etype: str) -> None:
    found = coded(nlp, text)
    assert not [e for e in found if e[0] == etype and e[3] == "asserted"], found


def test_bereit_stays_the_particle_of_bereitstellen(nlp) -> None:
    found = coded(nlp, "Die EU stellte Jordanien 200 Millionen Euro bereit.")
    assert _has(found, "AID", "EU"), found
