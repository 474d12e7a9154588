"""The JSON Schema of the analysis output, generated from ``lagebild.analysis``.

Regenerate with ``python -m lagebild.schema``; a test fails when the file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.analysis import ArticleAnalysis

SCHEMA_PATH = Path(__file__).with_name("article.schema.json")
SCHEMA_ID = "https://lagebild.invalid/schema/article.schema.json"


def article_schema() -> dict:
    schema = ArticleAnalysis.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def render_schema() -> str:
    return json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"


def load_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
