"""Session 18, recipients (branch recip18): the comitative partner of another state is the
addressee of a meeting, talk or agreement (``coder.comitative_addressee``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der österreichische Kanzler traf sich am Montag mit dem tschechischen "
         "Regierungschef Petr Fiala.", ("CONSULT", "AUT", "CZE")),
        ("Die japanische Außenministerin hat am Dienstag mit ihrem indischen Amtskollegen "
         "telefoniert.", ("CONSULT", "JPN", "IND")),
        ("Der UN-Sondergesandte ist mit dem sudanesischen Armeechef zusammengetroffen.",
         ("CONSULT", "UN", "SDN")),
        ("Kenia hat mit Äthiopien ein Abkommen über die Grenze unterzeichnet.",
         ("AGREE", "KEN", "ETH")),
    ],
    ids=["sich-treffen-mit", "telefonieren-mit", "zusammentreffen-mit", "unterzeichnen-mit"],
)  # fmt: skip
def test_a_partner_of_another_state_is_the_addressee(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Vertreter der Gewerkschaften trafen sich am Montag in Berlin mit dem Bundeskanzler.",
        "Der russische Präsident traf sich in Moskau mit dem türkischen Staatschef Erdogan.",
    ],
    ids=["same-state-partner", "visit-to-the-subject"],
)  # fmt: skip
def test_a_partner_stays_a_co_actor_or_visitor(nlp, text):
    events = analysed(nlp, text, "2024-03-05")
    consult = [e for e in events if e[0] == "CONSULT"]
    assert consult
    # a partner of the subject's own state meets as a co-actor; a meeting in the subject's
    # capital is the partner's visit (visitor = actor, host = recipient)
    assert all(e[2] in ("", "RUS") for e in consult)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistanische Soldaten haben am Montag einen indischen Grenzposten in Kaschmir "
         "beschossen. Die indische Armee erwiderte das Feuer.", ("ASSAULT", "IND", "PAK")),
        ("Aserbaidschanische Einheiten griffen armenische Stellungen an. Die armenischen "
         "Truppen hätten das Feuer erwidert, teilte das Verteidigungsministerium in Eriwan "
         "mit.", ("ASSAULT", "ARM", "AZE")),
        ("Nordkoreanische Artillerie hat die südkoreanische Insel Yeonpyeong beschossen. Die "
         "südkoreanischen Streitkräfte erwiderten das Feuer.", ("ASSAULT", "KOR", "PRK")),
    ],
    ids=["told-before", "reported", "island"],
)  # fmt: skip
def test_returning_fire_answers_whoever_fired_first(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")
