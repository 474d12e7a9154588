"""Every error lagebild reports, in one place, each with a code.

Messages are one line and name the file (and position) and the reason, so a
batch can log them and go on. ``--debug`` on the command line shows tracebacks.
"""

from __future__ import annotations

_ONE_LINE = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": " "})


class LagebildError(Exception):
    code = "E000"

    def __init__(self, reason: str, *, source: str | None = None, position: int | None = None):
        self.reason = reason
        self.source = source
        self.position = position
        super().__init__(str(self))

    def __reduce__(self) -> tuple:
        # keeps reason, source and position when an error crosses a process boundary
        return (_rebuild, (type(self), self.reason, self.source, self.position))

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.position is not None:
            where = f"{where}:{self.position}"
        # one line whatever the input put into a name or reason (an id with a line break)
        return f"{where}: {self.reason} [{self.code}]".translate(_ONE_LINE)


class ReadError(LagebildError):
    """A record could not be read (empty, binary, undecodable, malformed)."""

    code = "E001"


class HeaderError(ReadError):
    """The ` date YYYY-MM[-DD] Title` header line is missing or malformed."""

    code = "E002"


class UnsupportedFormatError(ReadError):
    code = "E003"


class ReadWarning(LagebildError):
    """A record was stored, but with a caveat (for example bytes that were not UTF-8)."""

    code = "W001"


class AnalysisError(LagebildError):
    """The pipeline failed on a record."""

    code = "E010"


class ModelNotFoundError(LagebildError):
    code = "E020"


class DataFileError(LagebildError):
    """A data file (knowledge base, codebook, word list) is missing or invalid."""

    code = "E030"


class StoreError(LagebildError):
    code = "E040"


class ArticleNotFoundError(StoreError):
    code = "E041"


def _rebuild(
    cls: type[LagebildError], reason: str, source: str | None, position: int | None
) -> LagebildError:
    return cls(reason, source=source, position=position)
class QueryError(StoreError):
    """A query option or search string that cannot be answered honestly."""

    code = "E042"
