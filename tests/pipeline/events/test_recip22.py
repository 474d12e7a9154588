"""Recipients (session 22, issues 13, 14), through the full pipeline with the detector's gate
held open; probe sentences of my own wording."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_wire_grammar_s14 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (dpa) - Hunderte Menschen protestierten am Samstag vor der russischen "
            "Botschaft in Berlin.",
            ("PROTEST", ("DEU",), ("RUS",), "asserted"),
        ),
        (
            "Niamey (AFP) - In der Hauptstadt protestierten Tausende Anhänger der Junta vor der "
            "französischen Botschaft.",
            ("PROTEST", ("NER",), ("FRA",), "asserted"),
        ),
        (
            # the parser hangs the phrase on the crowd, not on the verb
            "Niamey (AFP) - In Niamey versammelten sich am Sonntag mehrere tausend Anhänger der "
            "Putschisten vor der französischen Botschaft.",
            ("PROTEST", ("NER",), ("FRA",), "asserted"),
        ),
        (
            "Moskau (dpa) - Demonstranten versammelten sich vor der amerikanischen Botschaft und "
            "verbrannten Flaggen.",
            ("PROTEST", ("RUS",), ("USA",), "asserted"),
        ),
        (
            "Bagdad (dpa) - Hunderte Iraker demonstrierten vor der türkischen Vertretung in "
            "Bagdad.",
            ("PROTEST", ("IRQ",), ("TUR",), "asserted"),
        ),
        (
            # before a seat at home the own government stays the addressee
            "Seoul (dpa) - Tausende Südkoreaner protestierten vor dem Parlament gegen das "
            "Kriegsrecht.",
            ("PROTEST", ("KOR",), ("KOR",), "asserted"),
        ),
    ],
)
def test_a_protest_before_a_foreign_mission_addresses_the_state_it_represents(
    nlp, text, expected
) -> None:
    # a crowd gathers before an embassy to address the state it represents, not the host
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brüssel (dpa) - Die EU-Kommission hat ein Strafverfahren gegen Ungarn eröffnet. Grund "
            "sei das neue Mediengesetz. Die ungarische Regierung wies das Vorgehen als Einmischung "
            "zurück.",
            ("REJECT", ("HUN",), ("EU",), "asserted"),
        ),
        (
            "New York (dpa) - Der UN-Sicherheitsrat hat neue Sanktionen gegen Nordkorea verhängt. "
            "Sie betreffen vor allem Öl. Pjöngjang wies die Resolution als feindselig zurück.",
            ("REJECT", ("PRK",), ("UN",), "asserted"),
        ),
        (
            "Kiew (dpa) - Russland hat die Getreidelieferungen gestoppt. Die Ukraine verurteilte "
            "den Schritt scharf.",
            ("ACCUSE", ("UKR",), ("RUS",), "asserted"),
        ),
        (
            # the lead's subject is the judge's own side: the default at home stays
            "Berlin (dpa) - Die Bundesregierung hat die Renten erhöht. Die Opposition kritisierte "
            "die Entscheidung als zu zaghaft.",
            ("ACCUSE", ("DEU",), ("DEU",), "asserted"),
        ),
    ],
)
def test_a_judged_act_noun_no_act_told_before_takes_up_the_lead(nlp, text, expected) -> None:
    # news tells the main act in the lead: a definite act or decision noun that no coded act
    # or decision verb told before refers to it, and its doer is the one judged
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington (dpa) - Israel hat den geplanten Besuch einer Delegation in Washington "
            "abgesagt. Ein Sprecher des Weißen Hauses zeigte sich enttäuscht über die "
            "Entscheidung.",
            ("ACCUSE", ("USA",), ("ISR",), "asserted"),
        ),
        (
            "Kiew (dpa) - Russland hat die Getreidelieferungen gestoppt. Die Ukraine zeigte sich "
            "empört über den Schritt.",
            ("ACCUSE", ("UKR",), ("RUS",), "asserted"),
        ),
        (
            "Paris (dpa) - Mali hat den französischen Botschafter ausgewiesen. Die französische "
            "Regierung äußerte sich besorgt über die Entscheidung.",
            ("ACCUSE", ("FRA",), ("MLI",), "asserted"),
        ),
    ],
)
def test_a_judgement_said_with_an_adjective_judges_the_act_its_ueber_phrase_names(
    nlp, text, expected
) -> None:
    # "sich enttäuscht / besorgt über X zeigen / äußern": the "über" phrase is what is
    # judged, as an object is, and a definite act noun there names the act told before
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Paris (dpa) - Macron kündigte an, gemeinsam mit Bundeskanzler Scholz die Ukraine zu "
            "besuchen.",
            ("AGREE", ("FRA",), ("UKR",), "asserted"),
            ("AGREE", ("FRA",), ("DEU",), "asserted"),
        ),
        (
            "Rom (dpa) - Die Regierungschefin kündigte an, zusammen mit dem spanischen "
            "Ministerpräsidenten Tunesien zu besuchen.",
            ("AGREE", ("ITA",), ("TUN",), "asserted"),
            ("AGREE", ("ITA",), ("ESP",), "asserted"),
        ),
    ],
)
def test_a_companion_of_an_announced_visit_is_not_its_partner(
    nlp, text, expected, not_expected
) -> None:
    # "gemeinsam / zusammen mit X" names whom the act is done with, not whom it is done to
    found = coded(nlp, text)
    assert expected in found
    assert not_expected not in found
