"""Every error message is one line, whatever the input put into its name or reason."""

from __future__ import annotations

import pickle

import pytest

from lagebild.errors import AnalysisError, ReadError


@pytest.mark.parametrize(
    ("source", "reason", "expected"),
    [
        ("a.txt", "empty", "a.txt:2: empty [E001]"),
        ("feed.json", "no body\ntext", "feed.json:2: no body\\ntext [E001]"),
        ("urn:x\r\ny", "bad\tid", "urn:x\\r\\ny:2: bad id [E001]"),
    ],
)
def test_an_error_message_is_one_line(source, reason, expected):
    assert str(ReadError(reason, source=source, position=2)) == expected


def test_an_error_keeps_its_fields_across_processes():
    error = pickle.loads(pickle.dumps(AnalysisError("failed", source="f.txt", position=2)))
    assert (type(error), error.reason, error.source, error.position) == (
        AnalysisError,
        "failed",
        "f.txt",
        2,
    )
