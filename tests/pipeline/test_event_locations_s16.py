"""Event locations (session 16): the title's city for a statement of the lead, and the scene
of a paragraph that named a place and then where it lies."""

from __future__ import annotations

import pytest

import lagebild
from tests.conftest import rules_pipeline


def located(text: str, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """Each event's type and its location's country and name."""
    analysis = lagebild.analyze(text, title=title, date="2024-05-01", nlp=rules_pipeline())
    return [
        (e.type, e.location.country if e.location else None,
         e.location.name if e.location else None)
        for e in analysis.events
    ]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the title sums up the lead: the agreement was made in Doha, not at the dateline
        (
            "Pakistan und Afghanistan vereinbaren in Doha Waffenruhe",
            "Islamabad/Kabul (dpa) - Nach den schwersten Grenzgefechten seit Jahren haben "
            "Pakistan und Afghanistan eine sofortige Waffenruhe vereinbart.",
            ("AGREE", "QAT", "Doha"),
        ),
        # a title without a place leaves the dateline
        (
            "Pakistan und Afghanistan vereinbaren Waffenruhe",
            "Islamabad (dpa) - Nach den schwersten Grenzgefechten seit Jahren haben "
            "Pakistan und Afghanistan eine sofortige Waffenruhe vereinbart.",
            ("AGREE", "PAK", "Islamabad"),
        ),
    ],
)
def test_lead_statement_is_made_where_the_title_puts_it(
    title: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text, title)


@pytest.mark.model
def test_title_place_is_only_for_the_lead() -> None:
    text = (
        "Islamabad (dpa) - Pakistan und Afghanistan haben eine Waffenruhe vereinbart.\n\n"
        "Später forderte die pakistanische Regierung die Taliban auf, die Angriffe zu beenden."
    )
    events = located(text, "Pakistan und Afghanistan vereinbaren in Doha Waffenruhe")
    assert ("REQUEST", "PAK", "Islamabad") in events


@pytest.mark.model
def test_scene_is_the_place_the_last_phrase_describes() -> None:
    # im nördlichen Westjordanland says where Dschenin lies; the soldiers left Dschenin's camp
    text = (
        "Jerusalem (KNA) - Nach fast zwei Tagen hat die israelische Armee ihren Großeinsatz "
        "im Flüchtlingslager Dschenin im nördlichen Westjordanland beendet. Die Soldaten "
        "zogen sich in der Nacht zum Mittwoch aus dem Lager zurück, wie ein Armeesprecher "
        "mitteilte."
    )
    assert ("RETREAT", "PSE", "Dschenin") in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # *diesen Gesprächen* names the meeting just told, planned in Wien
        (
            "USA zu Gesprächen bereit",
            "Die USA sind zu Gesprächen bereit. Am Donnerstag ist ein Treffen der westlichen "
            "Verhandlungspartner in Wien geplant. An diesen Gesprächen werden die "
            "Außenminister der USA, Frankreichs, Großbritanniens, Russlands und Deutschlands "
            "teilnehmen.",
            ("AGREE", "AUT", "Wien"),
        ),
        # *der Migrationskonferenz* is the conference of that name in Rabat, not the
        # preparatory meeting in Dakar told since
        (
            "Migrationskonferenz beginnt im Juli",
            "Am 10. und 11. Juli findet in der marokkanischen Hauptstadt Rabat eine "
            "europäisch-afrikanische Migrationskonferenz statt.\n\nAm Vorbereitungstreffen in "
            "Dakar nehmen 40 Nationen teil.\n\nDie Verabschiedung des Aktionsplans, der von "
            "Marokko und Spanien gemeinsam erstellt wurde und von Frankreich unterstützt wird, "
            "soll wiederum auf der Migrationskonferenz erfolgen.",
            ("SUPPORT", "MAR", "Rabat"),
        ),
    ],
)
def test_meeting_named_again_takes_place_where_it_was_put(
    title: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text, title)


@pytest.mark.model
def test_meeting_named_first_is_not_placed_by_an_earlier_place() -> None:
    # *bei dem Treffen* with no meeting told before: the place of the story's other
    # sentence is not the meeting's
    text = (
        "Berlin (dpa) - In Hamburg demonstrierten Tausende gegen die Regierung.\n\n"
        "Außenministerin Baerbock forderte bei dem Treffen mit ihrem Amtskollegen ein Ende "
        "der Angriffe."
    )
    assert all(place != "Hamburg" for kind, _, place in located(text) if kind == "REQUEST")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the UN's bodies sit in New York, a place phrase like *im Bundestag*
        (
            "Berlin (dpa) - Frankreich forderte im Sicherheitsrat der Vereinten Nationen ein "
            "Ende der Angriffe.",
            ("REQUEST", "USA", "New York"),
        ),
        # a body in session after the object is where one speaks, not a topic
        (
            "Berlin (dpa) - Scholz kritisierte Russland in der UN-Vollversammlung scharf.",
            ("ACCUSE", "USA", "New York"),
        ),
        # a state's UN ambassador speaks at the UN
        (
            "Beirut (dpa) - Israels UN-Botschafter Gilad Erdan begrüßte die Verlängerung, warf "
            "der Schiitenmiliz aber vor, die Blauhelme mit Gewalt zu behindern.",
            ("ACCUSE", "USA", "New York"),
        ),
    ],
)
def test_un_bodies_and_envoys_sit_in_new_york(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in located(text)


@pytest.mark.model
def test_complaint_filed_with_the_council_is_not_made_in_new_york() -> None:
    # *beim* names whom the complaint goes to; a national security council is no UN body
    text = (
        "Bagdad (dpa) - Die irakische Regierung reichte eine Beschwerde beim UN-Sicherheitsrat "
        "ein und forderte den Abzug der türkischen Truppen. Die griechische Regierung "
        "kritisierte im Nationalen Sicherheitsrat die Türkei."
    )
    assert all(place != "New York" for _, _, place in located(text))


@pytest.mark.model
def test_ambassador_in_a_state_speaks_from_its_capital() -> None:
    # the embassy is in the capital of the state the ambassador is posted to
    text = (
        "Bangkok (dpa) - Der US-Botschafter in Kambodscha, Patrick Murphy, kritisierte das "
        "Urteil scharf."
    )
    assert ("ACCUSE", "KHM", "Phnom Penh") in located(text)
