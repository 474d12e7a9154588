"""Event types and actors chosen by the construction (session 19, issue 13, branch prec19)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_types_s15 import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der äthiopische Ministerpräsident und der eritreische Präsident unterzeichneten "
            "am Montag eine gemeinsame Erklärung über Frieden.",
            ("AGREE", ("ERI", "ETH"), ()),
        ),
        (
            "Die Präsidenten Russlands, Aserbaidschans und Armeniens unterzeichneten eine "
            "Erklärung, nach der alle Kämpfe eingestellt werden.",
            ("AGREE", ("ARM", "AZE", "RUS"), ()),
        ),
        (
            "Vertreter Chinas und Japans haben in Peking eine Abschlusserklärung unterschrieben.",
            ("AGREE", ("CHN", "JPN"), ()),
        ),
    ],
    ids=["gemeinsame-Erklärung", "Erklärung-nach-der", "Abschlusserklärung-unterschrieben"],
)
def test_signing_a_joint_declaration_is_agreeing(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert not {t for t, _, _ in found} & {"SUPPORT"}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Die UN-Vollversammlung verabschiedete eine Resolution, die Russland auffordert, "
            "seine Truppen abzuziehen.",
            ("REQUEST", ("UN",), ("RUS",)),
            ("REQUEST", ("RUS",), ("RUS",)),
        ),
        (
            "Die Nato, die Polen im Streit mit Belarus unterstützt hatte, tagte am Montag.",
            ("SUPPORT", ("NATO",), ("POL",)),
            ("SUPPORT", ("POL",), ("BLR",)),
        ),
        (
            "Die Türkei, die Aserbaidschan im Krieg unterstützt hatte, begrüßte die Einigung.",
            ("SUPPORT", ("TUR",), ("AZE",)),
            ("SUPPORT", ("AZE",), ("AZE",)),
        ),
        (
            "Die Afrikanische Union beschloss eine Erklärung, welche die Lage zur Kenntnis "
            "nimmt und die Regierung Malis auffordert, Wahlen abzuhalten.",
            ("REQUEST", ("AU",), ("MLI",)),
            ("REQUEST", ("MLI",), ("MLI",)),
        ),
    ],
    ids=["die-Russland-auffordert", "die-Polen-unterstützt", "two-subjects", "second-conjunct"],
)
def test_ambiguous_relative_pronoun_of_an_actor_is_the_subject(
    nlp, text, expected, not_expected
) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Minister sagte, die Türkei unterstütze Aserbaidschan weiterhin.",
            ("SUPPORT", ("TUR",), ("AZE",)),
        ),
        (
            "Der Sprecher erklärte, die Ukraine fordere Russland zum Abzug auf.",
            ("REQUEST", ("UKR",), ("RUS",)),
        ),
    ],
    ids=["verb-second-unterstütze", "verb-second-fordere-auf"],
)
def test_reported_verb_second_clause_keeps_its_subject(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ein Gericht in Istanbul stellte Haftbefehl gegen 20 saudische Staatsbürger aus.",
            ("ACCUSE", ("TUR",), ("SAU",)),
        ),
        (
            "Der Internationale Strafgerichtshof hat Haftbefehl gegen den sudanesischen "
            "Präsidenten Omar al-Baschir erlassen.",
            ("ACCUSE", ("ICC",), ("SDN",)),
        ),
    ],
    ids=["stellte-Haftbefehl-aus", "Haftbefehl-erlassen"],
)
def test_an_arrest_warrant_charges_and_seizes_nobody(nlp, text, expected) -> None:
    found = coded(nlp, text)
    assert expected in found
    assert "COERCE" not in {t for t, _, _ in found}


def test_a_warrant_told_before_is_the_act_a_reaction_judges(nlp) -> None:
    text = (
        "Der Internationale Strafgerichtshof hat Haftbefehl gegen den israelischen "
        "Ministerpräsidenten erlassen. Frankreich begrüßte den Haftbefehl."
    )
    assert ("SUPPORT", ("FRA",), ("ICC",)) in coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Eine russische Rakete traf ein Wohnhaus in Odessa.",
        "Israelische Granaten trafen ein Krankenhaus in Gaza.",
    ],
    ids=["Rakete-traf", "Granaten-trafen"],
)
def test_a_projectile_that_hits_meets_nobody(nlp, text) -> None:
    assert "CONSULT" not in {t for t, _, _ in coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scholz traf am Montag den französischen Präsidenten in Paris.",
            ("CONSULT", ("DEU",), ("FRA",)),
        ),
        (
            "Der Papst traf sich in einer Schule in Bagdad mit dem Großajatollah.",
            ("CONSULT", ("VAT",), ("IRQ",)),
        ),
    ],
    ids=["traf-Präsidenten", "traf-sich-in-einer-Schule"],
)
def test_people_meeting_still_meet(nlp, text, expected) -> None:
    assert expected in coded(nlp, text)
