"""The store report: what it holds, by month, source, actor, speaker, event type and dyad."""

from __future__ import annotations

import sqlite3
from typing import Any

from rich.console import Console

from lagebild import render
from lagebild.store import queries


def build_report(conn: sqlite3.Connection) -> dict[str, Any]:
    return {
        "counts": queries.counts(conn),
        "articles_by_month": queries.articles_by_month(conn),
        "top_sources": queries.top_sources(conn),
        "top_actors": queries.list_actors(conn, limit=15),
        "quotes_by_kind": queries.quotes_by_kind(conn),
        "top_speakers": queries.top_speakers(conn),
        "events_by_month_and_quad": queries.events_by_month_and_quad(conn),
        "top_dyads": queries.top_dyads(conn),
        "cooperation_conflict": queries.cooperation_conflict_balance(conn),
    }


def print_report(data: dict[str, Any], console: Console) -> None:
    counts = data["counts"]
    console.print(
        "[bold]lagebild store[/bold]  " + " · ".join(f"{n:,} {name}" for name, n in counts.items())
    )
    sections = [
        ("articles_by_month", "Articles by month", None),
        ("top_sources", "Top sources", None),
        (
            "top_actors",
            "Most mentioned actors",
            ["name", "kind", "code", "sector", "mentions", "articles"],
        ),
        ("quotes_by_kind", "Quotes by kind", None),
        ("top_speakers", "Most quoted speakers", ["name", "code", "quotes"]),
        ("events_by_month_and_quad", "Events by month and quad class", None),
        ("top_dyads", "Most active dyads", None),
    ]
    for key, title, columns in sections:
        if data[key]:
            console.print(render.rows_table(data[key], title=title, columns=columns))
    balance = data["cooperation_conflict"]
    if balance["cooperation"] or balance["conflict"]:
        console.print(
            f"Cooperation–conflict balance: {balance['cooperation']} cooperative vs "
            f"{balance['conflict']} conflictual real events "
            f"(balance {balance['balance']:+.2f}, mean score {balance['mean_score']})"
        )
    if counts["failures"]:
        console.print(
            f"[yellow]{counts['failures']} failed records — see `lagebild failures`[/yellow]"
        )
