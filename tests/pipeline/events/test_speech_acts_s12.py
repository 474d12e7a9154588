"""Conflictual speech acts, session 12 (issue 13, branch ``demand12``): conditions that make an
announced act a threat, and verb-first conditions that are no demand.

Full-pipeline sentences (``model`` marker): where the parser hangs a condition is the point.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a condition on the verb of announcing conditions the act announced
        (
            "Die USA kündigten an, Sanktionen gegen Russland zu verhängen, falls Moskau die "
            "Ukraine angreife.",
            ("THREATEN", "USA", "RUS"),
            ("SANCTION", "USA", "RUS"),
        ),
        # a verb-first "sollte" clause is a condition, wherever the parser hangs it
        (
            "Die Niederlande haben angekündigt, ihre finanzielle Unterstützung für Suriname "
            "auszusetzen, sollte Bouterse die Macht übernehmen.",
            ("THREATEN", "NLD", "SUR"),
            ("SANCTION", "NLD", "SUR"),
        ),
        # a refusal announced on a condition is a threat
        (
            "Der amerikanische Präsident Bush hat sein Veto gegen den Gesetzentwurf angekündigt, "
            "falls dieser nicht abgeschwächt werde.",
            ("THREATEN", "USA", "USA"),
            ("REJECT", "USA", "USA"),
        ),
    ],
    ids=["falls on the announcing verb", "verb-first sollte", "conditional veto"],
)
def test_an_act_announced_on_a_condition_is_a_threat(nlp, text, expected, absent):
    found = analysed(nlp, text, "2010-05-01")
    assert expected in found
    assert absent not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "demand"),
    [
        # "…, sollte die UNO …": a verb-first condition (its comma hangs in the clause)
        (
            "Gaddafi hatte mit Gewalt gedroht, sollte die UNO einen entsprechenden Beschluss "
            "fassen: „Alle Schiffe werden zu Zielen“, sagte Gaddafi.",
            False,
        ),
        # a reported duty is a demand on the modal's subject
        ("„Die UNO sollte einen Beschluss fassen“, sagte Gaddafi.", True),
    ],
    ids=["verb-first condition", "reported duty"],
)
def test_a_verb_first_sollte_clause_is_no_demand(nlp, text, demand):
    found = analysed(nlp, text, "2011-03-01")
    assert (("REQUEST", "LBY", "UN") in found) is demand


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a demand with no target continues the actor's dispute told before
        (
            "Spaniens Regierungschef José Zapatero hat Deutschland Versagen im Krisenmanagement "
            "vorgeworfen. Nun fordert Zapatero finanzielle Entschädigungen für die Bauern.",
            ("REQUEST", "ESP", "DEU"),
            ("REQUEST", "ESP", "ESP"),
        ),
        # a target the sentence names is kept
        (
            "Spaniens Regierungschef José Zapatero hat Deutschland Versagen vorgeworfen. Nun "
            "fordert Zapatero die Europäische Union auf, die Bauern zu entschädigen.",
            ("REQUEST", "ESP", "EU"),
            ("REQUEST", "ESP", "DEU"),
        ),
        # another actor's dispute is not continued
        (
            "Spaniens Regierungschef José Zapatero hat Deutschland Versagen vorgeworfen. "
            "Frankreichs Präsident Sarkozy forderte Entschädigungen für die Bauern.",
            ("ACCUSE", "ESP", "DEU"),
            ("REQUEST", "FRA", "DEU"),
        ),
    ],
    ids=["untargeted demand", "named target kept", "other actor"],
)
def test_an_untargeted_speech_act_continues_its_actors_dispute(nlp, text, expected, absent):
    found = analysed(nlp, text, "2011-06-01")
    assert expected in found
    assert absent not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document that demands or condemns speaks for whoever adopted or published it
        (
            "Der UN-Sicherheitsrat verabschiedete am Donnerstag eine Resolution, die Israel zu "
            "einem sofortigen Waffenstillstand auffordert.",
            ("REQUEST", "UN", "ISR"),
        ),
        (
            "Das Europäische Parlament verabschiedete eine Resolution, welche die polnische "
            "Regierung auffordert, das Gesetz zurückzunehmen.",
            ("REQUEST", "EU", "POL"),
        ),
        (
            "Die G7 veröffentlichten eine Erklärung, die Russland für den Angriff verurteilt.",
            ("ACCUSE", "G7", "RUS"),
        ),
        # a compound names the author itself: the subject stays
        (
            "Der OSZE-Bericht kritisiert eine Änderung des georgischen Wahlrechts.",
            ("ACCUSE", "OSCE", "GEO"),
        ),
    ],
    ids=["Resolution, die", "Resolution, welche", "Erklärung, die", "OSZE-Bericht"],
)
def test_a_document_speaks_for_its_author(nlp, text, expected):
    assert expected in analysed(nlp, text, "2012-04-26")
