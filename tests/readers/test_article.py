from __future__ import annotations

import pytest

from lagebild.errors import HeaderError, ReadError
from lagebild.readers import read_records
from lagebild.readers.article import parse_record
from tests.conftest import EXAMPLE_ARTICLE


def test_example_article_has_date_title_and_dateline():
    (record,) = list(read_records([EXAMPLE_ARTICLE]))
    assert record.id == "putin-in-peking"
    assert record.date == "2022-02"
    assert record.title == "Putin in Peking"
    assert record.dateline.places == ["Peking"]
    assert record.dateline.agency == "dpa"
    assert record.text.startswith("Peking (dpa) - Vor dem Hintergrund")


def test_body_is_kept_byte_for_byte():
    body = "Berlin (dpa) - Erster Satz.\r\n\r\n  Zweiter  Absatz\tmit Tab.\n"
    record = parse_record(f"date 2023-05-01 Titel\n\n{body}".encode(), "x.txt", "x")
    assert record.text == body
    assert record.date == "2023-05-01"


@pytest.mark.parametrize("header", [" date 2022-02 T", "date 2022-02 T", " date  2022-02-03   T  "])
def test_header_with_or_without_leading_space_is_read(header):
    record = parse_record(f"{header}\n\nText.".encode(), "x.txt", "x")
    assert record.title == "T"


@pytest.mark.parametrize(
    "content",
    [
        "Kein Kopf, nur Text.\n\nMehr Text.",
        " date Februar Titel\n\nText.",
        " date 2022-13 Titel\n\nText.",
        " date 2022-02-30 Titel\n\nText.",
        " date 2022-02\n\nText ohne Titel.",
        " date 2022-02 Titel\n\n   \n",
    ],
)
def test_missing_or_malformed_header_is_a_clear_error(content):
    with pytest.raises(HeaderError) as info:
        parse_record(content.encode(), "bad.txt", "bad")
    message = str(info.value)
    assert message.startswith("bad.txt") and "\n" not in message


def test_header_error_is_a_read_error():
    assert issubclass(HeaderError, ReadError)
