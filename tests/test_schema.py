from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from lagebild.analysis import ArticleAnalysis, Sentence
from lagebild.schema import SCHEMA_PATH, load_schema, render_schema


def test_schema_file_is_generated_from_the_models():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render_schema(), (
        "lagebild/schema/article.schema.json is stale: run `python -m lagebild.schema`"
    )


def test_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(load_schema())


def test_minimal_analysis_validates():
    analysis = ArticleAnalysis(
        text="Ein Satz.", sentences=[Sentence(start=0, end=9)], date="2022-02"
    )
    Draft202012Validator(load_schema()).validate(analysis.model_dump(mode="json"))


@pytest.mark.parametrize("date", ["22-02", "2022/02", "Februar 2022"])
def test_dates_must_be_iso_with_precision(date):
    errors = list(
        Draft202012Validator(load_schema()).iter_errors(
            {"text": "x", "sentences": [], "date": date}
        )
    )
    assert errors


@pytest.mark.model
def test_example_article_analysis_validates(example_analysis):
    Draft202012Validator(load_schema()).validate(example_analysis.model_dump(mode="json"))
