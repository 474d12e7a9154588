"""The reporting-verb lexicon: the YAML validates, and forms find their verbs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from lagebild.codebook.quotes_loader import (
    DEFAULT_PATH,
    SCHEMA_PATH,
    load_lexicon,
    read_lexicon,
    weak_forms,
)
from lagebild.errors import DataFileError


def test_shipped_yaml_validates_against_its_schema():
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_every_verb_lemma_is_listed_once():
    lemmas = [v.lemma for v in load_lexicon().verbs]
    assert len(lemmas) == len(set(lemmas))


@pytest.mark.parametrize(
    ("form", "particle", "lemma"),
    [
        ("sagte", "", "sagen"),
        ("gesagt", "", "sagen"),
        ("erklärte", "", "erklären"),
        ("teilte", "mit", "mitteilen"),
        ("mitteilte", "", "mitteilen"),
        ("mitgeteilt", "", "mitteilen"),
        ("wies", "hin", "hinweisen"),
        ("hingewiesen", "", "hinweisen"),
        ("rief", "auf", "aufrufen"),
        ("gab", "bekannt", "bekanntgeben"),
        ("kritisierte", "", "kritisieren"),
        ("kritisiert", "", "kritisieren"),
        ("begründete", "", "begründen"),
        ("sprach", "", "sprechen"),
        ("hieß", "", "heißen"),
        ("warf", "vor", "vorwerfen"),
    ],
)
def test_form_and_particle_find_the_verb(form, particle, lemma):
    verbs = load_lexicon().verbs_for(form, "", particle)
    assert lemma in [v.lemma for v in verbs]


@pytest.mark.parametrize(
    ("form", "particle"),
    [("gab", "auf"), ("teilte", ""), ("lief", ""), ("wies", "")],
    ids=["aufgeben-is-no-report", "teilen-without-mit", "unknown-verb", "weisen-alone"],
)
def test_wrong_or_missing_particle_finds_nothing(form, particle):
    assert load_lexicon().verbs_for(form, "", particle) == ()


def test_model_lemma_is_used_when_the_form_is_unknown():
    verbs = load_lexicon().verbs_for("erklärt's", "erklären", "")
    assert [v.lemma for v in verbs] == ["erklären"]


@pytest.mark.parametrize(
    ("base", "expected", "absent"),
    [
        ("sagen", {"sage", "sagt", "sagte", "sagten", "gesagt"}, set()),
        ("begründen", {"begründet", "begründete", "begründeten"}, {"gebegründet"}),
        ("kritisieren", {"kritisiert", "kritisierte"}, {"gekritisiert"}),
        ("äußern", {"äußert", "äußerte", "geäußert"}, set()),
    ],
)
def test_regular_forms_are_generated(base, expected, absent):
    forms = weak_forms(base)
    assert expected <= forms
    assert not absent & forms


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Angaben", "Angabe"),
        ("Polizeiangaben", "Angabe"),
        ("Expertenmeinung", "Meinung"),
        ("Medienberichten", "Medienbericht"),
        ("Spiel", None),
        ("Forderung", None),
    ],
)
def test_source_nouns_also_as_compound_heads(word, lemma):
    noun = load_lexicon().source_noun(word)
    assert (noun.lemma if noun else None) == lemma


def test_speech_act_preposition_is_read():
    (sprechen,) = load_lexicon().verbs_for("sprach", "", "")
    assert sprechen.speech_act and sprechen.preposition == "von"


def test_source_preposition_is_read():
    (verlauten,) = load_lexicon().verbs_for("verlautete", "", "")
    assert verlauten.source_preposition == "aus"


def test_konjunktiv_forms_cover_the_frequent_ones():
    forms = load_lexicon().konjunktiv_forms
    assert {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "gebe"} <= forms


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            {"lemma": "mitteilen", "particle": "an", "type": "speech", "complements": []},
            "must start with its particle",
        ),
        ({"lemma": "sagen", "type": "shouting", "complements": []}, "invalid at verbs/0/type"),
        ({"lemma": "sagen", "type": "speech"}, "invalid at verbs/0"),
    ],
    ids=["particle-not-prefix", "unknown-type", "missing-complements"],
)
def test_invalid_entries_are_reported_with_the_file(tmp_path: Path, broken, message):
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    data["verbs"] = [broken]
    path = tmp_path / "verbs.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_lexicon(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_unreadable_yaml_is_a_data_file_error(tmp_path: Path):
    path = tmp_path / "verbs.yaml"
    path.write_text("verbs: [unclosed", encoding="utf-8")
    with pytest.raises(DataFileError):
        read_lexicon(path)


@pytest.mark.parametrize(
    ("form", "lemma", "particle"),
    [("teilte", "teilen", "mit"), ("sagte", "sagen", ""), ("mitgeteilt", "mitteilen", "")],
)
def test_a_word_with_reporting_verbs_is_among_the_verb_words(form, lemma, particle):
    lexicon = load_lexicon()
    assert lexicon.verbs_for(form, lemma, particle)
    assert form in lexicon.verb_words or lemma in lexicon.verb_words


def test_no_particle_makes_a_reporting_verb_of_a_word_outside_the_verb_words():
    lexicon = load_lexicon()
    assert "verhängte" not in lexicon.verb_words and "verhängen" not in lexicon.verb_words
    particles = {p for p, _ in lexicon.verb_index}
    assert not any(lexicon.verbs_for("verhängte", "verhängen", p) for p in particles)
