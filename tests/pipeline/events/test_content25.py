"""Session 25, branch content25: threats and accusations told only as the content of a
statement.

- An answer the subject is told it must suffer, foretold ("werde … tragen"), as what must come
  ("müsse mit Konsequenzen rechnen", "müssten den Preis zahlen") or as what follows otherwise
  ("sonst trage Japan alle Folgen"), threatens the subject (PLOVER THREATEN: coercive
  warnings); under "müssen" it is no demand.
- An answer foretold as coming ("werde ernste Folgen haben", "würden weitere Angriffe
  folgen") threatens the doer of the act its subject names, a party it is aimed at ("gegen
  Mali"), else the subject of the condition ("Sollte Kanada …").
- A quotation that says someone breaks a norm ("Russland verletze das Völkerrecht", "die
  Resolution untergrabe den Friedensprozess") is the speaker's disapproval of him (ACCUSE),
  aimed at the subject or at the doer of the act it names.
- An act of force named by a judging noun ("sprach von einem Staatsstreich", "von einem
  Angriff auf die Pressefreiheit") with no doer to address is condemned without a recipient,
  as "verurteilte den Anschlag" already was.
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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Bogotá habe ihre rechtlichen Verpflichtungen verletzt, erklärte der "
         "US-Außenminister.", ("ACCUSE", "USA", "COL")),
        ("Russland verletze das Völkerrecht, sagte Baerbock.", ("ACCUSE", "DEU", "RUS")),
        ("Der UN-Sicherheitsrat verabschiedete eine Resolution. Das Außenministerium in "
         "Jerusalem erklärte, die Resolution untergrabe den Friedensprozess.",
         ("ACCUSE", "ISR", "UN")),
        ("Das ugandische Parlament verabschiedete ein Gesetz gegen Homosexuelle. Das Gesetz "
         "widerspreche grundlegend den Werten der Weltbankgruppe, teilte die Weltbank mit.",
         ("ACCUSE", "WB", "UGA")),
        ("China missachte die Menschenrechte der Uiguren, sagte der US-Außenminister.",
         ("ACCUSE", "USA", "CHN")),
        ("Die Revolutionsgarden erklärten, das britische Schiff habe internationale "
         "Seefahrtsregeln verletzt.", ("ACCUSE", "IRN", "GBR")),
        ("Nordkorea habe mit dem Raketentest mehrere Resolutionen des Sicherheitsrats verletzt, "
         "sagte der japanische Regierungschef.", ("ACCUSE", "JPN", "PRK")),
        ("Israel breche das Völkerrecht, sagte der iranische Außenminister.",
         ("ACCUSE", "IRN", "ISR")),
        ("Die Regierung Ungarns untergrabe die Pressefreiheit, kritisierte die EU-Kommission.",
         ("ACCUSE", "EU", "HUN")),
    ],
    ids=["verpflichtungen", "voelkerrecht", "resolution-untergrabe", "widerspreche-werten",
         "missachte", "seefahrtsregeln", "resolutionen", "breche", "pressefreiheit"],
)  # fmt: skip
def test_a_quoted_breach_of_a_norm_accuses_the_one_who_breaks_it(nlp, text, expected):
    assert expected in analysed(nlp, text, DATE)


@pytest.mark.model
def test_a_disregard_quoted_as_a_breach_is_no_refusal(nlp):
    text = "China missachte die Menschenrechte der Uiguren, sagte der US-Außenminister."
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == "REJECT"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russland verletzte den Luftraum Estlands.",
        "Bei dem Unfall seien drei Menschen verletzt worden, sagte ein Sprecher der Polizei.",
        "Das Gesetz könne internationale Absprachen verletzen, sagte Lawrow.",
        "Deutschland habe das Völkerrecht nicht verletzt, sagte Scholz.",
        "Ob Israel das Völkerrecht verletze, werde geprüft, sagte der UN-Generalsekretär.",
        "Der Spieler habe sich am Knie verletzt, sagte der Trainer.",
        "Wir werden das Völkerrecht nicht verletzen, sagte der russische Außenminister.",
        "Ein Soldat habe einen Demonstranten verletzt, sagte ein Sprecher der Armee.",
    ],
    ids=["narrated", "injured", "possibility", "negated", "question", "knee", "own-promise",
         "injury-by-soldier"],
)  # fmt: skip
def test_breaches_denied_asked_about_or_bodily_accuse_no_one(nlp, text):
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == "ACCUSE"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Hongkong wurde der Verleger Jimmy Lai verurteilt. US-Außenminister Marco Rubio "
         "sprach von einem Angriff auf die Pressefreiheit.", ("ACCUSE", "USA", "")),
        ("In Bolivien übernahm das Militär die Macht. Russland sprach von einem orchestrierten "
         "Staatsstreich.", ("ACCUSE", "RUS", "")),
    ],
    ids=["angriff-auf", "staatsstreich"],
)  # fmt: skip
def test_an_act_of_force_named_by_judgement_is_condemned_without_a_doer(nlp, text, expected):
    assert expected in analysed(nlp, text, DATE)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Die Abstimmung fand am Sonntag statt. US-Außenminister Marco Rubio sprach von einem "
        "schwarzen Tag.",
        "Die Wahl fand am Sonntag statt. Der französische Präsident Macron sprach von einem "
        "Erfolg.",
        "Ein Zug entgleiste in Indien. Der indische Ministerpräsident sprach von einer "
        "Katastrophe.",
    ],
    ids=["schwarzer-tag", "erfolg", "katastrophe"],
)  # fmt: skip
def test_a_judgement_of_no_act_of_force_with_no_one_to_address_is_no_event(nlp, text):
    assert not {e for e in analysed(nlp, text, DATE) if e[0] == "ACCUSE"}
