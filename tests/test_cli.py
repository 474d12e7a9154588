"""The command line through its real entry point."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from tests.conftest import EXAMPLE_ARTICLE

runner = CliRunner()
COMMANDS = [
    ["analyze"],
    ["ingest"],
    ["search"],
    ["articles"],
    ["show"],
    ["report"],
    ["export"],
    ["failures"],
    ["actors"],
    ["actor"],
    ["quotes"],
    ["events"],
    ["evaluate", "ner"],
    ["evaluate", "parse"],
    ["evaluate", "actors"],
    ["evaluate", "quotes"],
    ["evaluate", "events"],
]


def lagebild(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lagebild", *args], input=stdin, capture_output=True, timeout=600
    )


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Example: lagebild " + " ".join(command) in result.output


def test_bad_inputs_give_one_line_each_no_traceback_and_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff" * 50)
    (tmp_path / "nohead.txt").write_text("Nur Text ohne Kopfzeile.\n")
    result = lagebild("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in err
    for name in ("empty.txt", "bin.txt", "nohead.txt"):
        assert sum(name in line for line in err.splitlines()) == 1
    assert "failed 3" in err


def test_missing_article_in_show_is_one_line_error(tmp_path):
    from lagebild.store import Store

    Store(tmp_path / "x.db").close()
    result = lagebild("show", "nope", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert "no article with id 'nope'" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


@pytest.mark.model
def test_analyze_example_prints_one_object_that_validates(nlp):
    from jsonschema import Draft202012Validator

    from lagebild.schema import load_schema

    result = runner.invoke(app, ["analyze", str(EXAMPLE_ARTICLE), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    data = json.loads(line)
    Draft202012Validator(load_schema()).validate(data)
    assert data["date"] == "2022-02" and data["title"] == "Putin in Peking"
    assert data["dateline"]["places"] == ["Peking"] and data["dateline"]["agency"] == "dpa"


@pytest.mark.model
def test_analyze_reads_stdin(nlp):
    result = runner.invoke(
        app, ["analyze", "-"], input=" date 2022-02-04 T\n\nDer Kanzler spricht."
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["date"] == "2022-02-04"


@pytest.mark.model
def test_ingest_twice_keeps_the_count_and_store_answers(nlp, tmp_path):
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(EXAMPLE_ARTICLE.parent), "--db", db])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(EXAMPLE_ARTICLE.parent), "--db", db])
    assert "new 0" in again.output and "unchanged 15" in again.output
    listed = runner.invoke(app, ["articles", "--db", db, "--json", "--limit", "100"])
    assert len(json.loads(listed.stdout)) == 15
    found = runner.invoke(app, ["search", "Osterweiterung", "--db", db, "--json"])
    assert [r["id"] for r in json.loads(found.stdout)] == ["putin-in-peking"]
    report = runner.invoke(app, ["report", "--db", db, "--json"])
    assert json.loads(report.stdout)["counts"]["articles"] == 15
    shown = runner.invoke(app, ["show", "putin-in-peking", "--db", db])
    assert shown.exit_code == 0 and "Putin in Peking" in shown.output
    for fmt in ("jsonl", "csv", "plover"):
        out = tmp_path / f"export.{fmt}"
        exported = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", db])
        assert exported.exit_code == 0, exported.output
        assert out.exists()
    parquet = tmp_path / "events.parquet"
    assert (
        runner.invoke(app, ["export", "-f", "parquet", "-o", str(parquet), "--db", db]).exit_code
        == 0
    )
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows >= 1
