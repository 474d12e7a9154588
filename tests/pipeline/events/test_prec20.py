"""Event types chosen by the object of the verb (session 20, issue 13, branch prec20)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded, types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung bedauerte die Verabschiedung des Mediengesetzes in Ungarn.",
        "Russland bedauerte die Luftangriffe auf syrische Stellungen.",
        "Die Türkei bedauerte die Festnahme ihres Journalisten in Moskau.",
        "Die Niederlande bedauerten den Einmarsch in die Ukraine.",
    ],
    ids=["Verabschiedung", "Luftangriffe", "Festnahme", "Einmarsch"],
)
def test_regretting_anothers_act_is_disapproval(nlp, text) -> None:
    found = types(nlp, text)
    assert "ACCUSE" in found
    assert "CONCEDE" not in found


def test_regretting_ones_own_mishap_stays_an_apology(nlp) -> None:
    assert "CONCEDE" in types(nlp, "Die Bundeswehr bedauerte den Vorfall.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russland verhängte ein Importverbot für Obst und Gemüse aus Polen.",
            ("SANCTION", ("RUS",), ("POL",)),
        ),
        (
            "China verhängte am Montag ein Einfuhrverbot für Rindfleisch aus Kanada.",
            ("SANCTION", ("CHN",), ("CAN",)),
        ),
    ],
    ids=["Importverbot", "Einfuhrverbot"],
)
def test_a_ban_on_goods_is_a_trade_sanction(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert "COERCE" not in {t for t, _, _ in found}


def test_a_ban_on_people_stays_repression(nlp) -> None:
    found = types(nlp, "Die Regierung Kenias verhängte ein Demonstrationsverbot.")
    assert "COERCE" in found
    assert "SANCTION" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenia schloss die Grenze zu Somalia.", ("SANCTION", ("KEN",), ("SOM",))),
        ("Marokko hat seine Grenzen zu Algerien geschlossen.", ("SANCTION", ("MAR",), ("DZA",))),
        (
            "Die Regierung in Minsk schloss am Freitag die Grenzübergänge zu Litauen.",
            ("SANCTION", ("BLR",), ("LTU",)),
        ),
    ],
    ids=["Grenze-zu", "Grenzen-zu", "Grenzübergänge-zu"],
)
def test_a_border_closed_toward_a_neighbour_is_a_sanction(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert "COERCE" not in {t for t, _, _ in found}


def test_a_border_closed_with_no_neighbour_stays_a_restriction(nlp) -> None:
    found = types(nlp, "Uganda schloss am Montag die Grenzen.")
    assert "COERCE" in found
    assert "SANCTION" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der georgische Präsident erkannte das Wahlergebnis an.", "CONCEDE"),
        ("Der Präsident Malawis hat seine Niederlage anerkannt.", "CONCEDE"),
        ("Der amerikanische Präsident hat seine Niederlage nicht anerkannt.", "REJECT"),
    ],
    ids=["Wahlergebnis", "Niederlage", "nicht-anerkannt"],
)
def test_acknowledging_the_vote_concedes(nlp, text, expected) -> None:
    found = types(nlp, text)
    assert expected in found
    assert "SUPPORT" not in found


def test_recognising_a_state_stays_support(nlp) -> None:
    assert "SUPPORT" in types(nlp, "Frankreich erkannte den Staat Palästina an.")


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident nahm den Rücktritt des Innenministers an.",
        "Der italienische Staatspräsident hat den Rücktritt des Regierungschefs angenommen.",
    ],
    ids=["nahm-an", "angenommen"],
)
def test_accepting_a_resignation_concedes_nothing(nlp, text) -> None:
    assert "CONCEDE" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die amerikanische Bank Lehman Brothers hat Gläubigerschutz beantragt.",
        "Südkoreanische Firmen müssen künftig für jede Lieferung nach Japan eine "
        "Exportgenehmigung beantragen.",
        "Der russische Konzern Gazprom beantragte in Deutschland eine Lizenz.",
    ],
    ids=["Gläubigerschutz", "Exportgenehmigung", "Lizenz"],
)
def test_an_administrative_application_requests_nothing(nlp, text) -> None:
    assert "REQUEST" not in types(nlp, text)


def test_a_state_applying_for_credit_still_requests(nlp) -> None:
    found = coded(nlp, "Die Ukraine beantragte beim Internationalen Währungsfonds neue Kredite.")
    assert ("REQUEST", ("UKR",), ("IMF",)) in found


@pytest.mark.parametrize(
    "text",
    [
        "Scholz will am Montag nach Rom fliegen und dort Ministerpräsidentin Giorgia Meloni "
        "treffen.",
        "Macron will nach Kiew reisen und Präsident Selenskyj treffen.",
        "Es heißt, dass Scholz nach Rom fliegen und Meloni treffen will.",
    ],
    ids=["will-fliegen-und-treffen", "will-reisen-und-treffen", "verb-final"],
)
def test_a_second_infinitive_shares_the_modal(nlp, text) -> None:
    """A meeting one wants to hold is a future meeting, AGREE by the guideline, in either
    conjunct of the modal's infinitives."""
    found = types(nlp, text)
    assert "AGREE" in found
    assert "CONSULT" not in found
