"""Session 24, branch frame24a: frames that lost REJECT, REQUEST and ACCUSE events whose verb
was found.

- A negated act declared in reported speech with the future "werden" ("sie werde nicht mit
  der Hamas verhandeln", "Ungarn werde der Ukraine keine Waffen liefern, sagte Orban") is an
  announced refusal (REJECT), as "kündigte an, nicht … zu verhandeln" already was; a refused
  meeting is refused to the partner it names.
- A finite verb the parser coordinated with a predicative ("zeigte sich besorgt und rief zu
  einem Dialog auf") is a clause of its own, not the content of the statement of concern.
- An act called unconstitutional, undemocratic or abhorrent ("bezeichnete die Machtübergabe
  als verfassungswidrig") is disapproved of, as one called illegal already was.
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed

DATE = "2024-05-01"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Armee des Tschad erklärte, sie werde nicht mit der Hamas verhandeln.",
         ("REJECT", "TCD", "HAMAS")),
        ("Der Iran werde nicht mit den USA verhandeln, sagte Chamenei.", ("REJECT", "IRN", "USA")),
        ("Die Regierung Israels will nicht mit der Hamas verhandeln.", ("REJECT", "ISR", "HAMAS")),
        ("Die kolumbianische Regierung kündigte an, nicht mit der ELN zu verhandeln.",
         ("REJECT", "COL", "ELN")),
        ("Erdogan sagte, die Türkei werde den Nato-Beitritt Schwedens nicht unterstützen.",
         ("REJECT", "TUR", "SWE")),
        ("Ungarn werde der Ukraine keine Waffen liefern, sagte Orban.", ("REJECT", "HUN", "UKR")),
        ("Polen kündigte an, es werde der Ukraine keine Hilfe mehr leisten.",
         ("REJECT", "POL", "UKR")),
        ("Der Kreml teilte mit, Putin werde Selenskyj nicht treffen.", ("REJECT", "RUS", "UKR")),
        ("Nordkorea werde nicht mit Südkorea verhandeln, erklärte Kim Yo Jong.",
         ("REJECT", "PRK", "KOR")),
        ("Venezuelas Regierung erklärte, sie werde nicht mit der Opposition verhandeln.",
         ("REJECT", "VEN", "VEN")),
    ],
    ids=["erklaerte-sie-werde", "werde-sagte", "will-nicht", "kuendigte-an-zu",
         "werde-unterstuetzen", "werde-liefern", "werde-leisten", "werde-treffen",
         "werde-erklaerte", "opposition"],
)  # fmt: skip
def test_a_negated_act_declared_in_reported_speech_is_a_refusal(nlp, text, expected):
    assert expected in analysed(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Der Gipfel der EU mit China wird nicht stattfinden.",
        "Beobachter erwarten, dass Russland nicht mit der Ukraine verhandeln wird.",
        "Merkel wird am Montag nicht nach Paris reisen.",
        "Russland verhandelte am Montag nicht mit der Ukraine.",
        "Das Gesetz werde nicht zurückgenommen, sagte ein Sprecher der Regierung Ugandas.",
    ],
    ids=["plain-future", "expectation", "plain-future-trip", "past", "passive"],
)
def test_a_foretold_or_past_omission_is_no_refusal(nlp, text):
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == "REJECT"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die UN-Hochkommissarin für Menschenrechte, Michelle Bachelet, zeigte sich besorgt und "
         "rief zu einem Dialog auf.", ("REQUEST", "UN", "")),
        ('Das US-Präsidialamt zeigte sich "empört" und rief Israel erneut auf, mehr zum Schutz '
         "von Helfern zu tun.", ("REQUEST", "USA", "ISR")),
        ("Die Bundesregierung zeigte sich entsetzt und verurteilte den russischen Angriff auf "
         "Kiew.", ("ACCUSE", "DEU", "RUS")),
        ("Die EU zeigte sich enttäuscht und forderte Serbien zur Zusammenarbeit mit dem Tribunal "
         "auf.", ("REQUEST", "EU", "SRB")),
        ("UN-Generalsekretär Guterres zeigte sich alarmiert und verlangte von Russland eine "
         "sofortige Waffenruhe.", ("REQUEST", "UN", "RUS")),
        ("China zeigte sich verärgert und bestellte den US-Botschafter ein.",
         ("ACCUSE", "CHN", "USA")),
        ("Die Nato zeigte sich besorgt und forderte Russland auf, die Truppen abzuziehen.",
         ("REQUEST", "NATO", "RUS")),
        ("Der französische Präsident zeigte sich schockiert und kritisierte die Regierung Irans "
         "scharf.", ("ACCUSE", "FRA", "IRN")),
        ("Die Türkei zeigte sich empört und drohte Schweden mit Konsequenzen.",
         ("THREATEN", "TUR", "SWE")),
    ],
    ids=["besorgt-rief-auf", "empoert-rief-auf", "entsetzt-verurteilte", "enttaeuscht-forderte",
         "alarmiert-verlangte", "veraergert-bestellte", "besorgt-forderte",
         "schockiert-kritisierte", "empoert-drohte"],
)  # fmt: skip
def test_a_verb_coordinated_with_a_statement_of_concern_is_its_own_act(nlp, text, expected):
    assert expected in analysed(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content_type"),
    [
        ("Die EU forderte, dass Russland die Truppen abzieht und die Gefangenen freilässt.",
         "RETREAT"),
        ("Die USA verlangten, Russland solle die Truppen abziehen und die Angriffe einstellen.",
         "RETREAT"),
    ],
    ids=["dass-clause-conjunct", "reported-conjunct"],
)  # fmt: skip
def test_a_demands_coordinated_content_stays_content(nlp, text, content_type):
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == content_type}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Afrikanische Union bezeichnete die Machtübergabe in Madagaskar als "
         "verfassungswidrig.", ("ACCUSE", "AU", "MDG")),
        ("Außenminister Sergej Lawrow nannte das Vorgehen der estnischen Regierung „abscheulich“.",
         ("ACCUSE", "RUS", "EST")),
        ("Die EU bezeichnete die Wahl in Belarus als undemokratisch.", ("ACCUSE", "EU", "BLR")),
        ("Die USA bezeichneten die Festnahme des Oppositionsführers durch Venezuela als "
         "abscheulich.", ("ACCUSE", "USA", "VEN")),
        ("Frankreich nannte den Putsch in Niger undemokratisch.", ("ACCUSE", "FRA", "NER")),
        ("Die Nato bezeichnete die Drohungen Russlands als verwerflich.",
         ("ACCUSE", "NATO", "RUS")),
        ("Amnesty International bezeichnete die Hinrichtungen im Iran als abscheulich.",
         ("ACCUSE", "AMNESTY", "IRN")),
    ],
    ids=["verfassungswidrig", "abscheulich-quoted", "undemokratisch", "abscheulich-act",
         "undemokratisch-nannte", "verwerflich", "abscheulich-executions"],
)  # fmt: skip
def test_an_act_called_unconstitutional_or_abhorrent_is_disapproved(nlp, text, expected):
    assert expected in analysed(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Das Gericht bezeichnete das Gesetz als verfassungsgemäß.",
        "Die Regierung bezeichnete die Wahl als demokratisch.",
        "Als Grund nannte der Minister die verfassungswidrige Praxis.",
    ],
    ids=["verfassungsgemaess", "demokratisch", "als-grund"],
)
def test_an_approving_or_causal_naming_accuses_no_one(nlp, text):
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == "ACCUSE"}
