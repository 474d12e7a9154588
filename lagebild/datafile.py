"""Data files an analyst edits (knowledge base, codebook, reporting verbs): YAML checked
against a JSON Schema. Every problem is a ``DataFileError`` (or the subclass a caller names)
with the file, the line or entry, and the reason in one line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml
from jsonschema import Draft202012Validator

from lagebild.errors import DataFileError

W = TypeVar("W")

# The C parser when PyYAML was built with libyaml (several times faster), else Python's.
YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Keys that name an entry in an error's path: "3 (id=Q7747)/roles/0 (title=Präsident)".
NAMING_KEYS = ("id", "word", "title", "code", "name")


def read_text(path: Path, error: type[DataFileError] = DataFileError, what: str = "file") -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise error(f"cannot read {what}: {err}", source=str(path)) from err


def parse_yaml(text: str, path: Path, error: type[DataFileError] = DataFileError) -> Any:
    """The YAML document in ``text`` (None for an empty file), or ``error`` with its line."""
    try:
        return yaml.load(text, Loader=YamlLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = f"not valid YAML: {yaml_problem(err)}"
        raise error(reason, source=str(path), position=line) from err


def read_yaml(path: Path, error: type[DataFileError] = DataFileError, what: str = "file") -> Any:
    return parse_yaml(read_text(path, error, what), path, error)


def load_schema(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def validate(
    data: Any,
    validator: Draft202012Validator,
    path: Path,
    schema_name: str,
    error: type[DataFileError] = DataFileError,
) -> None:
    """Raise ``error`` for the first schema violation (by position in the file)."""
    errors = sorted(
        validator.iter_errors(data), key=lambda e: [(isinstance(p, str), p) for p in e.path]
    )
    if not errors:
        return
    first = errors[0]
    where = describe_path(data, list(first.absolute_path))
    more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
    reason = f"invalid at {where} (schema {schema_name}): {first.message}{more}"
    raise error(reason, source=str(path))


def read_word_lists(path: Path, schema_path: Path, what: str) -> dict[str, list[str]]:
    """A file of named word lists, read and validated against its schema; raises
    DataFileError naming the file and the entry."""
    data = read_yaml(path, what=what)
    validate(data, Draft202012Validator(load_schema(schema_path)), path, schema_path.name)
    return dict(data)


def word_lists_as(cls: Callable[..., W], lists: dict[str, list[str]]) -> W:
    """The dataclass ``cls`` with one attribute per list: a tuple where the attribute is
    annotated as one (the file's order kept, for rules that match by a word's start or
    ending), else a frozenset (asked for membership)."""
    return cls(**{f.name: _collection(str(f.type), lists[f.name]) for f in fields(cast(Any, cls))})


def _collection(annotation: str, words: list[str]) -> tuple[str, ...] | frozenset[str]:
    return tuple(words) if annotation.startswith("tuple") else frozenset(words)


def describe_path(data: Any, path: list[str | int]) -> str:
    """Where in a file an error is, naming entries by their key: ``12 (id=p:foo)/roles/0``."""
    steps = []
    node = data
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            steps.append(str(step))
            continue
        key = next(
            (k for k in NAMING_KEYS if isinstance(node, dict) and isinstance(node.get(k), str)),
            None,
        )
        steps.append(f"{step} ({key}={node[key]})" if isinstance(step, int) and key else str(step))
    return "/".join(steps) or "(top level)"


def yaml_problem(err: yaml.YAMLError) -> str:
    problem = getattr(err, "problem", None)
    return str(problem) if problem else str(err).splitlines()[0]


def write_generated(
    path: Path, text: str, *, check: bool, rebuild: str, summary: str | None = None
) -> bool:
    """Write a generated layer (``*.generated.*``), or with ``check`` only compare it with the
    committed file; False, with a line on stderr naming ``rebuild``, when that is stale. A
    written file is reported as ``wrote PATH (SUMMARY)`` when a summary is given."""
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run {rebuild}", file=sys.stderr)
            return False
        return True
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if summary is not None:
        print(f"wrote {path} ({summary})")
    return True


def dump_generated(header: str, entries: list[dict[str, Any]], **options: Any) -> str:
    """A generated YAML layer: its header comment, then the entries in file order."""
    options = {"allow_unicode": True, "sort_keys": False, "width": 100, **options}
    return header + yaml.safe_dump(entries, **options)


def generated_parser(
    description: str, directory_help: str, corpus: Path | None = None
) -> argparse.ArgumentParser:
    """The command line of a build script of a generated layer: the source folder,
    ``--check`` and, for scripts that filter by the raw corpus, ``--corpus``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("directory", type=Path, help=directory_help)
    if corpus is not None:
        parser.add_argument("--corpus", type=Path, default=corpus, help="German text (.txt.gz)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    return parser


def corpus_missing(corpus: Path) -> bool:
    """True, with a line on stderr, when the raw corpus a build script filters by is absent."""
    if corpus.is_file():
        return False
    print(f"{corpus}: corpus not found (give --corpus)", file=sys.stderr)
    return True
