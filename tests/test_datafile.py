"""The shared data-file loader: YAML plus JSON Schema, one-line errors naming the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from lagebild.datafile import (
    corpus_missing,
    dump_generated,
    generated_parser,
    read_word_lists,
    read_yaml,
    validate,
    word_lists_as,
)
from lagebild.errors import DataFileError

SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "year"],
        "properties": {"id": {"type": "string"}, "year": {"type": "integer"}},
    },
}


class WordListError(DataFileError):
    """A caller's own error class."""


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "words.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "reason", "line"),
    [
        ("- {id: a, year: [2020\n", "not valid YAML", 2),  # found at the end of the file
        ("- id: a\n  year: 2020\n- id: b\n year: 2021\n", "not valid YAML", 4),
        (b"- id: \xff\n", "cannot read word list", None),
    ],
    ids=["unclosed-bracket", "bad-indent", "not-utf8"],
)
def test_unreadable_files_name_the_file_and_line(
    tmp_path: Path, content: str | bytes, reason: str, line: int | None
) -> None:
    path = write(tmp_path, content)
    with pytest.raises(WordListError, match=reason) as caught:
        read_yaml(path, WordListError, "word list")
    assert caught.value.source == str(path)
    assert caught.value.position == line
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_a_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read file"):
        read_yaml(tmp_path / "absent.yaml")


def test_an_empty_file_has_no_data(tmp_path: Path) -> None:
    assert read_yaml(write(tmp_path, "# only a comment\n")) is None


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ([{"id": "a", "year": 2020}, {"id": "b", "year": "2021"}], r"at 1 \(id=b\)/year"),
        ([{"id": "a"}], r"at 0 \(id=a\)"),
        ({"id": "a"}, r"at \(top level\)"),
    ],
    ids=["wrong-type-names-the-entry", "missing-key", "not-a-list"],
)
def test_schema_errors_say_where(tmp_path: Path, data: object, where: str) -> None:
    with pytest.raises(WordListError, match=where):
        validate(
            data, Draft202012Validator(SCHEMA), tmp_path / "w.yaml", "w.schema.json", WordListError
        )


def test_valid_data_passes(tmp_path: Path) -> None:
    validate([{"id": "a", "year": 2020}], Draft202012Validator(SCHEMA), tmp_path, "w.schema.json")


@pytest.mark.parametrize(
    ("committed", "check", "expected", "after"),
    [
        ("a\n", True, True, "a\n"),  # current: the check passes, nothing written
        ("old\n", True, False, "old\n"),  # stale: the check fails, nothing written
        (None, True, False, None),  # missing: stale too
        ("old\n", False, True, "a\n"),  # a rebuild writes the new text
    ],
)
def test_a_generated_layer_is_written_or_checked(
    tmp_path, capsys, committed, check, expected, after
):
    from lagebild.datafile import write_generated

    path = tmp_path / "layer.generated.yaml"
    if committed is not None:
        path.write_text(committed, encoding="utf-8")
    assert (
        write_generated(path, "a\n", check=check, rebuild="make it", summary="1 entry") is expected
    )
    assert (path.read_text(encoding="utf-8") if path.exists() else None) == after
    out, err = capsys.readouterr()
    assert ("run make it" in err) is (not expected)
    assert (out == f"wrote {path} (1 entry)\n") is (not check)


@pytest.mark.parametrize("corpus", [None, Path("raw.txt.gz")])
def test_a_build_script_takes_its_folder_check_and_corpus_only_when_it_filters(corpus):
    parser = generated_parser("Build a layer.", "the source folder", corpus)
    args = parser.parse_args(["src", "--check"])
    assert (args.directory, args.check) == (Path("src"), True)
    assert getattr(args, "corpus", None) == corpus


def test_a_missing_corpus_is_one_line_naming_it(tmp_path, capsys):
    present = tmp_path / "raw.txt.gz"
    present.write_bytes(b"")
    assert corpus_missing(tmp_path / "none.txt.gz") is True
    assert corpus_missing(present) is False
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none.txt.gz: corpus not found" in err


def test_a_generated_layer_is_its_header_then_the_entries_in_order():
    text = dump_generated("# header\n", [{"name": "Ünal", "code": "TUR"}, {"name": "A"}])
    assert text == "# header\n- name: Ünal\n  code: TUR\n- name: A\n"


@dataclass(frozen=True)
class _Lists:
    endings: tuple[str, ...]
    nouns: frozenset[str]


def test_word_lists_keep_order_where_a_tuple_is_asked_for_else_a_set():
    lists = word_lists_as(_Lists, {"endings": ["-ung", "-heit", "-ung"], "nouns": ["Rat", "Rat"]})
    assert lists == _Lists(("-ung", "-heit", "-ung"), frozenset({"Rat"}))


def test_a_word_list_file_against_its_schema_is_an_error_naming_the_file(tmp_path: Path) -> None:
    schema = tmp_path / "lists.schema.json"
    schema.write_text('{"type": "object", "additionalProperties": {"type": "array"}}')
    path = write(tmp_path, "nouns: Rat\n")
    with pytest.raises(DataFileError, match=f"^{re.escape(str(path))}: invalid at nouns"):
        read_word_lists(path, schema, "word lists")
    path.write_text("nouns: [Rat]\n", encoding="utf-8")
    assert read_word_lists(path, schema, "word lists") == {"nouns": ["Rat"]}
