"""Events that should not be there (session 18, issue 13: precision).

- A bare plural of an organisation word ("Menschenrechtsorganisationen kritisierten …")
  names no organisation: the state the linker supplied from the context is a guess, so no
  event (associations of a trade, "Händlerverbände", stay the home state's).
- Worry for someone ("Sorge um die inhaftierten Geistlichen") is sympathy, no ACCUSE.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Warschau (dpa) - Polen hat ein strengeres Asylgesetz beschlossen. "
        "Menschenrechtsorganisationen kritisierten das Gesetz scharf.",
        "Kairo (dpa) - Ägypten hat Hunderte Oppositionelle festnehmen lassen. "
        "Menschenrechtsorganisationen warfen der Regierung Folter vor.",
        "Ankara (AFP) - Die Türkei hat die Grenze zu Syrien geschlossen. "
        "Hilfsorganisationen hatten die Entscheidung zuvor verurteilt.",
    ],
    ids=["kritisierten", "warfen-vor", "hatten-verurteilt"],
)
def test_bare_plural_of_organisations_names_no_actor(nlp, text) -> None:
    assert not {t for t, _, _ in coded(nlp, text)} & {"ACCUSE", "REQUEST"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warschau (dpa) - Polen hat ein strengeres Asylgesetz beschlossen. "
            "Deutsche Hilfsorganisationen verurteilten das Gesetz.",
            ("ACCUSE", ("DEU",), ("POL",)),
        ),
        (
            "Seoul (dpa) - Japan hat die Ausfuhr von Chemikalien nach Südkorea beschränkt. "
            "Händlerverbände riefen zum Boykott japanischer Waren auf.",
            ("KOR",),
        ),
    ],
    ids=["state-adjective", "associations-are-domestic"],
)
def test_organisations_the_text_places_keep_their_state(nlp, text, expected) -> None:
    found = coded(nlp, text)
    if len(expected) == 1:
        assert any(expected == actor for _, actor, _ in found)
    else:
        assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Managua (dpa) - Nicaragua hat zwei Bischöfe inhaftiert. "
        "Der Papst äußerte seine Sorge um die inhaftierten Geistlichen.",
        "Managua (dpa) - Nicaragua hat zwei Bischöfe inhaftiert. "
        "Die EU äußerte große Sorge um das Schicksal der Bischöfe.",
    ],
    ids=["sorge-um-die-geistlichen", "sorge-um-das-schicksal"],
)
def test_worry_for_someone_is_no_accusation(nlp, text) -> None:
    assert "ACCUSE" not in {t for t, _, _ in coded(nlp, text)}


def test_concern_about_an_act_stays_an_accusation(nlp) -> None:
    text = (
        "Managua (dpa) - Nicaragua hat zwei Bischöfe inhaftiert. "
        "Die EU äußerte Besorgnis über die Festnahmen."
    )
    assert ("ACCUSE", ("EU",), ("NIC",)) in coded(nlp, text)


def test_organisations_with_a_named_example_keep_the_event(nlp) -> None:
    text = (
        "Warschau (dpa) - Polen hat ein strengeres Asylgesetz beschlossen. "
        "Nichtregierungsorganisationen wie Pro Asyl forderten die Regierung auf, die Grenze "
        "zu öffnen."
    )
    assert "REQUEST" in {t for t, _, _ in coded(nlp, text)}
