"""Session 25 (issue 14): actors of unseen news — a name in apposition to a noun takes the
noun's gender for a later pronoun, and an act noun alone takes up the lead's act.
Full-pipeline sentences written for the tests (the parse and the knowledge base are the
point)."""

from __future__ import annotations

import pytest

from tests.pipeline.actors.test_actors16 import codes_of as actors16_codes_of


def codes_of(nlp, text: str, words: str, date: str = "2023-07-20") -> list[str]:
    """Codes of the mentions whose text is ``words`` (sorted; empty when there is none)."""
    return actors16_codes_of(nlp, text, words, date)


# A name in apposition to a noun ("die Staatengemeinschaft Ecowas", "die Schwester …,
# Kim Yo-jong,"): the noun is no rival antecedent of its own, and its gender is the one a
# later "sie" agrees with.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Ouagadougou (AFP) - Die westafrikanische Staatengemeinschaft Ecowas verurteilte "
            "die Machtübernahme als «unangemessen». Sie verlangte, dass die Militärs an dem "
            "vereinbarten Zeitplan festhalten.",
            "ECOWAS",
        ),
        (
            "Addis Abeba (AFP) - Die Regionalorganisation Igad hat die Kämpfe im Sudan "
            "verurteilt. Sie rief beide Seiten zu einer sofortigen Waffenruhe auf.",
            "IGAD",
        ),
        (
            "Seoul (dpa) - Die einflussreiche Schwester von Machthaber Kim Jong-un, Kim "
            "Yo-jong, hatte am Samstag angekündigt, man werde das Büro bald zusammenbrechen "
            "sehen. Sie hatte Südkorea zudem mit militärischen Schritten gedroht.",
            "PRK",
        ),
        (
            "Washington (AFP) - Die Ehefrau des Präsidenten, Jill Biden, hat die Ukraine "
            "besucht. Sie traf in Kiew mit Olena Selenska zusammen.",
            "USA",
        ),
    ],
)
def test_pronoun_finds_name_in_apposition_to_a_noun(nlp, text, code):
    assert codes_of(nlp, text, "Sie") == [code]


# Controls: a noun of another gender before the name ("Der Konzern Airbus … Sie", "Das
# Regionalbündnis Ecowas … Sie") gives the name its gender: "sie" is someone else.
@pytest.mark.parametrize(
    "text",
    [
        "Paris (AFP) - Der Konzern Airbus hat Russland kritisiert. Sie forderte die Rückgabe "
        "der Flugzeuge.",
        "Abuja (AFP) - Das Regionalbündnis Ecowas hat Niger mit einer Intervention gedroht. "
        "Sie forderte die Freilassung von Präsident Bazoum.",
    ],
)
def test_pronoun_not_linked_across_a_disagreeing_noun(nlp, text):
    assert codes_of(nlp, text, "Sie") == []


# A definite act noun nothing before it introduced takes up the lead's act: its author is
# the lead's subject (all members of a coordinated subject).
@pytest.mark.parametrize(
    ("text", "words", "codes"),
    [
        (
            "Teheran (dpa) - Deutschland, Frankreich und Großbritannien haben den Mechanismus "
            "zur Wiedereinsetzung der Sanktionen ausgelöst. Russland und China lehnten das "
            "Vorgehen ab.",
            "das Vorgehen",
            ["DEU", "FRA", "GBR"],
        ),
        (
            "Tokio (dpa) - Japan will das Kühlwasser aus dem Atomkraftwerk Fukushima ins Meer "
            "ablassen. Auch Fischer in Fukushima kritisierten die Entscheidung.",
            "die Entscheidung",
            ["JPN"],
        ),
        (
            "Kairo (AFP) - Die Arabische Liga hat die Mitgliedschaft Syriens ausgesetzt. Der "
            "syrische Botschafter nannte die Entscheidung illegal.",
            "die Entscheidung",
            ["AL"],
        ),
        (
            "Kairo (AFP) - Die Arabische Liga hat die Mitgliedschaft Syriens ausgesetzt. Der "
            "türkische Außenminister lobte den Schritt.",
            "den Schritt",
            ["AL"],
        ),
        (
            "Den Haag (dpa) - Der Internationale Gerichtshof hat Israel aufgefordert, Völkermord "
            "zu verhindern. Südafrika begrüßte die Entscheidung als Sieg für das Völkerrecht.",
            "die Entscheidung",
            ["ICJ"],
        ),
        (
            "Warschau (dpa) - Die EU-Kommission hat ein Verfahren gegen Polen eingeleitet. Die "
            "polnische Regierung wies das Vorgehen als politisch motiviert zurück.",
            "das Vorgehen",
            ["EU"],
        ),
        (
            "Moskau (dpa) - Russland hat den Botschafter Estlands ausgewiesen. Estland "
            "verurteilte die Entscheidung.",
            "die Entscheidung",
            ["RUS"],
        ),
        # "zu … Haft verurteilt" is the court's sentence, not a condemnation
        (
            "Moskau (dpa) - Ein Gericht in Moskau hat den Journalisten Evan Gershkovich zu 16 "
            "Jahren Haft verurteilt. Die USA kritisierten das Urteil scharf.",
            "das Urteil",
            ["RUS"],
        ),
    ],
)
def test_act_noun_takes_up_the_leads_author(nlp, text, words, codes):
    assert codes_of(nlp, text, words) == codes


# Controls: a passive lead names no author (the one sentenced is not the court); an act
# introduced by a noun of its own keeps that noun's owner or none; an act noun with an owner
# is not the lead's; a lead of judging names no author; nor does a clause below the lead.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Brasília (dpa) - Brasiliens früherer Präsident Jair Bolsonaro ist zu 27 Jahren "
            "Haft verurteilt worden. Trump nannte das Urteil überraschend.",
            "das Urteil",
        ),
        (
            "Berlin (dpa) - Die Bundesregierung hat eine Entscheidung vertagt. Polen "
            "kritisierte die Entscheidung.",
            "die Entscheidung",
        ),
        (
            "Brüssel (dpa) - Die EU hat die Entscheidung der Regierung in Warschau kritisiert.",
            "die Entscheidung",
        ),
        (
            "Paris (AFP) - Frankreich hat neue Zölle angekündigt. China kritisierte die "
            "Entscheidung der Kommission.",
            "die Entscheidung",
        ),
        # a lead that judges another's act is no author of it
        (
            "Doha (Reuters) - Nach dem israelischen Luftangriff auf Vertreter der Hamas in Doha "
            "hat Katar Israel «Staatsterrorismus» vorgeworfen. Auch Saudi-Arabien und die "
            "Türkei verurteilten das Vorgehen.",
            "das Vorgehen",
        ),
        # the subject of a clause below the lead's verb is no author either
        (
            "Den Haag (dpa) - Der Ständige Schiedshof in Den Haag hat am Dienstag entschieden, "
            "dass China keine Rechtsgrundlage für seine Ansprüche hat. Die Philippinen "
            "begrüßten das Urteil.",
            "das Urteil",
        ),
    ],
)
def test_act_noun_without_a_told_author_stays_unlinked(nlp, text, words):
    assert codes_of(nlp, text, words) == []
