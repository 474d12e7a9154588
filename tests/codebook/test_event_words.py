"""The event coder's word lists (``lagebild/codebook/event_words.yaml``): valid, every
section used by the coder, a broken edit rejected with its place, and each section doing its
work (every behaviour case fails when its section is emptied)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml
from spacy.tokens import Doc

from lagebild.codebook import event_words as event_words_module
from lagebild.codebook.event_words import (
    DEFAULT_PATH,
    EventWords,
    beside,
    load_event_words,
)
from lagebild.codebook.loader import Codebook, load_codebook
from tests.pipeline.events.test_types_s15 import coded
from tests.word_lists import assert_edit_rejected, bundled_data

PIPELINE = Path(__file__).resolve().parents[2] / "lagebild" / "pipeline"
SECTIONS = [f.name for f in dataclasses.fields(EventWords)]


def _data() -> dict:
    return bundled_data(event_words_module)


def test_the_bundled_lists_are_valid_and_held_by_the_codebook() -> None:
    assert load_codebook().words == load_event_words()


def test_every_section_of_the_file_is_a_list_of_the_coder() -> None:
    assert set(_data()) - {"version"} == set(SECTIONS)


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_read_by_the_pipeline(section: str) -> None:
    uses = re.compile(rf"\bwords\.{section}\b")
    assert any(uses.search(p.read_text(encoding="utf-8")) for p in PIPELINE.rglob("*.py"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["answer_verbs"].append("Reagieren"), "answer_verbs"),  # not lower case
        (lambda d: d["answer_verbs"].append("nach sich ziehen"), "answer_verbs"),  # a phrase
        (lambda d: d["answer_nouns"].append("antwort"), "answer_nouns"),  # listed twice
        (lambda d: d.pop("answer_verbs"), "answer_verbs"),  # a section deleted
        (lambda d: d.update(answer_verb=["reagieren"]), "answer_verb"),  # a misspelt section
    ],
    ids=["upper-case", "phrase", "duplicate", "missing-section", "unknown-section"],
)
def test_a_broken_edit_is_rejected_with_its_place(tmp_path: Path, change, message: str) -> None:
    assert_edit_rejected(event_words_module, load_event_words, change, message, tmp_path)


def test_lists_beside_a_codebook_are_read_with_it(tmp_path: Path) -> None:
    codebook = tmp_path / "plover.yaml"
    assert beside(codebook) == DEFAULT_PATH
    data = _data()
    data["answer_verbs"] = ["kontern"]
    (tmp_path / "event_words.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    assert load_event_words(beside(codebook)).answer_verbs == frozenset({"kontern"})


# an event left out because of the section (and coded without it)
ABSENT = ("absent",)
# (section, probe sentence, an event coded with the section and not without it, or ABSENT +
# an event coded only without it)
BEHAVIOUR = [
    (
        "answer_nouns",  # "nicht ohne Reaktion bleiben": the doer is threatened
        "Die Ausweisung iranischer Diplomaten durch Schweden werde nicht ohne Reaktion "
        "bleiben, sagte der Sprecher des iranischen Außenministeriums.",
        ("THREATEN", ("IRN",), ("SWE",)),
    ),
    (
        "answer_nouns",  # "Konsequenzen nach sich ziehen": whoever struck before
        "Israel hat den Libanon bombardiert. Der libanesische Präsident sagte, der Angriff "
        "werde Konsequenzen nach sich ziehen.",
        ("THREATEN", ("LBN",), ("ISR",)),
    ),
    (
        "warned_answers",  # a war warned of as the answer to a further act
        "Nordkorea warnte Südkorea, jedes weitere Manöver werde einen Krieg auslösen.",
        ("THREATEN", ("PRK",), ("KOR",)),
    ),
    (
        "warned_answers",
        "Moskau warnte die Ukraine, ein ähnlicher Vorfall wäre ein Grund für Sanktionen.",
        ("THREATEN", ("RUS",), ("UKR",)),
    ),
    (
        "answer_verbs",
        "Peking warnte Taiwan, auf jede weitere Provokation werde China entschlossen reagieren.",
        ("THREATEN", ("CHN",), ("TWN",)),
    ),
    (
        "answer_verbs",
        # (an answer to a hostile act, "jede erneute Grenzverletzung … beantworten", is also
        # the codebook's THREATEN entry of its own since session 20: a condition here instead)
        "Die Türkei warnte Griechenland, sollten die Inseln aufgerüstet werden, werde Ankara "
        "militärisch reagieren.",
        ("THREATEN", ("TUR",), ("GRC",)),
    ),
    (
        "hypothetical_act_modifiers",  # "ein erneuter Angriff": the act the answer would meet
        "Der Iran warnte Israel, ein erneuter Angriff werde die Isolation Israels vertiefen.",
        ("THREATEN", ("IRN",), ("ISR",)),
    ),
    (
        "paying_verbs",  # the payer of a deed is threatened
        "Der israelische Ministerpräsident sagte, die Hamas werde für diesen Überfall teuer "
        "bezahlen.",
        ("THREATEN", ("ISR",), ("HAMAS",)),
    ),
    (
        "suffering_verbs",  # an answer the subject must suffer threatens it
        "Sonst trage Japan alle Folgen, sagte ein Sprecher des chinesischen Außenministeriums.",
        ("THREATEN", ("CHN",), ("JPN",)),
    ),
    (
        "suffered_answers",
        "Serbien müsse mit Sanktionen rechnen, sagte der EU-Außenbeauftragte Borrell.",
        ("THREATEN", ("EU",), ("SRB",)),
    ),
    (
        "foretelling_verbs",  # an answer foretold as coming threatens the one who acted
        "Sollte Kanada die Managerin nicht freilassen, werde dies ernste Folgen haben, sagte "
        "der chinesische Außenminister.",
        ("THREATEN", ("CHN",), ("CAN",)),
    ),
    (
        "followed_acts",
        "Sollte der Iran keinen Frieden schließen, würden weitere Angriffe folgen, sagte Trump.",
        ("THREATEN", ("USA",), ("IRN",)),
    ),
    (
        "breaching_verbs",  # a quotation that says someone breaks a norm disapproves of him
        "Russland verletze das Völkerrecht, sagte Baerbock.",
        ("ACCUSE", ("DEU",), ("RUS",)),
    ),
    (
        "breached_norms",
        "Israel breche das Völkerrecht, sagte der iranische Außenminister.",
        ("ACCUSE", ("IRN",), ("ISR",)),
    ),
    (
        "reserving_verbs",  # a reaction held in reserve answers whoever acted
        "Der Iran hat einen deutschen Staatsbürger hingerichtet. Die Bundesregierung behalte "
        "sich eine Reaktion vor, sagte die Außenministerin.",
        ("THREATEN", ("DEU",), ("IRN",)),
    ),
    (
        "return_fire_verbs",  # fire returned at the side that fired first
        "Syrische Truppen beschossen am Morgen einen türkischen Grenzposten. Die türkische "
        "Armee erwiderte das Feuer.",
        ("ASSAULT", ("TUR",), ("SYR",)),
    ),
    (
        "exchange_words",  # an exchange is each side's release to the other
        "Israel und die Hamas haben am Sonntag Gefangene ausgetauscht.",
        ("RETREAT", ("ISR",), ("HAMAS",)),
    ),
    (
        "no_choice_nouns",  # an act of force as the only choice left is a threat
        "Sollte Peking die Einfuhren weiter behindern, bleibe Canberra keine andere "
        "Möglichkeit, als Strafzölle zu verhängen.",
        ("THREATEN", ("AUS",), ("CHN",)),
    ),
    (
        "occurrence_verbs",  # a protest said to take place is reported, not a topic
        "Die Kundgebung fand vor dem Parlament in Tiflis statt.",
        ("PROTEST", ("GEO",), ("GEO",)),
    ),
    (
        "course_verbs",  # a protest said to go on is reported, not a topic
        "Die Proteste in Kenia halten an.",
        ("PROTEST", ("KEN",), ("KEN",)),
    ),
    (
        "presence_verbs",  # forces kept in a country, told in a relative clause: no deployment
        "Frankreich, das seit Jahren Soldaten in Mali stationiert hat, kritisierte die "
        "Militärjunta.",
        ABSENT + ("MOBILIZE", ("FRA",), ()),
    ),
    (
        "ordering_verbs",  # the orderer does the act ordered
        "Der russische Präsident Wladimir Putin befahl den Abzug der Truppen aus Cherson.",
        ("RETREAT", ("RUS",), ()),
    ),
    (
        "ordering_verbs",
        "Kasachstans Präsident Tokajew ordnete die Freilassung von zwanzig inhaftierten "
        "Journalisten an.",
        ("RETREAT", ("KAZ",), ()),
    ),
    (
        "promising_verbs",  # a promise whose content is a cooperative act
        "Japan sagte zu, der Ukraine Generatoren zu liefern.",
        ("AGREE", ("JPN",), ("UKR",)),
    ),
    (
        "planning_verbs",  # a planned protest is one
        "In Tiflis ist für Sonntag eine Großkundgebung geplant.",
        ("PROTEST", ("GEO",), ("GEO",)),
    ),
    (
        "habitual_adverbs",  # a custom told, no act that happened
        "In Ägypten werden Oppositionelle von der Polizei häufig festgenommen.",
        ABSENT + ("COERCE", ("EGY",), ("EGY",)),
    ),
    (
        "habitual_adverbs",
        "Die iranische Polizei nimmt oftmals Demonstrantinnen fest.",
        ABSENT + ("COERCE", ("IRN",), ("IRN",)),
    ),
    (
        "exercise_words",  # joint manoeuvres are cooperation
        "Russland und Belarus halten gemeinsame Manöver an der Grenze zu Polen ab.",
        ("COOPERATE", ("BLR", "RUS"), ("POL",)),
    ),
    (
        "exercise_words",
        "China und Pakistan begannen eine gemeinsame Militärübung.",
        ("COOPERATE", ("CHN", "PAK"), ()),
    ),
    (
        "casualty_verbs",  # the injured imply no attacker: accidents injure too
        "In Kabul wurden am Montag zwölf Menschen verletzt.",
        ABSENT + ("ASSAULT", ("AFG",), ("AFG",)),
    ),
    (
        "casualty_verbs",
        "Im Norden Nigerias wurden am Wochenende mehrere Dorfbewohner schwer verwundet.",
        ABSENT + ("ASSAULT", ("NGA",), ("NGA",)),
    ),
    (
        "resuming_adverbs",  # "dabei" takes up the act the sentence before told, and its doer
        "Kolumbianische Soldaten stürmten am Montag ein Lager im Dschungel. Dabei wurden "
        "sechs Kämpfer der Farc getötet.",
        ("ASSAULT", ("COL",), ("FARC",)),
    ),
    (
        "clash_stems",  # the fallen of one side of a fight fell to the other
        "Bei Gefechten zwischen Armenien und Aserbaidschan wurden zwölf armenische Soldaten "
        "getötet.",
        ("ASSAULT", ("AZE",), ("ARM",)),
    ),
    (
        "time_spans",  # what follows an attack "zwei Wochen nach" it presupposes it
        "Zwei Wochen nach dem Anschlag auf eine Moschee in Kabul hat es eine weitere Explosion "
        "gegeben.",
        ("ASSAULT", ("AFG",), ("AFG",)),
    ),
    (
        "visit_nouns",  # the destination of a trip's visit
        "Der französische Präsident reist am Mittwoch zu einem Staatsbesuch nach Indien.",
        ("CONSULT", ("FRA",), ("IND",)),
    ),
    (
        "source_verbs",  # the source of "kam Kritik" is the critic
        "Aus Peking kam scharfe Kritik an Japan.",
        ("ACCUSE", ("CHN",), ("JPN",)),
    ),
    (
        "naming_verbs",  # a judging noun accuses the doer of the act told before
        "Nordkorea beschoss eine Insel im Gelben Meer. Präsident Lee Myung-bak sprach von "
        "einem Angriff auf südkoreanisches Territorium.",
        ("ACCUSE", ("KOR",), ("PRK",)),
    ),
    (
        "omission_verbs",  # a negated verb of omission asserts the act: no refusal
        "Die Ukraine bat um Hilfe. «Wir werden die Ukraine nicht im Stich lassen», sagte "
        "der britische Premierminister.",
        ABSENT + ("REJECT", ("GBR",), ("UKR",)),
    ),
    (
        "denial_verbs",  # a denial naming no claim answers the claimant told before
        "Die USA werfen China Cyberangriffe vor. Peking bestritt, dass staatliche Stellen "
        "beteiligt gewesen seien.",
        ("REJECT", ("CHN",), ("USA",)),
    ),
    (
        "ngo_heads",  # a bare plural of NGOs names no one: no state from the context
        "Menschenrechtsorganisationen kritisierten die Regierung Ägyptens scharf.",
        ABSENT + ("ACCUSE", ("EGY",), ("EGY",)),
    ),
    (
        "behind_verbs",  # being behind a harmful act, in a quotation: the speaker's allegation
        "Hinter dem Anschlag stecke die PKK, sagte der türkische Innenminister.",
        ("ACCUSE", ("TUR",), ("PKK",)),
    ),
    (
        "bearing_verbs",  # bearing the blame for a harmful act
        "Der iranische Außenminister sagte, Israel trage die Verantwortung für den Anschlag.",
        ("ACCUSE", ("IRN",), ("ISR",)),
    ),
    (
        "blame_nouns",
        "Der iranische Außenminister sagte, Israel trage die Verantwortung für den Anschlag.",
        ("ACCUSE", ("IRN",), ("ISR",)),
    ),
    (
        "authored_harms",  # responsible for a harm, not for an office
        "Russland sei für den Tod der Zivilisten verantwortlich, sagte der ukrainische Präsident.",
        ("ACCUSE", ("UKR",), ("RUS",)),
    ),
    (
        "body_organs",  # one organ of the EU blaming another is an event of its own
        "Das EU-Parlament kritisierte die Kommission scharf.",
        ("ACCUSE", ("EU",), ("EU",)),
    ),
    (
        "mission_nouns",  # a protest before an embassy addresses the state it represents
        "Niamey (AFP) - In Niamey versammelten sich am Sonntag mehrere tausend Anhänger der "
        "Putschisten vor der französischen Botschaft.",
        ("PROTEST", ("NER",), ("FRA",)),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("section", "text", "expected"),
    BEHAVIOUR,
    ids=[f"{s}-{n}" for n, (s, _, _) in enumerate(BEHAVIOUR)],
)
def test_each_section_does_its_work(nlp, monkeypatch, section: str, text: str, expected) -> None:
    present = expected[0] != ABSENT[0]
    event = expected if present else expected[1:]
    assert (event in coded(nlp, text)) is present
    coder = nlp.get_pipe("lagebild_events")
    monkeypatch.setattr(coder, "codebook", _emptied(coder.codebook, section))
    assert (event in coded(nlp, text)) is not present


def _emptied(codebook: Codebook, section: str) -> Codebook:
    words = codebook.words
    emptied = dataclasses.replace(words, **{section: type(getattr(words, section))()})
    return dataclasses.replace(codebook, words=emptied)


@pytest.mark.model
def test_conflict_sides_are_of_the_story_state_not_the_speakers(nlp) -> None:
    """conflict_side_nouns: parties the linker gave the foreign speaker's own state for want
    of a nationality ("die Kriegsparteien" of a German minister) are the story state's."""
    import lagebild
    from lagebild.analysis import EventParticipant
    from lagebild.pipeline.events.coder import conflict_sides
    from lagebild.record import Record

    record = Record(text="In Libyen gehen die Kämpfe weiter.", id="t", date="2024-05-01")
    doc = nlp(lagebild.make_doc(nlp, record))
    speaker = [EventParticipant(code="DEU", text="Baerbock")]
    sides = [EventParticipant(code="DEU", text="die Kriegsparteien")]
    codebook = nlp.get_pipe("lagebild_events").codebook
    assert {p.code for p in conflict_sides(doc, sides, speaker, codebook)} == {"LBY"}
    emptied = _emptied(codebook, "conflict_side_nouns")
    assert {p.code for p in conflict_sides(doc, sides, speaker, emptied)} == {"DEU"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["Der russische Außenminister warnte vor der Nato.", "Polen warnte vor dem EuGH."]
)
def test_the_vor_phrase_of_a_warning_is_no_audience(nlp, text: str) -> None:
    """vor_governing_verbs: "warnte vor der Nato" names a danger, not the body spoken before
    (as "forderte vor dem Sicherheitsrat" does)."""
    import lagebild
    from lagebild.analysis import EventParticipant
    from lagebild.pipeline.events.participants import audience_bodies
    from lagebild.record import Record

    doc = nlp(lagebild.make_doc(nlp, Record(text=text, id="t", date="2024-05-01")))
    verb = next(t for t in doc if t.lemma_ == "warnen")
    speaker = [EventParticipant(code="XXX", text="der Sprecher")]
    codebook = nlp.get_pipe("lagebild_events").codebook
    assert audience_bodies(doc, verb, speaker, codebook) == []
    emptied = _emptied(codebook, "vor_governing_verbs")
    assert audience_bodies(doc, verb, speaker, emptied) != []


def test_every_section_has_a_behaviour_case() -> None:
    tested_apart = {"conflict_side_nouns", "vor_governing_verbs", "violent_acts"}
    assert {s for s, _, _ in BEHAVIOUR} | tested_apart == set(SECTIONS)


# --- the modality lists of plover.yaml (modality.py reads them from codebook.modality) -------


def _parsed(words: list[str], tree: list[tuple[str, str, str, int]]) -> Doc:
    """A hand-made parse: per word (lemma, POS, dependency label, head index)."""
    import spacy

    doc = Doc(
        spacy.blank("de").vocab,
        words=words,
        lemmas=[lemma for lemma, _, _, _ in tree],
        pos=[pos for _, pos, _, _ in tree],
        deps=[dep for _, _, dep, _ in tree],
        heads=[head for _, _, _, head in tree],
    )
    return doc


def _without(key: str) -> dict[str, frozenset[str]]:
    cues = load_codebook().modality
    return {**cues, key: frozenset()}


@pytest.mark.parametrize("noun", ["Beschluss", "Entschluss", "Absicht", "Plan"])
def test_the_zu_infinitive_of_an_intention_noun_is_a_future_act(noun: str) -> None:
    """intention_nouns: "fasste den Beschluss, Truppen zu entsenden", the infinitive hung by
    the parser on the noun's verb, is an act intended, not done."""
    from lagebild.pipeline.events.modality import _is_future

    words = ["Ankara", "fasste", "den", noun, ",", "Truppen", "zu", "entsenden"]
    tree = [
        ("Ankara", "PROPN", "nsubj", 1), ("fassen", "VERB", "ROOT", 1),
        ("der", "DET", "det", 3), (noun, "NOUN", "obj", 1), (",", "PUNCT", "punct", 7),
        ("Truppe", "NOUN", "obj", 7), ("zu", "PART", "mark", 7),
        ("entsenden", "VERB", "xcomp", 1),
    ]  # fmt: skip
    verb = _parsed(words, tree)[7]
    assert _is_future(verb, load_codebook().modality, set())
    assert not _is_future(verb, _without("intention_nouns"), set())


@pytest.mark.parametrize(
    ("words", "tree", "key"),
    [
        (  # "nächstes" names the future only in a time phrase ("nächste Woche")
            ["Paris", "verhängt", "als", "nächstes", "Sanktionen"],
            [("Paris", "PROPN", "nsubj", 1), ("verhängen", "VERB", "ROOT", 1),
             ("als", "ADP", "case", 3), ("nächst", "ADJ", "advmod", 1),
             ("Sanktion", "NOUN", "obj", 1)],
            "relative_time_adjectives",
        ),
    ],
    ids=["als-nächstes"],
)  # fmt: skip
def test_a_relative_time_word_outside_a_time_phrase_tells_no_future(
    words: list[str], tree: list, key: str
) -> None:
    from lagebild.pipeline.events.modality import _has_time_word

    verb = _parsed(words, tree)[1]
    cues = load_codebook().modality
    assert not _has_time_word(verb, cues["future_adverbs"], cues)
    emptied = _without(key)
    assert _has_time_word(verb, emptied["future_adverbs"], emptied)


@pytest.mark.model
@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        (  # "im vergangenen Jahr" dates the act before the article
            "time_nouns",
            "Im vergangenen Jahr verhängte die EU Sanktionen gegen Belarus.",
            ("SANCTION", "historical"),
        ),
        (  # "am kommenden Montag": a meeting to come is agreed (AGREE), not held
            "calendar_nouns",
            "Der französische Präsident trifft am kommenden Montag den chinesischen Staatschef "
            "Xi Jinping.",
            ("AGREE", "asserted"),
        ),
    ],
    ids=["time_nouns", "calendar_nouns"],
)
def test_each_time_list_does_its_work(nlp, monkeypatch, key: str, text: str, expected) -> None:
    import lagebild

    def found() -> set[tuple[str, str]]:
        analysis = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
        return {(e.type, e.modality) for e in analysis.events}

    assert expected in found()
    coder = nlp.get_pipe("lagebild_events")
    monkeypatch.setattr(
        coder, "codebook", dataclasses.replace(coder.codebook, modality=_without(key))
    )
    assert expected not in found()


def test_every_time_noun_makes_a_time_phrase() -> None:
    """A span of years is a calendar noun too ("in den nächsten Jahren")."""
    cues = load_codebook().modality
    assert cues["time_nouns"] <= cues["calendar_nouns"]


@pytest.mark.parametrize("noun", ["Bluttat", "Gewalttat", "Kriegsverbrechen", "Übergriff"])
def test_condemning_a_violent_deed_condemns_an_act(noun: str) -> None:
    """violent_acts: "verurteilte die Bluttat" condemns an act, though the codebook lists no
    event noun for it (matched by the word's ending: Kriegsverbrechen)."""
    from lagebild.pipeline.events.coder import condemns_an_act

    tree = [
        ("Paris", "PROPN", "nsubj", 1), ("verurteilen", "VERB", "ROOT", 1),
        ("der", "DET", "det", 3), (noun, "NOUN", "obj", 1),
    ]  # fmt: skip
    verb = _parsed(["Paris", "verurteilte", "die", noun], tree)[1]
    assert condemns_an_act(verb, [], load_codebook())
    assert not condemns_an_act(verb, [], _emptied(load_codebook(), "violent_acts"))
