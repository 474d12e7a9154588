"""Event locations (session 25, loc25): *auf den* + a dative plural is a place (auf den
Golanhöhen, auf den Philippinen), an organisation's decision at its seat when the article
is datelined from there, an act at a state's border with another on the acting
state's side, and a bare parliament after *im* as the acting state's own."""

from __future__ import annotations

import pytest

from tests.pipeline.test_event_locations_s16 import located


def countries(text: str) -> list[tuple[str, str | None]]:
    return [(kind, country) for kind, country, _ in located(text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # auf den + dative plural: where it happened
        (
            "Israelische Soldaten haben auf den Golanhöhen zwei Männer festgenommen.",
            ("COERCE", "SYR"),  # the state the UN recognises (guideline, session 23)
        ),
        (
            "Auf den Philippinen demonstrierten am Sonntag Tausende Menschen gegen die Regierung.",
            ("PROTEST", "PHL"),
        ),
    ],
)
def test_auf_den_with_a_dative_plural_is_a_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in countries(text)


@pytest.mark.model
def test_auf_den_with_an_accusative_is_a_target_not_a_place() -> None:
    # auf den Irak: the accusative singular, what the attack is aimed at
    assert ("ASSAULT", "IRQ") not in countries(
        "Die Armee hat am Montag einen Angriff auf den Irak begonnen."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brüssel (dpa) - Die Europäische Union hat wegen der erzwungenen Landung scharfe "
            "Strafmaßnahmen gegen Belarus beschlossen.",
            ("SANCTION", "BEL"),
        ),
        (
            "Luxemburg (dpa) - Die EU hat Sanktionen gegen sechs Vertraute des Präsidenten "
            "verhängt.",
            ("SANCTION", "LUX"),  # the Council meets in Luxemburg in April, June, October
        ),
        (
            "Kairo (dpa) - Die Arabische Liga hat die Mitgliedschaft Syriens ausgesetzt.",
            ("SANCTION", "EGY"),
        ),
        # guards: a state's sanction at another's dateline, the EU's at no seat of its own
        (
            "Brüssel (dpa) - Russland hat Sanktionen gegen mehrere europäische Politiker verhängt.",
            ("SANCTION", None),
        ),
        (
            "Moskau (dpa) - Die Europäische Union hat neue Sanktionen gegen Russland beschlossen.",
            ("SANCTION", None),
        ),
    ],
)
def test_an_organisation_decides_at_its_seat_datelined_there(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in countries(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polen verlegt Tausende Soldaten an die Grenze zu Belarus.", ("MOBILIZE", "POL")),
        ("Venezuela hat Truppen an die Grenze zu Kolumbien verlegt.", ("MOBILIZE", "VEN")),
        (
            "Die ukrainische Polizei hat an der Grenze zu Russland zwei Männer festgenommen.",
            ("COERCE", "UKR"),
        ),
        ("Russland zieht an der Grenze zur Ukraine Truppen zusammen.", ("MOBILIZE", "RUS")),
        # guards: no state acting, a statement about the border, no state beyond it
        ("Die Nato verlegt Soldaten an die Grenze zu Russland.", ("MOBILIZE", None)),
        ("Polen kritisierte die Lage an der Grenze zu Belarus scharf.", ("ACCUSE", None)),
        ("Litauen hat Soldaten an die Grenze verlegt.", ("MOBILIZE", None)),
    ],
)
def test_an_act_at_the_border_with_a_state_is_on_the_actors_side(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in countries(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # im + a bare parliament: the acting state's own, not the story's state
        (
            "Hongkong (dpa) - Das Sicherheitsgesetz für Hongkong ist in Kraft. Der britische "
            "Premierminister Boris Johnson bezeichnete das Gesetz im Unterhaus als klaren "
            "Verstoß gegen die Gemeinsame Erklärung.",
            ("ACCUSE", "GBR"),
        ),
        # guards: the story's own parliament; a parliament its adjective names; a guest
        # *vor dem Parlament* of the host state
        (
            "Hongkong (dpa) - Das Sicherheitsgesetz für Hongkong ist in Kraft. Die Demokraten "
            "protestierten im Parlament gegen das Gesetz.",
            ("PROTEST", "HKG"),
        ),
        (
            "Kiew (dpa) - Der polnische Präsident sicherte der Ukraine im ukrainischen "
            "Parlament Unterstützung zu.",
            ("AGREE", "UKR"),
        ),
        (
            "Kiew (dpa) - Der polnische Präsident sicherte der Ukraine vor dem Parlament "
            "Unterstützung zu.",
            ("AGREE", "UKR"),
        ),
    ],
)
def test_a_bare_parliament_after_im_is_the_acting_states(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in countries(text)
