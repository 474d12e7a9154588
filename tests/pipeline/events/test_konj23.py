"""Session 23, branch konj23: a Konjunktiv I form of a codebook verb the tagger reads as a
preposition, adverb or adjective ("Moskau drohe[ADP] Kiew …", "Israel lehne[APPR] … ab") is
the finite verb of its clause (``repair.repair_mistagged_subjunctives``)."""

from __future__ import annotations

import pytest

from lagebild.codebook.loader import load_codebook
from lagebild.pipeline.events.repair import subjunctive_forms
from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moskau drohe Kiew mit Vergeltung, sagte ein Sprecher.", ("THREATEN", "RUS", "UKR")),
        ("Die Sprecherin sagte, Iran drohe Israel mit Vergeltung.", ("THREATEN", "IRN", "ISR")),
        ("Die EU verhänge neue Sanktionen gegen Iran, hieß es in Brüssel.",
         ("SANCTION", "EU", "IRN")),
        ("Erdogan sagte, die Türkei verhänge ein Embargo gegen Israel.",
         ("SANCTION", "TUR", "ISR")),
        ("Die Regierung in Ankara lehne Gespräche mit Griechenland ab, so der Minister.",
         ("REJECT", "TUR", "GRC")),
        ("Der Präsident sagte, die Ukraine lehne Verhandlungen mit Russland ab.",
         ("REJECT", "UKR", "RUS")),
    ],
    ids=["drohe-before-report", "drohe-after-comma", "verhaenge-before-report",
         "verhaenge-after-comma", "lehne-ab-so", "lehne-ab-after-comma"],
)  # fmt: skip
def test_a_mistagged_konjunktiv_form_of_a_codebook_verb_is_the_clauses_verb(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die nötige Mehrheit wurde im Parlament erreicht.",
        "Beschreiben Sie bitte kurz Ihre Aufgaben.",
        "Nach dem Treffen blieb die weite Ebene leer.",
    ],
    ids=["attributive-adjective", "bitte-as-please", "weite-as-adjective"],
)
def test_an_adjective_or_adverb_of_the_same_form_stays_what_it_is(nlp, text):
    assert not analysed(nlp, text, "2024-05-01")


@pytest.mark.parametrize(
    ("form", "reading"),
    [("drohe", ("", "drohen")), ("fordere", ("", "fordern")), ("lehne", ("ab", "lehnen"))],
)
def test_the_konjunktiv_forms_come_from_the_codebooks_verbs(form, reading):
    assert reading in subjunctive_forms(load_codebook())[form]
