"""Readers: one module per input format, each with ``read(path) -> Iterator[Record]``.

``read_records`` dispatches by extension, walks directories, reads ``-`` from
stdin, and turns every failure into a ``ReadError`` *value* so that a batch
goes on past bad files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

from lagebild.errors import ReadError, UnsupportedFormatError
from lagebild.readers import article, csv, jsonl, wikinews
from lagebild.readers.dateline import parse_dateline
from lagebild.record import Record

__all__ = ["Record", "ReadError", "parse_dateline", "read_path", "read_records", "read_stdin"]

READERS: tuple[ModuleType, ...] = (article, jsonl, csv, wikinews)
_BY_EXTENSION = {ext: module for module in READERS for ext in module.EXTENSIONS}
SUPPORTED_EXTENSIONS = tuple(sorted(_BY_EXTENSION))


def read_records(paths: Iterable[str | Path]) -> Iterator[Record | ReadError]:
    """Every record of every path, in order; ``-`` is stdin."""
    for path in paths:
        if str(path) == "-":
            yield from _guarded(lambda: read_stdin(sys.stdin.buffer), "<stdin>")
            continue
        path = Path(path)
        if path.is_dir():
            for file in iter_directory(path):
                yield from read_path(file)
        else:
            yield from read_path(path)


def read_path(path: Path) -> Iterator[Record | ReadError]:
    module = _BY_EXTENSION.get(path.suffix.lower())
    if module is None:
        yield UnsupportedFormatError(
            f"unknown format {path.suffix or '(no extension)'}; "
            f"use one of {', '.join(SUPPORTED_EXTENSIONS)} or a directory",
            source=str(path),
        )
        return
    yield from _guarded(lambda: module.read(path), str(path))


def iter_directory(root: Path) -> Iterator[Path]:
    """Files below ``root`` with a known extension, sorted, hidden ones skipped; streamed."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in _BY_EXTENSION:
                yield Path(dirpath) / name


def read_stdin(stream) -> Iterator[Record | ReadError]:
    """Sniff the format of stdin: JSON Lines if it starts with ``{``, else the record format."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from jsonl.read_lines(data.splitlines(keepends=True), "<stdin>", "stdin")
    else:
        yield article.parse_record(data, source="<stdin>", id="stdin")


def _guarded(make_iterator, source: str) -> Iterator[Record | ReadError]:
    try:
        yield from make_iterator()
    except ReadError as error:
        yield error
    except OSError as e:
        yield ReadError(f"cannot read ({e.strerror or e})", source=source)
    except (ValueError, UnicodeError, RecursionError) as e:
        yield ReadError(f"unreadable ({e})", source=source)
