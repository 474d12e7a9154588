"""The command line: a thin layer over the library (``lagebild --help``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from lagebild import render
from lagebild.errors import LagebildError, StoreError

app = typer.Typer(
    help="lagebild: German news → actors, quotations and PLOVER events, offline.\n\n"
    "Example: lagebild ingest articles/ && lagebild report",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=False,
)
evaluate_app = typer.Typer(
    help="Measure each capability against annotated data. "
    "Example: lagebild evaluate events ../shared/gold/events-dev.jsonl",
    no_args_is_help=True,
)
app.add_typer(evaluate_app, name="evaluate")

STATE = {"debug": False}

# -- shared options (bundled once, used by every command) -----------------------------------
DbOption = Annotated[
    Path, typer.Option("--db", envvar="LAGEBILD_DB", help="SQLite store (must exist).")
]
IngestDbOption = Annotated[
    Path, typer.Option("--db", envvar="LAGEBILD_DB", help="SQLite store (created if missing).")
]
Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Files or directories (.txt, .jsonl, .csv, .json, .xml, .rss, .atom, .html, "
        ".warc, .warc.gz); '-' reads stdin."
    ),
]
FromOption = Annotated[
    str | None, typer.Option("--from", help="First date: YYYY, YYYY-MM or YYYY-MM-DD.")
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", help="Last date, inclusive at its precision (2022-03: to 31 March)."),
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
ModelOption = Annotated[
    Path | None, typer.Option("--model", help="A spaCy model directory (default: the bundled one).")
]
ParquetOption = Annotated[
    Path | None,
    typer.Option("--parquet", help="Query a Parquet store (from ingest --dask) instead of --db."),
]

console = render.make_console()
err_console = render.make_console(stderr=True)


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    STATE["debug"] = debug


def _store(db: Path, create: bool = False):
    """The store for a command; only ingest creates one, reading a missing store is an error."""
    from lagebild.store import Store

    return Store(db, create=create)


@contextmanager
def _connection(db: Path, parquet: Path | None) -> Iterator[Any]:
    """The store's connection: SQLite, or DuckDB over a Parquet store; same queries."""
    if parquet is None:
        with _store(db) as store:
            yield store.conn
        return
    from lagebild.store.parquet import connect

    with connect(parquet) as conn:
        yield conn


def _nlp(model: Path | None, rules_only: bool = False):
    import lagebild

    nlp = lagebild.load(model)
    if rules_only:
        from lagebild.pipeline.events.detector import hold_gate_open

        hold_gate_open(nlp)  # this process evaluates once: changing the cached pipeline is safe
    return nlp


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _rows(rows: list[dict], title: str, as_json: bool, columns: list[str] | None = None) -> None:
    if as_json:
        _print_json(rows)
    elif not rows:
        err_console.print(f"no {title.lower()} found")
    else:
        console.print(render.rows_table(rows, title=title, columns=columns))


def _report_error(error: LagebildError) -> None:
    err_console.print(f"[red]error[/red] {error}", markup=True, highlight=False)


# -- analysis -------------------------------------------------------------------------------


@app.command()
def analyze(
    inputs: Inputs,
    format: Annotated[
        Literal["jsonl", "pretty"], typer.Option("--format", "-f", help="jsonl or pretty.")
    ] = "jsonl",
    model: ModelOption = None,
) -> None:
    """Analyse articles and print the result (nothing is stored).

    Example: lagebild analyze examples/putin-in-peking.txt --format pretty
    """
    from lagebild import analyze_records
    from lagebild.readers import read_records

    failed = 0
    nlp = None
    for item in read_records(inputs):
        if isinstance(item, LagebildError):
            _report_error(item)
            failed += 1
            continue
        nlp = nlp or _nlp(model)
        for _, result in analyze_records([item], nlp):
            if isinstance(result, LagebildError):
                _report_error(result)
                failed += 1
            elif format == "jsonl":
                sys.stdout.write(result.model_dump_json() + "\n")
            else:
                console.print(render.panel(render.article_view(result), title=result.id or ""))
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    inputs: Inputs,
    db: IngestDbOption = Path("lagebild.db"),
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 32,
    max_chars: Annotated[
        int,
        typer.Option(
            min=1,
            max=1_000_000,
            help="Longest article analysed, in characters. News needs far less; time and "
            "memory grow with it: 0.67 GB at 200,000, about 2.6 GB at 1,000,000.",
        ),
    ] = 200_000,
    model: ModelOption = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", help="Worker processes that analyse (0: all cores). One writes."
        ),
    ] = 1,
    parquet: Annotated[
        Path | None,
        typer.Option(
            "--parquet", help="Write a Parquet store here instead of --db, analysed with Dask."
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Dask scheduler for --parquet (default: a local cluster of --jobs workers).",
        ),
    ] = None,
) -> None:
    """Read, analyse and store articles; the same input twice adds nothing.

    Ids: the path below the folder given (examples/a/x.txt → a/x), the record's own id in
    JSON Lines/CSV (else file:line-hash), a content hash for stdin.
    With --parquet DIR [--dask tcp://scheduler:8786]: a Parquet store for corpora beyond one
    machine, analysed on a Dask cluster (a local one of --jobs workers by default).

    Example: lagebild ingest examples --db news.db
    """
    from lagebild.ingest import ingest as run_ingest
    from lagebild.workers import default_jobs

    jobs = jobs if jobs > 0 else default_jobs()
    if dask and parquet is None:
        raise LagebildError("--dask writes a Parquet store: give --parquet DIR", source=dask)
    if parquet is not None:
        _ingest_parquet(inputs, parquet, dask, jobs, model)
        return
    progress = _ProgressLines(_known_total(inputs))
    with _store(db, create=True) as store:
        summary = run_ingest(
            inputs,
            store,
            nlp=lambda: _nlp(model),
            batch_size=batch_size,
            on_error=lambda e: err_console.print(f"[red]error[/red] {e}", highlight=False),
            on_progress=progress,
            on_note=lambda n: err_console.print(f"[yellow]warning[/yellow] {n}", highlight=False),
            max_chars=max_chars,
            jobs=jobs,
            model=model,
        )
    if summary.replaced_ids:
        shown = ", ".join(summary.replaced_ids[:10])
        more = len(summary.replaced_ids) - 10
        shown += f" and {more} more" if more > 0 else ""
        err_console.print(
            f"replaced (changed since the last run): {shown}",
            highlight=False,
        )
    err_console.print(
        f"read {summary.read}, new {summary.new}, replaced {summary.replaced}, "
        f"unchanged {summary.unchanged}, failed {summary.failed}, warnings {summary.warnings} "
        f"({summary.words:,} words in {summary.seconds:.1f} s, "
        f"{summary.articles_per_second:.1f} articles/s) → {db}",
        highlight=False,
    )
    raise typer.Exit(1 if summary.failed else 0)


def _ingest_parquet(
    inputs: list[str], out: Path, scheduler: str | None, jobs: int, model: Path | None
) -> None:
    from lagebild.cluster import ingest_dask

    def on_progress(s) -> None:
        err_console.print(
            f"{s.read} read · {s.new} analysed · {s.unchanged} already stored · {s.failed} "
            f"failed · {s.articles_per_second:.1f} articles/s",
            highlight=False,
        )

    summary = ingest_dask(
        inputs, out, scheduler=scheduler, workers=jobs, model=model, on_progress=on_progress
    )
    for note in summary.notes:  # as the SQLite path prints them (a crawl's skipped pages)
        err_console.print(f"[yellow]warning[/yellow] {note}", highlight=False)
    err_console.print(
        f"read {summary.read}, new {summary.new}, already stored {summary.unchanged}, "
        f"failed {summary.failed} ({summary.words:,} words in {summary.seconds:.1f} s, "
        f"{summary.articles_per_second:.1f} articles/s) → {out}",
        highlight=False,
    )
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def compact(
    parquet: Annotated[
        Path, typer.Option("--parquet", help="The Parquet store (from ingest --parquet).")
    ],
) -> None:
    """Rewrite a Parquet store as one file per table and month: queries open fewer files.

    Safe to run while an ingest writes to the store, and to kill: readers see either the
    old partitions or the compacted one, never both or neither.

    Example: lagebild compact --parquet store/
    """
    from lagebild.store.compact import compact as compact_store
    from lagebild.store.parquet import committed_parts

    if not committed_parts(parquet):
        raise StoreError("no Parquet store here (no committed partition)", source=str(parquet))
    summary = compact_store(parquet)
    err_console.print(
        f"{summary.replaced} partitions compacted: {summary.files_before:,} files → "
        f"{summary.files_after:,} ({parquet})"
        if summary.part
        else f"nothing to compact: one partition, {summary.files_before:,} files ({parquet})",
        highlight=False,
    )


@app.command()
def watch(
    source: Annotated[str, typer.Argument(help="A feed URL (RSS/Atom/NewsML-G2) or a directory.")],
    every: Annotated[str, typer.Option(help="Time between rounds: 30s, 15m, 1h.")] = "15m",
    rounds: Annotated[int, typer.Option(help="Stop after this many rounds (0: never).")] = 0,
    db: DbOption = Path("lagebild.db"),
    model: ModelOption = None,
) -> None:
    """Poll a feed or a directory and ingest what is new, with a summary line per round.

    Example: lagebild watch https://example.org/politik.rss --every 15m --db news.db
    """
    from lagebild.watch import Watcher, parse_interval

    try:
        seconds = parse_interval(every)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--every") from None
    with _store(db, create=True) as store:
        watcher = Watcher(source, store, nlp=lambda: _nlp(model), on_error=_report_error)
        try:
            watcher.watch(seconds, rounds, on_round=lambda r: _print_round(r.line()))
        except KeyboardInterrupt:
            err_console.print(f"stopped after {watcher.rounds} rounds", highlight=False)


def _print_round(line: str) -> None:
    err_console.print(line, highlight=False, soft_wrap=True)  # one line per round, unwrapped


def _known_total(inputs: list[str]) -> int | None:
    """How many records are coming, when every input file holds one (.txt, .json)."""
    from lagebild.readers import iter_directory

    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-":
            return None
        for file in iter_directory(path) if path.is_dir() else [path]:
            if isinstance(file, Path) and file.suffix.lower() not in (".txt", ".json"):
                return None
            total += isinstance(file, Path)
    return total


class _ProgressLines:
    """A progress line on stderr every few seconds (LAGEBILD_PROGRESS_SECONDS, default 5),
    also when stderr is a file or a pipe, with the time left when the total is known."""

    def __init__(self, total: int | None) -> None:
        import os
        import time

        self.total = total
        self.clock = time.monotonic
        self.every = float(os.environ.get("LAGEBILD_PROGRESS_SECONDS", "5"))
        self.last = self.clock()

    def __call__(self, s) -> None:
        if self.clock() - self.last < self.every:
            return
        self.last = self.clock()
        # each record is counted once, when it is settled; a record read but refused
        # is in both read and failed, and reading runs a batch ahead of analysis
        done = s.analysed + s.unchanged + s.failed
        # a .json file may hold a list of items: past the count of files it is unknown
        total = self.total if self.total and done <= self.total else None
        left = ""
        if total and done and s.seconds:
            left = f", about {(total - done) * s.seconds / done:.0f} s left"
        of = f" of {total}" if total else ""
        sys.stderr.write(
            f"… {done}{of} done ({s.read} read, {s.analysed} analysed, {s.unchanged} unchanged, "
            f"{s.failed} failed), {s.seconds:.0f} s, {s.articles_per_second:.2f} articles/s"
            f"{left}\n"
        )
        sys.stderr.flush()


# -- the store ------------------------------------------------------------------------------


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words (all must occur) or an FTS5 query: "a phrase", prefix*, OR, NOT, '
            "NEAR(Putin Nato, 10), column filters title:Putin and text:Nato. At most 500 "
            "characters and 32 terms."
        ),
    ],
    db: DbOption = Path("lagebild.db"),
    limit: LimitOption = 20,
    as_json: JsonFlag = False,
) -> None:
    """Full-text search over titles and bodies.

    Example: lagebild search "Nato Osterweiterung"   (also "Osterweit*", "title:Putin")
    """
    from lagebild.store import queries

    with _store(db) as store:
        matches = queries.count_matches(store.conn, query)
        _rows(queries.search(store.conn, query, limit), "Articles", as_json)
    if matches > queries.MAX_RANKED_MATCHES:
        err_console.print(
            f"{matches:,} articles match, too many to rank: the newest are shown "
            "(add words, a phrase or a column filter to rank them)",
            highlight=False,
        )


@app.command()
def articles(
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    limit: LimitOption = 50,
    as_json: JsonFlag = False,
) -> None:
    """List stored articles, newest first.

    Example: lagebild articles --from 2022-01 --to 2022-03
    """
    from lagebild.store import queries

    with _connection(db, parquet) as conn:
        rows = queries.list_articles(conn, limit, date_from, date_to)
        _rows(rows, "Articles", as_json)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (see `articles`).")],
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Show one stored article with its entities, actors, quotes and events highlighted.

    Example: lagebild show putin-in-peking
    """
    from lagebild.store import queries

    with _connection(db, parquet) as conn:
        analysis = queries.get_article(conn, article_id)
    if as_json:
        sys.stdout.write(analysis.model_dump_json(indent=2) + "\n")
    else:
        console.print(render.panel(render.article_view(analysis), title=article_id))


@app.command()
def report(
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    as_json: JsonFlag = False,
) -> None:
    """What the store holds: articles by month, sources, actors, speakers, events, dyads.

    Example: lagebild report --db news.db
    """
    from lagebild.report import build_report, print_report

    with _connection(db, parquet) as conn:
        data = build_report(conn)
    if as_json:
        _print_json(data)
    else:
        print_report(data, console)


@app.command()
def export(
    format: Annotated[
        Literal["jsonl", "csv", "parquet", "plover"],
        typer.Option("--format", "-f", help="jsonl (full analyses), csv, parquet, plover."),
    ] = "jsonl",
    output: Annotated[str, typer.Option("--output", "-o", help="File, or '-' for stdout.")] = "-",
    table: Annotated[
        Literal["events", "articles", "actors", "quotes", "mentions"] | None,
        typer.Option(help="Table for csv/parquet/jsonl (csv/parquet default: events)."),
    ] = None,
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
) -> None:
    """Export the store: analyses as JSON Lines, tables as CSV/Parquet, events as PLOVER JSON.

    Example: lagebild export --format csv --output events.csv   (one row per actor×recipient)
    """
    from lagebild.export import export as run_export

    with _connection(db, parquet) as conn:
        n = run_export(conn, format, output, table)
    err_console.print(f"{n} rows written to {output if output != '-' else 'stdout'}")


@app.command()
def failures(
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    limit: LimitOption = 50,
    all_: Annotated[
        bool, typer.Option("--all", help="Also those resolved by a later clean ingest.")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Records that could not be read or analysed, and warnings (lossy decodes): one row per
    source and reason, with how often and when first and last.

    Example: lagebild failures --limit 10
    """
    from lagebild.store import queries

    with _connection(db, parquet) as conn:
        rows = queries.failures(conn, limit, all_)
    columns = ["source", "position", "level", "reason", "times", "first", "last"]
    _rows(rows, "Failures", as_json, columns + (["resolved"] if all_ else []))


@app.command()
def actors(
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    kind: Annotated[str | None, typer.Option(help="state, organisation, person, group")] = None,
    code: Annotated[str | None, typer.Option(help="Only actors with this code.")] = None,
    limit: LimitOption = 50,
    as_json: JsonFlag = False,
) -> None:
    """Actors across all stored articles, most mentioned first.

    Example: lagebild actors --kind person --code RUS
    """
    from lagebild.store import queries

    with _connection(db, parquet) as conn:
        _rows(queries.list_actors(conn, limit, kind, code), "Actors", as_json)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Actor id, code or a name (Putin, RUS, Q7747).")],
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    as_json: JsonFlag = False,
) -> None:
    """One actor: names seen, roles by date, partners, quotes and events.

    Example: lagebild actor Putin
    """
    from lagebild.store import queries

    with _connection(db, parquet) as conn:
        found = queries.find_actor(conn, name)
        if found is None:
            raise LagebildError(f"no actor called {name!r} in the store", source=str(db))
        profile = queries.actor_profile(conn, found["id"])
    if as_json:
        _print_json({"actor": found, **profile})
        return
    console.print(
        f"[bold]{found['name']}[/bold]  {found['kind']} · {found['code'] or '?'}"
        f"{'/' + found['sector'] if found['sector'] else ''} · id {found['id']}"
    )
    roles = json.loads(found.get("roles") or "[]")
    if roles:
        console.print(render.rows_table(roles, title="Roles (knowledge base)"))
    for key, title in (
        ("roles_by_date", "Roles seen in articles"),
        ("names", "Names seen"),
        ("partners", "Most frequent partners"),
        ("quotes", "Quotes"),
        ("events", "Events"),
    ):
        if profile[key]:
            console.print(render.rows_table(profile[key], title=title))


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="Speaker: name, actor id or code.")] = None,
    query: Annotated[str | None, typer.Option(help="Words in the quote.")] = None,
    kind: Annotated[str | None, typer.Option(help="direct, indirect, free_indirect, …")] = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    limit: LimitOption = 50,
    as_json: JsonFlag = False,
) -> None:
    """Search quotations by speaker, words and date.

    Example: lagebild quotes --speaker Putin --from 2022-01
    """
    from lagebild.store import queries

    with _connection(db, parquet) as conn:
        rows = queries.search_quotes(conn, speaker, query, date_from, date_to, kind, limit)
    _rows(rows, "Quotes", as_json, ["date", "article", "kind", "speaker", "speaker_actors", "text"])


@app.command()
def events(
    actor: Annotated[str | None, typer.Option(help="Actor code, id or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code, id or name.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. REQUEST.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, future, negated, …")] = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    db: DbOption = Path("lagebild.db"),
    parquet: ParquetOption = None,
    limit: LimitOption = 100,
    as_json: JsonFlag = False,
    country: Annotated[
        str | None, typer.Option(help="Where it happened: ISO 3166-1 alpha-3, e.g. IRQ.")
    ] = None,
    near: Annotated[
        str | None, typer.Option(help="Where it happened: near this place, e.g. Bagdad.")
    ] = None,
    radius: Annotated[str, typer.Option(help="Radius around --near, e.g. 100km.")] = "100km",
) -> None:
    """Query coded events: who did what to whom, when, and where.

    Example: lagebild events --actor RUS --recipient CHN --from 2022-01 --to 2022-03
    Example: lagebild events --country IRQ ; lagebild events --near Bagdad --radius 100km
    """
    from lagebild.store import queries

    circle = _near(near, radius) if near else None
    with _connection(db, parquet) as conn:
        rows = queries.query_events(
            conn, actor, recipient, type and type.upper(), date_from, date_to, modality,
            limit, country=country, near=circle,
        )  # fmt: skip
    columns = ["date", "article", "type", "mode", "actor", "recipient", "modality", "trigger"]
    if country or near:
        columns.append("location")
    _rows(rows, "Events", as_json, columns)


@app.command()
def serve(
    db: Annotated[
        Path, typer.Option("--db", envvar="LAGEBILD_DB", help="SQLite store (opened read-only).")
    ] = Path("lagebild.db"),
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    query_seconds: Annotated[float, typer.Option(help="Longest time for one query.")] = 2.0,
) -> None:
    """Web pages and a REST API (OpenAPI at /docs) over the store, read-only.

    Example: lagebild serve --db news.db   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from lagebild.web import create_app
    from lagebild.web.app import Limits
    from lagebild.web.db import lacks_read_indexes

    web_app = create_app(db, Limits(query_seconds=query_seconds))
    if lacks_read_indexes(db):
        err_console.print(
            f"[yellow]note[/yellow] {db} lacks the read indexes of migration 5; run "
            f"`lagebild report --db {db}` once to add them (pages are slow on a large store)"
        )
    err_console.print(f"serving {db} read-only on http://{host}:{port}  (API docs: /docs)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


def _near(place: str, radius: str) -> tuple[float, float, float]:
    """``--near Bagdad --radius 100km`` → (lat, lon, km); a one-line error when unknown."""
    import re

    from lagebild.geo.gazetteer import get_gazetteer

    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(km)?\s*", radius)
    if match is None:
        raise LagebildError(f"bad --radius {radius!r}: give kilometres, e.g. 100km")
    found = get_gazetteer().best(place)
    if found is None or found.lat is None or found.lon is None:
        raise LagebildError(f"--near {place!r}: no such place with coordinates in the gazetteer")
    return found.lat, found.lon, float(match.group(1))


# -- evaluation -----------------------------------------------------------------------------

GoldFile = Annotated[Path, typer.Argument(exists=True, help="The annotated file.")]
GoldFiles = Annotated[
    list[Path],
    typer.Argument(exists=True, help="The gold file; several files are scored as one pooled set."),
]
PredictionsOption = Annotated[
    Path | None, typer.Option("--write-predictions", help="Also write the predictions here.")
]


@evaluate_app.command("ner")
def evaluate_ner(
    gold: GoldFile, write_predictions: PredictionsOption = None, model: ModelOption = None
) -> None:
    """Named entities on GermEval 2014 TSV (official outer-chunk strict metric).

    The shipped model was trained on all of ../shared/data/germeval2014 (F1 0.89 there).
    Held out: the train-only model on the dev split that `make model` writes.

    Example: lagebild evaluate ner training/corpus/ner_dev.tsv --model training/output/dev_model
    """
    from lagebild.evaluate.ner import evaluate_ner as run

    _print_json(run(_nlp(model), gold, write_predictions))


@evaluate_app.command("parse")
def evaluate_parse(
    gold: GoldFile, write_predictions: PredictionsOption = None, model: ModelOption = None
) -> None:
    """Tags, morphology, lemmas and dependencies on CoNLL-U (gold tokens).

    The shipped model was trained on all of ../shared/data/ud_german (LAS 0.84 there).
    Held out: the train-only model on the dev split that `make model` writes.

    Example: lagebild evaluate parse training/corpus/ud_dev.conllu --model training/output/dev_model
    """
    from lagebild.evaluate.parse import evaluate_parse as run

    _print_json(run(_nlp(model), gold, write_predictions))


RulesOnlyOption = Annotated[
    bool,
    typer.Option(
        "--rules-only",
        help="Hold the learned detector's gate open: the codebook rules' events alone "
        "(the detector proposes and drops none).",
    ),
]


@evaluate_app.command("actors")
def evaluate_actors(
    gold: GoldFiles,
    model: ModelOption = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="List each miss with its class.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="The full result as JSON.")] = False,
    rules_only: RulesOnlyOption = False,
) -> None:
    """Share of gold actor/recipient mentions linked to the right code (event gold JSONL),
    with the misses counted by class (no mention, entity without mention, mention without
    actor, wrong code).

    Example: lagebild evaluate actors ../shared/gold/events-dev.jsonl --misses
    """
    from lagebild.evaluate.actors import evaluate_actors as run
    from lagebild.evaluate.actors import format_report

    result = run(_nlp(model, rules_only), gold)
    if as_json:
        _print_json(result)
    else:
        typer.echo(format_report(result, max_errors=10_000, misses=misses))


@evaluate_app.command("quotes")
def evaluate_quotes(
    directory: Annotated[Path, typer.Argument(exists=True, help="Wikinews quotation JSON folder.")],
    limit: Annotated[int | None, typer.Option(help="Only the first N articles.")] = None,
    model: ModelOption = None,
) -> None:
    """Quotation spans, speakers and joint F1 on the Wikinews quotation corpus.

    Example: lagebild evaluate quotes ../shared/data/quotes_wikinews/dev
    """
    from lagebild.evaluate.quotes import evaluate_quotes as run

    _print_json(run(_nlp(model), directory, limit=limit))


@evaluate_app.command("events")
def evaluate_events(
    gold: GoldFiles,
    folds: Annotated[
        int | None,
        typer.Option(help="Cross-validate the learned event detector over K folds of articles."),
    ] = None,
    model: ModelOption = None,
    rules_only: RulesOnlyOption = False,
) -> None:
    """Event-level and triple-level P/R/F1 as in EVENTS-GUIDELINES.md, with missed and wrong events.

    The scores with the F1's 95 % bootstrap interval over articles, and the error table
    (missed and wrong events by class), go to stderr and into the JSON.
    Several files are pooled: one score and one interval over all their articles.
    Example: lagebild evaluate events ../shared/gold/events-train.jsonl --folds 5
    Example: lagebild evaluate events ../shared/gold/events-check.jsonl --rules-only
    """
    from lagebild.evaluate.events import evaluate_events as run
    from lagebild.evaluate.events import format_error_table, format_summary

    if folds is not None and folds < 2:
        raise typer.BadParameter("--folds must be at least 2", param_hint="--folds")
    if folds is not None and rules_only:
        raise typer.BadParameter("--folds chooses the gate: no --rules-only", param_hint="--folds")
    result = run(_nlp(model, rules_only), gold, folds=folds)
    err_console.print(format_summary(result), highlight=False, markup=False)
    err_console.print(format_error_table(result), highlight=False, markup=False)
    _print_json(result)


@evaluate_app.command("locations")
def evaluate_locations(
    gold: GoldFiles,
    model: ModelOption = None,
    oracle: Annotated[
        bool,
        typer.Option(
            "--oracle",
            help="also score the place rules on an event of its own for every gold event "
            "(independent of event matching): the JSON's `oracle`",
        ),
    ] = False,
    rules_only: RulesOnlyOption = False,
) -> None:
    """Event locations: country accuracy and points within 50 km over matched gold events.

    Example: lagebild evaluate locations ../shared/gold/events-train.jsonl --oracle
    """
    from lagebild.evaluate.locations import evaluate_locations as run

    _print_json(run(_nlp(model, rules_only), gold, oracle=oracle))


def main() -> None:
    """Entry point: one-line errors, tracebacks only with --debug."""
    try:
        code = app(standalone_mode=False)
    except LagebildError as error:
        if STATE["debug"]:
            raise
        _report_error(error)
        sys.exit(1)
    except (typer.Exit, SystemExit) as e:
        sys.exit(getattr(e, "exit_code", getattr(e, "code", 0)))
    except Exception as e:  # click usage errors and anything unexpected
        import click

        if isinstance(e, click.exceptions.ClickException):
            e.show()
            sys.exit(e.exit_code)
        if isinstance(e, click.exceptions.Abort):
            sys.exit(130)
        if STATE["debug"]:
            raise
        err_console.print(
            f"[red]error[/red] {type(e).__name__}: {e} (run with --debug for details)"
        )
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
