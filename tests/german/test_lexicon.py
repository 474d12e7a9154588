"""The open-class German word lists of the parse helpers (``lagebild/german/lexicon.yaml``):
valid, every section read by the pipeline, a broken edit rejected with its place, and each
section doing its work (every behaviour case fails when its section is emptied)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from lagebild.german import lexicon
from lagebild.german.lexicon import GermanWords, german_words, load_german_words
from lagebild.pipeline.events import arguments as args
from tests.word_lists import assert_edit_rejected, bundled_data, emptying

LAGEBILD = Path(__file__).resolve().parents[2] / "lagebild"
SECTIONS = [f.name for f in dataclasses.fields(GermanWords)]


def _data() -> dict:
    return bundled_data(lexicon)


@pytest.fixture
def emptied(tmp_path: Path, monkeypatch) -> Iterator[Callable[[str], None]]:
    """Empty one section of the file the pipeline reads (the cache read again)."""
    yield from emptying(lexicon, german_words, tmp_path, monkeypatch)


def test_the_bundled_lists_are_valid() -> None:
    assert german_words() == load_german_words(lexicon.DEFAULT_PATH)


def test_every_section_of_the_file_is_a_list_of_the_helpers() -> None:
    assert set(_data()) - {"version"} == set(SECTIONS)


def test_the_lists_build_on_each_other() -> None:
    """A day's apposition may be a time of day; every apposition and time of day is a time."""
    words = german_words()
    assert words.time_of_day_nouns <= words.time_appositions <= words.time_span_nouns


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_is_read_by_the_pipeline(section: str) -> None:
    uses = re.compile(rf"(german_words\(\)|\btime)\.{section}\b")
    pipeline = (LAGEBILD / "pipeline").rglob("*.py")
    assert any(uses.search(p.read_text(encoding="utf-8")) for p in pipeline)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["weekdays"].append("Montag"), "weekdays"),  # not lower case
        (lambda d: d["achievement_verbs"].append("gut gehen"), "achievement_verbs"),  # a phrase
        (lambda d: d["time_span_nouns"].append("jahr"), "time_span_nouns"),  # listed twice
        (lambda d: d.pop("time_of_day_nouns"), "time_of_day_nouns"),  # a section deleted
        (lambda d: d.update(weekday=["montag"]), "weekday"),  # a misspelt section
    ],
    ids=["upper-case", "phrase", "duplicate", "missing-section", "unknown-section"],
)
def test_a_broken_edit_is_rejected_with_its_place(tmp_path: Path, change, message: str) -> None:
    assert_edit_rejected(lexicon, load_german_words, change, message, tmp_path)


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


# (section, probe sentence, the noun that is a time with the section and not without it)
TIME_NOUNS = [
    ("time_of_day_nouns", "Die Armee rückte in der Nacht in die Stadt ein.", "Nacht"),
    ("time_of_day_nouns", "Am Wochenende demonstrierten Tausende in Belgrad.", "Wochenende"),
    ("weekdays", "Die Minister trafen sich am Sonntagabend in Brüssel.", "Sonntagabend"),
    ("weekdays", "Der Angriff begann am Donnerstagmorgen.", "Donnerstagmorgen"),
    ("time_appositions", "Im Januar reiste die Kanzlerin nach Peking.", "Januar"),
    ("time_appositions", "Die Explosion ereignete sich gegen 3 Uhr Ortszeit.", "Ortszeit"),
    ("time_span_nouns", "Seit Jahren streiten die beiden Staaten um die Insel.", "Jahren"),
    ("time_span_nouns", "In der Zukunft will Berlin enger mit Paris arbeiten.", "Zukunft"),
]


@pytest.mark.model
@pytest.mark.parametrize(("section", "text", "noun"), TIME_NOUNS)
def test_each_time_list_makes_its_nouns_times(
    nlp, emptied, section: str, text: str, noun: str
) -> None:
    assert args.is_time_noun(_word(nlp(text), noun))
    emptied(section)
    assert not args.is_time_noun(_word(nlp(text), noun))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "dative"),
    [
        ("Der Polizei gelang es, die Täter festzunehmen.", "gelang", "Polizei"),
        ("Den Rebellen glückte es, die Stadt einzunehmen.", "glückte", "Rebellen"),
    ],
)
def test_the_dative_of_a_verb_of_success_is_its_doer(
    nlp, emptied, text: str, verb: str, dative: str
) -> None:
    assert [t.text for t in args._dative_achiever(_word(nlp(text), verb))] == [dative]
    emptied("achievement_verbs")
    assert args._dative_achiever(_word(nlp(text), verb)) == []


def _parsed(words: list[str], tree: list[tuple[str, str, str, int]]) -> Doc:
    """A hand-made parse: per word (lemma, POS, dependency label, head index)."""
    import spacy

    return Doc(
        spacy.blank("de").vocab,
        words=words,
        lemmas=[lemma for lemma, _, _, _ in tree],
        pos=[pos for _, pos, _, _ in tree],
        deps=[dep for _, _, dep, _ in tree],
        heads=[head for _, _, _, head in tree],
    )


@pytest.mark.parametrize(("verb", "lemma"), [("nannte", "nennen"), ("schimpfte", "schimpfen")])
def test_a_verb_with_two_accusatives_keeps_both(emptied, verb: str, lemma: str) -> None:
    """ "Biden nannte Putin einen Kriegsverbrecher": the bare name is no dative, as it would
    be before a noun object of another verb ("stattete China einen Besuch ab")."""
    doc = _parsed(
        ["Biden", verb, "Putin", "einen", "Kriegsverbrecher", "."],
        [
            ("Biden", "PROPN", "nsubj", 1),
            (lemma, "VERB", "ROOT", 1),
            ("Putin", "PROPN", "obj", 1),
            ("ein", "DET", "det", 4),
            ("Kriegsverbrecher", "NOUN", "obj", 1),
            (".", "PUNCT", "punct", 1),
        ],
    )
    assert args._bare_first_objects(doc[1]) == []
    emptied("double_accusative_verbs")
    assert [t.text for t in args._bare_first_objects(doc[1])] == ["Putin"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Der chinesische Außenminister nannte die Vorwürfe der USA haltlos.",
            ("REJECT", ("CHN",), ("USA",)),
        ),
    ],
)
def test_a_bare_predicative_judges_like_als(nlp, emptied, text: str, event) -> None:
    """ "nannte die Vorwürfe haltlos" = "bezeichnete die Vorwürfe als haltlos"."""
    from tests.pipeline.events.test_types_s15 import coded

    assert event in coded(nlp, text)
    emptied("bare_predicative_verbs")
    assert event not in coded(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Das Verteidigungsministerium teilte mit, es gebe keine Hinweise auf einen Angriff "
        "Russlands.",
        "Das Außenministerium erklärte, es gehe um die Sicherheit Israels.",
    ],
)
def test_an_expletive_es_stands_for_no_speaker(nlp, emptied, text: str) -> None:
    """ "es gebe keine Hinweise": no neuter speaker (das Ministerium) says it of itself."""
    import lagebild

    def pronouns() -> list[str]:
        found = lagebild.analyze(text, date="2024-05-01", nlp=nlp)
        return [found.text[m.start : m.end] for m in found.mentions if m.kind == "pronoun"]

    assert "es" not in pronouns()
    emptied("expletive_es_verbs")
    assert "es" in pronouns()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Paris (dpa) - Macron kündigte an, gemeinsam mit Bundeskanzler Scholz die Ukraine zu "
            "besuchen.",
            ("AGREE", ("FRA",), ("UKR",)),
        ),
    ],
)
def test_a_companion_is_no_partner_of_the_announced_act(nlp, emptied, text: str, event) -> None:
    """ "gemeinsam mit Scholz die Ukraine besuchen": Scholz goes along, Ukraine is visited."""
    from tests.pipeline.events.test_types_s15 import coded

    assert event in coded(nlp, text)
    emptied("companion_adverbs")
    assert event not in coded(nlp, text)


# (section, a hand-parsed clause with two subjects, the word that becomes the object)
CASE_PRONOUNS = [
    (
        "nominative_pronouns",
        "Die/DET/2/det Vorwürfe/NOUN/3/nsubj wies/VERB/0/ROOT er/PRON/3/nsubj",
        "Vorwürfe",
    ),
    (
        "accusative_pronouns",
        "Ihn/PRON/2/nsubj lobte/VERB/0/ROOT die/DET/4/det Opposition/NOUN/2/nsubj",
        "Ihn",
    ),
]


@pytest.mark.parametrize(("section", "spec", "obj"), CASE_PRONOUNS)
def test_a_pronoun_that_shows_its_case_decides_the_object(
    emptied, section: str, spec: str, obj: str
) -> None:
    import spacy

    from lagebild.pipeline.events.repair import repair_two_subjects

    vocab = spacy.blank("de").vocab

    def parse() -> Doc:
        rows = [t.split("/") for t in spec.split()]
        return Doc(vocab, words=[r[0] for r in rows], pos=[r[1] for r in rows],
                   heads=[int(r[2]) - 1 if r[2] != "0" else i for i, r in enumerate(rows)],
                   deps=[r[3] for r in rows])  # fmt: skip

    assert [t.text for t in repair_two_subjects(parse())] == [obj]
    emptied(section)
    assert repair_two_subjects(parse()) == []


def test_every_section_has_a_behaviour_case() -> None:
    covered = (
        {s for s, _, _ in TIME_NOUNS}
        | {s for s, _, _ in CASE_PRONOUNS}
        | {
            "expletive_es_verbs",
            "companion_adverbs",
            "achievement_verbs",
            "double_accusative_verbs",
            "bare_predicative_verbs",
        }
    )
    assert covered == set(SECTIONS)
