"""Event locations (session 18): a state's police act at home."""

from __future__ import annotations

import pytest

from tests.pipeline.test_event_locations_s16 import located


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "country"),
    [
        (
            "Madrid (dpa) - Spanien hat gegen die Festnahme zweier Staatsbürger protestiert. "
            "Die venezolanische Polizei hatte die beiden Männer in der vergangenen Woche "
            "festgenommen.",
            "COERCE",
            "VEN",
        ),
        (
            "Madrid (dpa) - Spanien hat gegen die Festnahme zweier Staatsbürger protestiert. "
            "Die Polizei Venezuelas hatte die beiden Männer in der vergangenen Woche "
            "festgenommen.",
            "COERCE",
            "VEN",
        ),
        (
            "Berlin (dpa) - Die Bundesregierung hat Georgien zur Mäßigung aufgerufen. Die "
            "georgische Polizei ging mit Wasserwerfern gegen Demonstranten vor.",
            "ASSAULT",
            "GEO",
        ),
    ],
)
def test_named_police_act_in_their_own_state(text: str, event: str, country: str) -> None:
    # the dateline is where the reaction was reported from, not where the police acted
    assert any(t == event and c == country for t, c, _ in located(text))


@pytest.mark.model
def test_police_act_at_their_states_place_the_text_names() -> None:
    text = (
        "Wien (dpa) - In Belgrad sind erneut Zehntausende Studenten auf die Straße gegangen."
        "\n\nÖsterreich hat die Gewalt verurteilt. Serbische Sicherheitskräfte gingen mit "
        "Tränengas gegen die Studenten vor."
    )
    assert ("ASSAULT", "SRB", "Belgrad") in located(text)


@pytest.mark.model
def test_unnamed_police_keep_the_story_place() -> None:
    # a bare "die Polizei" is the story's police: its state is what the story says
    text = (
        "Madrid (dpa) - Spanien hat gegen die Festnahme zweier Staatsbürger protestiert. "
        "Die Polizei hatte die beiden Männer in der vergangenen Woche festgenommen."
    )
    assert ("COERCE", "ESP", "Madrid") in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name again after the sentence that put the speaker in Kiew
        (
            "Kiew (dpa) - Bundeskanzler Olaf Scholz ist zu Gesprächen in Kiew eingetroffen. "
            "Scholz sagte der Ukraine weitere Hilfe zu.",
            ("AGREE", "UKR", "Kiew"),
        ),
        # the sentence before put the speaker at home, though it reports no event: not the
        # dateline of a summit the speaker did not attend
        (
            "Peking (dpa) - China und Brasilien haben bei einem Gipfel mehrere Abkommen "
            "unterzeichnet. Zuvor hatte Bundeskanzler Olaf Scholz in Berlin den Handel mit "
            "China verteidigt. Scholz forderte Peking zugleich auf, seinen Markt weiter zu "
            "öffnen.",
            ("REQUEST", "DEU", "Berlin"),
        ),
        # another speaker named next stays where the rules put it
        (
            "Kiew (dpa) - Bundeskanzler Olaf Scholz hat in Berlin weitere Hilfe für die "
            "Ukraine angekündigt. Selenskyj begrüßte die Zusage.",
            ("SUPPORT", "UKR", "Kiew"),
        ),
    ],
)
def test_speaker_named_again_speaks_where_the_sentence_before_put_them(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline is where the traveller left from; the visit is at the destination
        (
            "Berlin (dpa) - Bundesaußenministerin Annalena Baerbock ist zu Gesprächen mit der "
            "chinesischen Führung nach Peking gereist.",
            ("CONSULT", "CHN", "Peking"),
        ),
        (
            "Rom (dpa) - Die italienische Regierungschefin Giorgia Meloni ist zu Gesprächen "
            "nach Tunis gereist.",
            ("CONSULT", "TUN", "Tunis"),
        ),
        (
            "Wien (dpa) - Der österreichische Bundeskanzler ist am Sonntag zu einem "
            "Staatsbesuch nach Indien geflogen.",
            ("CONSULT", "IND", "Indien"),
        ),
    ],
)
def test_a_visit_is_at_the_journeys_destination(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in located(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin (dpa) - Bundesaußenministerin Annalena Baerbock ist zu einem "
            "unangekündigten Besuch nach Kiew gereist. Sie sagte der Ukraine weitere "
            "Unterstützung zu.",
            ("AGREE", "UKR", "Kiew"),
        ),
        (
            "Rom (dpa) - Die italienische Regierungschefin Giorgia Meloni ist zu Gesprächen "
            "nach Tunis gereist. Meloni forderte die tunesische Regierung auf, die Abfahrt von "
            "Booten zu verhindern.",
            ("REQUEST", "ITA", "Tunis"),
        ),
    ],
)
def test_a_traveller_speaks_at_the_destination(text: str, expected: tuple[str, str, str]) -> None:
    # the sentence before sent the speaker there: not the dateline they left from
    kind, _, name = expected
    assert any(t == kind and n == name for t, _, n in located(text))


@pytest.mark.model
def test_a_cancelled_journey_is_no_destination() -> None:
    # nach Rom belongs to the journey noun: the journey was called off
    text = (
        "Berlin (dpa) - Bundeskanzlerin Angela Merkel sagte eine geplante Reise nach Rom ab. "
        "Sie forderte die Koalition auf, rasch einen Kandidaten zu finden."
    )
    requests = [e for e in located(text) if e[0] == "REQUEST"]
    assert requests
    assert all(name != "Rom" for _, _, name in requests)
