"""Readable, coloured terminal views of analyses and store rows (rich)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:  # pydantic is not needed to print a table: keep start-up fast
    from lagebild.analysis import ArticleAnalysis

LABEL_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "OTH": "yellow"}
QUOTE_STYLE = "italic bright_white on grey23"


def article_view(analysis: ArticleAnalysis) -> Group:
    """Title, date and dateline, the text with entities and quotes highlighted, then tables."""
    header = Text(analysis.title or analysis.id or "(untitled)", style="bold underline")
    meta = Text(f"  {analysis.date or 'undated'}", style="dim")
    if analysis.dateline:
        places = "/".join(analysis.dateline.places)
        meta.append(f"  · {places} ({analysis.dateline.agency})", style="dim")
    parts: list[Any] = [header + meta, Text(), highlighted_text(analysis)]
    if analysis.actors:
        parts.append(actors_table(analysis))
    if analysis.quotes:
        parts.append(quotes_table(analysis))
    if analysis.events:
        parts.append(events_table(analysis))
    return Group(*parts)


def highlighted_text(analysis: ArticleAnalysis) -> Text:
    text = Text(analysis.text)
    for quote in analysis.quotes:
        gap = quote.interruption
        for start, end in (
            [(quote.start, gap.start), (gap.end, quote.end)] if gap else [(quote.start, quote.end)]
        ):
            text.stylize(QUOTE_STYLE, start, end)
        if quote.speaker:
            text.stylize("bold underline", quote.speaker.start, quote.speaker.end)
    for entity in analysis.entities:
        style = LABEL_STYLES.get(entity.label[:3], "bold")
        text.stylize(style, entity.start, entity.end)
    return text


def actors_table(analysis: ArticleAnalysis) -> Table:
    table = Table(title="Actors", title_justify="left", show_lines=False)
    for column in ("id", "name", "kind", "code", "sector", "mentions"):
        table.add_column(column)
    counts: dict[str, int] = {}
    for mention in analysis.mentions:
        for actor_id in mention.actors:
            counts[actor_id] = counts.get(actor_id, 0) + 1
    for actor_id, actor in sorted(analysis.actors.items(), key=lambda kv: -counts.get(kv[0], 0)):
        table.add_row(
            actor_id,
            actor.name,
            actor.kind,
            actor.code or "",
            actor.sector or "",
            str(counts.get(actor_id, 0)),
        )
    return table


def quotes_table(analysis: ArticleAnalysis) -> Table:
    table = Table(title="Quotes", title_justify="left", show_lines=True)
    for column in ("kind", "speaker", "actor", "cue", "quote"):
        table.add_column(column, overflow="fold")
    for q in analysis.quotes:
        actor = ""
        if q.speaker and q.speaker.actors:
            actor = ", ".join(_actor_label(analysis, a) for a in q.speaker.actors)
        table.add_row(
            q.kind,
            q.speaker.text if q.speaker else "",
            actor,
            q.cue.text if q.cue else "",
            _shorten(q.text, 160),
        )
    return table


def events_table(analysis: ArticleAnalysis) -> Table:
    table = Table(title="Events", title_justify="left", show_lines=True)
    for column in ("type", "mode", "actor", "recipient", "modality", "quad", "trigger", "conf."):
        table.add_column(column, overflow="fold")
    for e in analysis.events:
        table.add_row(
            e.type,
            e.mode or "",
            _side(e.actor),
            _side(e.recipient),
            e.modality,
            e.quad.replace("_", " "),
            e.trigger.text,
            f"{e.confidence:.2f}",
        )
    return table


def rows_table(
    rows: Sequence[dict[str, Any]], title: str | None = None, columns: Iterable[str] | None = None
) -> Table:
    table = Table(title=title, title_justify="left")
    columns = list(columns or (rows[0].keys() if rows else []))
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    return table


def panel(renderable: Any, title: str) -> Panel:
    return Panel(renderable, title=title, title_align="left")


def make_console(stderr: bool = False) -> Console:
    """Messages on stderr are never wrapped: one message, one line, also in a pipe (where
    rich would wrap at 80 columns) and with long file names."""
    return Console(stderr=stderr, highlight=False, soft_wrap=stderr)


def _side(side: list) -> str:
    return " + ".join(
        f"{p.code or '?'}{'/' + p.sector if p.sector else ''} «{p.text}»" for p in side
    )


def _actor_label(analysis: ArticleAnalysis, actor_id: str) -> str:
    actor = analysis.actors.get(actor_id)
    if actor is None:
        return actor_id
    return f"{actor.name} ({actor.code or '?'}{'/' + actor.sector if actor.sector else ''})"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "; ".join(_cell(v.get("text") if isinstance(v, dict) else v) for v in value)
    return _shorten(str(value), 200)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
