"""Readers: one module per input format, each with ``read(path) -> Iterator[Record]``.

``read_records`` dispatches by extension, walks directories, reads ``-`` from
stdin, and turns every failure into a ``ReadError`` *value* so that a batch
goes on past bad files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from lagebild.errors import ReadError, UnsupportedFormatError
from lagebild.readers import article, csv, feed, html, jsonl, newsml, ninjs, warc, wikinews
from lagebild.readers.dateline import parse_dateline
from lagebild.record import Record

__all__ = ["Record", "ReadError", "parse_dateline", "read_path", "read_records", "read_stdin"]

# Where several readers share an extension (.json, .xml), the first whose ``sniff`` accepts
# the file's first bytes reads it; the last one listed is the fallback.
READERS: tuple[ModuleType, ...] = (
    article, jsonl, csv, ninjs, wikinews, newsml, feed, html, warc
)  # fmt: skip
_BY_EXTENSION: dict[str, list[ModuleType]] = {}
for _module in READERS:
    for _ext in _module.EXTENSIONS:
        _BY_EXTENSION.setdefault(_ext, []).append(_module)
SUPPORTED_EXTENSIONS = tuple(sorted(_BY_EXTENSION))
SNIFF_BYTES = 8192


def extension(path: Path) -> str:
    """The format's extension, two parts deep for compressed crawls (``.warc.gz``)."""
    name = path.name.lower()
    double = "".join(Path(name).suffixes[-2:])
    return double if double in _BY_EXTENSION else Path(name).suffix


def reader_for(path: Path) -> ModuleType | None:
    """The reader of ``path``: by extension, then by content where that is ambiguous."""
    modules = _BY_EXTENSION.get(extension(path))
    if not modules or len(modules) == 1:
        return modules[0] if modules else None
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return modules[-1]  # the reader reports the error itself
    return next((m for m in modules if getattr(m, "sniff", None) and m.sniff(head)), modules[-1])


def read_records(paths: Iterable[str | Path]) -> Iterator[Record | ReadError]:
    """Every record of every path, in order, each with an id; ``-`` is stdin."""
    for path in paths:
        if str(path) == "-":
            yield from _guarded(lambda: read_stdin(sys.stdin.buffer), "<stdin>")
            continue
        path = Path(path)
        if path.is_dir():
            for file in iter_directory(path):
                if isinstance(file, ReadError):
                    yield file
                else:
                    yield from read_path(file, root=path)
        elif not path.exists() and not path.is_symlink():
            yield ReadError("no such file or directory", source=str(path))
        else:
            yield from read_path(path)


def read_path(path: Path, root: Path | None = None) -> Iterator[Record | ReadError]:
    """The records of one file, ids derived from its path relative to ``root`` (or its folder)
    where the format gives none of its own (a URN, GUID or URL)."""
    module = reader_for(path)
    if module is None:
        yield UnsupportedFormatError(
            f"unknown format {path.suffix or '(no extension)'}; "
            f"use one of {', '.join(SUPPORTED_EXTENSIONS)} or a directory",
            source=str(path),
        )
        return
    name = record_name(path, root)
    for item in _guarded(lambda: module.read(path), str(path)):
        yield _identify(item, name) if isinstance(item, Record) else item


def record_name(path: Path, root: Path | None = None) -> str:
    """The path relative to the ingest root, '/'-separated; ``.txt`` (the native format) dropped."""
    try:
        relative = path.relative_to(root) if root is not None else Path(path.name)
    except ValueError:
        relative = Path(path.name)
    name = relative.as_posix()
    return name[: -len(".txt")] if name.lower().endswith(".txt") else name


def _identify(record: Record, name: str) -> Record:
    """A record without its own id gets one that says where it came from and cannot collide:
    the file name for a one-record file, else the position plus a hash of the content."""
    if record.id is None:
        record.derived_id = True
        if record.position is None:
            record.id = name
        else:
            record.id = f"{name}:{record.position}-{record.content_hash[:8]}"
    return record


def iter_directory(root: Path) -> Iterator[Path | ReadError]:
    """Files below ``root`` with a known extension, sorted, hidden ones skipped; streamed.

    Symlinked folders are followed once; a link back into a folder already walked is
    reported, not followed, so a loop ends.
    """
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:
            yield ReadError(
                "symlinked folder already read (a loop or a second link), skipped", source=dirpath
            )
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and extension(Path(name)) in _BY_EXTENSION:
                yield Path(dirpath) / name


def read_stdin(stream: BinaryIO) -> Iterator[Record | ReadError]:
    """Sniff the format of stdin: JSON Lines if it starts with ``{``, else the record format.

    Stdin has no name, so a record without its own id is named by its content hash.
    """
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        items: Iterable[Record | ReadError] = jsonl.read_lines(
            data.splitlines(keepends=True), "<stdin>"
        )
    else:
        try:
            items = [article.parse_record(data, source="<stdin>", id=None)]
        except ReadError as error:
            items = [error]
    for item in items:
        if isinstance(item, Record) and item.id is None:
            item.id = f"stdin-{item.content_hash[:16]}"
            item.derived_id = True
        yield item


def _guarded(make_iterator: Callable[[], Iterable], source: str) -> Iterator[Record | ReadError]:
    try:
        yield from make_iterator()
    except ReadError as error:
        yield error
    except OSError as e:
        yield ReadError(f"cannot read ({e.strerror or e})", source=source)
    except (ValueError, UnicodeError, RecursionError) as e:
        yield ReadError(f"unreadable ({e})", source=source)
