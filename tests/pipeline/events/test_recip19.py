"""Session 19, recipients (branch recip19). A speech act whose type needs an addressee and
that names none shares the addressee of a coordinated speech act of the same kind
(``coder.coordinated_act``, ``derived.share_recipients``). A pronoun in what a call asks
of a named addressee is bound by the addressee, not a third party
(``frames._bound_by_addressee``)."""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Niger hat das Militär die Macht übernommen. Der französische Präsident drohte mit "
         "der Aussetzung der Hilfe und forderte die Armee auf, die Macht abzugeben.",
         ("THREATEN", "FRA", "NER")),
        ("In Bolivien wurden Ölfelder verstaatlicht. Die spanische Regierung zeigte sich "
         "„tief besorgt“ und forderte La Paz auf, die Verträge zu achten.",
         ("ACCUSE", "ESP", "BOL")),
        ("In Gabun hat die Armee geputscht. Die Afrikanische Union drohte mit Sanktionen und "
         "rief die Offiziere auf, in die Kasernen zurückzukehren.",
         ("THREATEN", "AU", "GAB")),
    ],
    ids=["threat-and-demand", "concern-and-demand", "threat-and-call"],
)  # fmt: skip
def test_a_coordinated_speech_act_shares_the_addressee(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("In Kenia gab es Proteste. Der britische Premier begrüßte die Rücknahme des Gesetzes "
         "und warf der kenianischen Polizei Gewalt vor.", ("SUPPORT", "GBR", "KEN")),
    ],
    ids=["praise-and-blame"],
)  # fmt: skip
def test_praise_does_not_take_the_addressee_of_blame(nlp, text, unexpected):
    assert unexpected not in analysed(nlp, text, "2024-03-05")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        ("In Myanmar hat das Militär geputscht. Die USA verhängten Sanktionen. China rief "
         "lediglich alle Seiten auf, ihre Differenzen friedlich beizulegen.",
         ("REQUEST", "CHN", "MMR"), ("REQUEST", "CHN", "USA")),
        ("In Myanmar hat das Militär geputscht. Die EU drohte mit Sanktionen. Russland rief "
         "alle Seiten auf, ihre Streitigkeiten friedlich zu lösen.",
         ("REQUEST", "RUS", "MMR"), ("REQUEST", "RUS", "EU")),
        ("In Sri Lanka gibt es Proteste. Die Vereinten Nationen äußerten sich besorgt. Indien "
         "forderte alle Beteiligten auf, ihre Forderungen friedlich vorzutragen.",
         ("REQUEST", "IND", "LKA"), ("REQUEST", "IND", "UN")),
    ],
    ids=["alle-seiten-ihre", "alle-seiten-eu", "alle-beteiligten"],
)  # fmt: skip
def test_a_pronoun_in_the_call_is_bound_by_its_addressee(nlp, text, expected, unexpected):
    events = analysed(nlp, text, "2024-03-05")
    assert expected in events
    assert unexpected not in events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der UN-Generalsekretär rief zu einer Waffenruhe und zu Verhandlungen auf.",
         ("REQUEST", "UN", "")),
        ("Die Nato rief am Dienstag zum Dialog auf.", ("REQUEST", "NATO", "")),
        ("Der EU-Außenbeauftragte rief zu Gesprächen auf.", ("REQUEST", "EU", "")),
    ],
    ids=["zu-verhandlungen", "zum-dialog", "zu-gespraechen"],
)  # fmt: skip
def test_a_public_call_for_talks_needs_no_addressee(nlp, text, expected):
    assert expected in analysed(nlp, text, "2024-03-05")
