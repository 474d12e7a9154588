"""The command line through its real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from tests.conftest import EXAMPLE_ARTICLE

runner = CliRunner()
COMMANDS = [
    ["analyze"],
    ["ingest"],
    ["compact"],
    ["watch"],
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


def test_an_error_with_a_long_file_name_is_one_line_in_a_pipe(tmp_path):
    missing = tmp_path / ("ordner-mit-einem-sehr-langen-namen/" * 4) / "artikel.txt"
    result = lagebild("ingest", str(missing), "--db", str(tmp_path / "x.db"))
    lines = result.stderr.decode().splitlines()
    assert [line for line in lines if "artikel.txt" in line] == [
        f"error {missing}: no such file or directory [E001]"
    ]
    assert any(line.startswith("read 0, new 0") and "articles/s" in line for line in lines)


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


# -- issue 17: read commands, start-up cost, progress, the README's examples -------------

READ_COMMANDS = [
    ["search", "Nato"],
    ["articles"],
    ["show", "x"],
    ["report"],
    ["export", "-o", "-"],
    ["failures"],
    ["actors"],
    ["actor", "Putin"],
    ["quotes"],
    ["events"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_commands_on_a_missing_store_say_so_and_create_nothing(tmp_path, command):
    result = runner.invoke(app, [*command, "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 1
    assert "typo.db: no store here" in str(result.exception)  # main() prints it as one line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "option", [["--to", "foo"], ["--from", "2022-13"], ["--from", "2014-03", "--to", "2014-3"]]
)
@pytest.mark.parametrize("command", ["events", "articles", "quotes"])
def test_a_bad_date_filter_is_a_one_line_error_naming_it(tmp_path, command, option):
    from lagebild.store import Store

    Store(tmp_path / "s.db").close()
    result = lagebild(command, *option, "--db", str(tmp_path / "s.db"))
    assert result.returncode == 1
    assert repr(option[-1]) in result.stderr.decode() and "Traceback" not in result.stderr.decode()


QUERY_COMMANDS = [["--help"], ["search", "Nato"], ["events"], ["report"]]


@pytest.mark.parametrize("command", QUERY_COMMANDS, ids=" ".join)
def test_query_commands_start_without_loading_the_nlp_stack(tmp_path, command):
    """Querying a store needs no model: spaCy and thinc stay unimported, which is what keeps
    a query's start-up at about 0.2 s of CPU instead of seconds. (A CPU-time bound here failed
    by chance on a busy shared machine in sessions 16 and 20; timings belong to benchmarks/.)"""
    from lagebild.store import Store

    Store(tmp_path / "s.db").close()
    db = [] if command == ["--help"] else ["--db", str(tmp_path / "s.db")]
    probe = (
        "import sys, atexit\n"
        "atexit.register(lambda: sys.stderr.write(''.join(f'LOADED {m}' for m in ('spacy',"
        " 'thinc') if m in sys.modules)))\n"
        "from lagebild.cli import main\n"
        f"sys.argv = ['lagebild', *{[*command, *db]!r}]\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    assert b"LOADED" not in result.stderr


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # read 1, analysed 1 of 2 files: half done in 2 s
        ((1, 1, 0, 0), ["1 of 2 done", "0.50 articles/s", "about 2 s left"]),
        # read 2, both refused (too long): read and failed, counted once
        ((2, 0, 0, 2), ["2 of 2 done", "about 0 s left"]),
        # read 2, analysis a batch behind: nothing done yet, no time left claimed
        ((2, 0, 0, 0), ["0 of 2 done"]),
        # one .json file held 3 items: more than the files, so no total and no estimate
        ((3, 2, 1, 0), ["3 done (3 read"]),
    ],
)
def test_progress_lines_go_to_stderr_when_it_is_not_a_terminal(
    tmp_path, monkeypatch, capsys, counts, expected
):
    from types import SimpleNamespace

    from lagebild.cli import _known_total, _ProgressLines

    (tmp_path / "a.txt").write_text(" date 2022 T\n\nText.")
    (tmp_path / "b.txt").write_text(" date 2022 T\n\nText.")
    monkeypatch.setenv("LAGEBILD_PROGRESS_SECONDS", "0")
    progress = _ProgressLines(_known_total([str(tmp_path)]))
    read, analysed, unchanged, failed = counts
    progress(
        SimpleNamespace(
            read=read,
            failed=failed,
            analysed=analysed,
            unchanged=unchanged,
            seconds=2.0,
            articles_per_second=analysed / 2.0,
        )
    )
    line = capsys.readouterr().err
    assert all(part in line for part in expected), line
    assert "about -" not in line  # never a negative time left
    if "about" not in expected[-1]:
        assert "left" not in line


def test_ingest_reports_progress_while_reading_not_only_at_the_end(tmp_path):
    from lagebild.ingest import ingest
    from lagebild.store import Store

    for i in range(40):  # too long: refused before analysis, so no model is needed
        (tmp_path / f"a{i}.txt").write_text(" date 2022 T\n\n" + "Wort " * 50)
    seen = []
    with Store(tmp_path / "s.db") as store:
        summary = ingest(
            [str(tmp_path)],
            store,
            max_chars=100,
            on_progress=lambda s: seen.append(s.read + s.failed),
        )
    assert summary.failed == 40 and len(seen) >= 2 and seen[0] < 40


def test_a_too_long_article_names_an_option_that_exists(tmp_path):
    from lagebild.ingest import ingest
    from lagebild.store import Store, queries

    (tmp_path / "long.txt").write_text(" date 2022 T\n\n" + "Wort " * 50_000)
    with Store(tmp_path / "s.db") as store:
        ingest([str(tmp_path / "long.txt")], store)
        (row,) = queries.failures(store.conn)
    assert "--max-chars" in row["reason"]
    assert "--max-chars" in runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200"}).output


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_examples_use_files_that_exist_in_a_fresh_clone(command):
    """Only the evaluation commands name ../shared, the annotated data sets they measure on,
    and the train-only model's split that `make model` writes to training/; URLs are no files."""
    import shlex

    from tests.conftest import ROOT

    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "300"})
    example = result.output.split("Example: ", 1)[1].splitlines()[0]
    words = shlex.split(example.split("  ")[0])
    outputs = {
        words[i + 1]
        for i, w in enumerate(words[:-1])
        if w in ("-o", "--output", "--db", "--parquet")
    }
    for word in words[2:]:
        shared_data = command[0] == "evaluate" and word.startswith(
            ("../shared/", "training/corpus/", "training/output/")
        )
        if word in outputs or shared_data or word.startswith("-") or "://" in word:
            continue
        if "/" in word or Path(word).suffix in (".txt", ".jsonl", ".csv", ".json"):
            assert (ROOT / word).exists(), f"{example}: {word} does not exist"


LONG_OR_WRITING = ("analyze", "ingest", "watch", "serve")


def _readme_commands() -> list[list[str]]:
    import re
    import shlex

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## What it does", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = []
    for line in block.splitlines():
        for part in re.split(r"\s;\s", re.split(r"\s#\s", line)[0]):
            words = shlex.split(part)
            # analyze and ingest write; watch and serve run until stopped
            if words and words[0] == "lagebild" and words[1] not in LONG_OR_WRITING:
                commands.append(words[1:])
    return commands


@pytest.mark.model
def test_the_readme_example_queries_return_results_on_the_demo_store(nlp, tmp_path):
    from tests.conftest import EXAMPLES

    db = str(tmp_path / "news.db")
    assert runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db]).exit_code == 0
    commands = _readme_commands()
    assert len(commands) >= 14
    for words in commands:
        words = [db if w == "news.db" else w for w in words]
        words = [str(tmp_path / w) if w.startswith("events.") else w for w in words]
        result = runner.invoke(app, words)
        assert result.exit_code == 0, (words, result.output)
        if words[0] not in ("export", "failures"):
            assert result.stdout.strip(), f"no results: lagebild {' '.join(words)}"


def test_rules_only_and_folds_together_are_a_usage_error(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "events", str(gold), "--folds", "3", "--rules-only"])
    assert result.exit_code == 2
    assert "--rules-only" in result.output
