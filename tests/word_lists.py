"""A fixture body shared by the tests of the bundled word-list files (``lexicon.yaml``,
``actor_words.yaml``, ``place_words.yaml``): empty one section and read the file again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml


def bundled_data(module: ModuleType) -> dict:
    """The bundled file of a loader module, as YAML data."""
    return yaml.safe_load(module.DEFAULT_PATH.read_text(encoding="utf-8"))


def emptying(
    module: ModuleType, cached: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], None]]:
    """Yield a function that empties one section of ``module``'s file (a copy in
    ``tmp_path``) and clears the loader's cache ``cached``; undone afterwards."""

    def empty(section: str) -> None:
        data = bundled_data(module)
        data[section] = []
        path = tmp_path / module.DEFAULT_PATH.name
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        monkeypatch.setattr(module, "DEFAULT_PATH", path)
        cached.cache_clear()

    yield empty
    monkeypatch.undo()
    cached.cache_clear()


def assert_edit_rejected(
    module: ModuleType,
    loader: Callable[[Path], Any],
    change: Callable[[dict], Any],
    message: str,
    tmp_path: Path,
) -> None:
    """The bundled file with ``change`` applied fails to load, the error naming ``message``
    (the section or entry the analyst broke)."""
    from lagebild.errors import DataFileError

    data = bundled_data(module)
    change(data)
    path = tmp_path / module.DEFAULT_PATH.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        loader(path)
