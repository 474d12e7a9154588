"""Session 25, branch content25: threats told only as the content of a statement.

- An answer the subject is told it must suffer, foretold ("werde … tragen"), as what must come
  ("müsse mit Konsequenzen rechnen", "müssten den Preis zahlen") or as what follows otherwise
  ("sonst trage Japan alle Folgen"), threatens the subject (PLOVER THREATEN: coercive
  warnings); under "müssen" it is no demand.
- An answer foretold as coming ("werde ernste Folgen haben", "würden weitere Angriffe
  folgen") threatens the doer of the act its subject names, a party it is aimed at ("gegen
  Mali"), else the subject of the condition ("Sollte Kanada …").
"""

from __future__ import annotations

import pytest

from tests.pipeline.events.test_coder import analysed

DATE = "2024-05-01"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sonst trage Japan alle Folgen, sagte ein Sprecher des chinesischen Außenministeriums.",
         ("THREATEN", "CHN", "JPN")),
        ("Die USA müssten den Preis für ihr Handeln zahlen, hieß es in einer Erklärung des "
         "chinesischen Außenministeriums.", ("THREATEN", "CHN", "USA")),
        ("Die Türkei müsse mit Konsequenzen rechnen, sagte Macron.", ("THREATEN", "FRA", "TUR")),
        ("Russland werde die Konsequenzen tragen müssen, sagte der britische Premierminister.",
         ("THREATEN", "GBR", "RUS")),
        ("Serbien müsse mit Sanktionen der EU rechnen, sagte Borrell.",
         ("THREATEN", "EU", "SRB")),
        ("Die Hamas werde die Konsequenzen tragen, sagte Netanjahu.",
         ("THREATEN", "ISR", "HAMAS")),
        ("Peking müsse mit ernsten Konsequenzen rechnen, warnte der US-Außenminister.",
         ("THREATEN", "USA", "CHN")),
        ("Andernfalls werde Moskau einen hohen Preis zahlen müssen, sagte Biden.",
         ("THREATEN", "USA", "RUS")),
    ],
    ids=["sonst-trage", "muessten-preis", "muesse-rechnen", "werde-tragen-muessen",
         "sanktionen-der-eu", "werde-tragen", "ernste-konsequenzen", "andernfalls-preis"],
)  # fmt: skip
def test_an_answer_the_subject_must_suffer_threatens_it(nlp, text, expected):
    events = analysed(nlp, text, DATE)
    assert expected in events
    assert ("REQUEST", *expected[1:]) not in events  # "müsse … rechnen" asks for nothing


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Entscheidung der Taliban werde Folgen für die Beziehungen haben, warnte Blinken.",
         ("THREATEN", "USA", "AFG")),
        ("Sollte Kanada die Managerin nicht freilassen, werde dies ernste Folgen haben, sagte "
         "der chinesische Außenminister.", ("THREATEN", "CHN", "CAN")),
        ("Sollte der Iran keinen Frieden schließen, würden weitere Angriffe folgen, sagte Trump.",
         ("THREATEN", "USA", "IRN")),
        ("Andernfalls würden Sanktionen gegen Mali folgen, erklärte die Afrikanische Union.",
         ("THREATEN", "AU", "MLI")),
        ("Sollte Nordkorea einen weiteren Atomtest durchführen, würden Sanktionen folgen, sagte "
         "der japanische Regierungschef.", ("THREATEN", "JPN", "PRK")),
        ("Die Taliban verboten Frauen das Studium an Universitäten. US-Außenminister Blinken "
         "warnte, die Entscheidung werde Folgen für die Beziehungen zu den Taliban haben.",
         ("THREATEN", "USA", "AFG")),
    ],
    ids=["entscheidung-folgen-haben", "sollte-folgen-haben", "angriffe-folgen",
         "sanktionen-gegen", "atomtest", "decision-told-before"],
)  # fmt: skip
def test_an_answer_foretold_as_coming_threatens_whoever_it_answers(nlp, text, expected):
    assert expected in analysed(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die Bauern müssten die Folgen des Klimawandels tragen, sagte Scholz.",
        "Das Erdbeben werde schwere Folgen für die Wirtschaft haben, sagte der Minister.",
        "Wir müssen mit höheren Preisen rechnen, sagte Lindner.",
        "Die Türkei rechnet mit einem Wachstum von drei Prozent, sagte Erdogan.",
        "Deutschland müsse einen hohen Preis für die Energie zahlen, sagte Habeck.",
        "Die Sanktionen hätten Folgen für die russische Wirtschaft gehabt, sagte Yellen.",
        "Weitere Gespräche würden folgen, sagte Blinken.",
        "Frankreich werde die Kosten tragen, sagte Macron.",
        "Die Ukraine müsse mit weiteren Angriffen Russlands rechnen, sagte Selenskyj.",
        "Frankreich müsse mit Konsequenzen rechnen, sagte Macron.",
        "Ob Russland mit Sanktionen rechnen müsse, sei offen, sagte Scholz.",
        "Die Türkei rechnete mit Sanktionen.",
        "Wenn es regnet, werden Überschwemmungen folgen, sagte der Meteorologe.",
        "Die Ukraine werde die Folgen des Krieges noch lange tragen, sagte Selenskyj.",
        "Polen müsse mit Hilfen der EU rechnen können, sagte Tusk.",
        "Die Entscheidung werde Folgen für die Wirtschaft haben, sagte der Minister.",
    ],
    ids=["folgen-des-klimawandels", "erdbeben", "wir-preise", "wachstum", "own-price",
         "past-consequences", "gespraeche-folgen", "kosten", "angriffe-erwartet", "own-state",
         "question", "narrated", "weather", "folgen-des-krieges", "hilfen",
         "decision-untold"],
)  # fmt: skip
def test_costs_forecasts_and_questions_threaten_no_one(nlp, text):
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == "THREATEN"}
