"""The cache of the indexed knowledge base: keyed by data, schemas and code."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.kb import cache


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in package directory with one module and one schema."""
    folder = tmp_path / "kb"
    (folder / "schema").mkdir(parents=True)
    (folder / "forms.py").write_text("A = 1\n", encoding="utf-8")
    (folder / "schema" / "states.schema.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(cache, "KB_DIR", folder)
    return folder


@pytest.mark.parametrize(
    "edit",
    ["forms.py", "schema/states.schema.json", "data/states.yaml"],
    ids=["module", "schema", "data"],
)
def test_any_edit_of_code_schema_or_data_changes_the_key(package: Path, edit: str) -> None:
    data = package / "data"
    data.mkdir()
    texts = {data / "states.yaml": "- id: RUS\n"}
    before = cache.cache_key(data, texts)
    if edit.startswith("data/"):
        texts = {data / "states.yaml": "- id: UKR\n"}
    else:
        (package / edit).write_text("B = 2\n", encoding="utf-8")
    assert cache.cache_key(data, texts) != before


def test_a_cached_object_of_another_kind_is_not_returned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    cache.write_cache("abc-1", {"not": "a knowledge base"})
    assert cache.read_cache("abc-1", dict) == {"not": "a knowledge base"}
    assert cache.read_cache("abc-1", list) is None
    assert cache.read_cache("missing-1", dict) is None
