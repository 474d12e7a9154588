"""Charts drawn on the server as SVG: no script, nothing fetched by the browser."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from markupsafe import Markup, escape

QUAD_COLOURS = {
    "verbal_cooperation": "#7fb3e0",
    "material_cooperation": "#1f5fa8",
    "verbal_conflict": "#f2a65a",
    "material_conflict": "#c0392b",
}
QUAD_ORDER = list(QUAD_COLOURS)


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img"'
        f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(body)
        + "</svg>"
    )


def stacked_bars(rows: list[dict[str, Any]], width: int = 720, height: int = 220) -> Markup:
    """Events per month, one bar per month with data, stacked by quad class."""
    by_month: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        by_month[r["month"]][r["quad"]] = r["events"]
    months = sorted(by_month)
    if not months:
        return Markup('<p class="empty">No events.</p>')
    left, bottom, top = 34, 42, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max(sum(v.values()) for v in by_month.values())
    step = plot_w / len(months)
    bar = max(2.0, min(36.0, step * 0.7))
    body = _y_axis(left, top, plot_w, plot_h, peak)
    label_every = max(1, math.ceil(len(months) / 12))
    for i, month in enumerate(months):
        x = left + i * step + (step - bar) / 2
        y: float = top + plot_h
        for quad in QUAD_ORDER:
            n = by_month[month].get(quad, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            body.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}"'
                f' fill="{QUAD_COLOURS[quad]}"><title>{month}: {n} {quad.replace("_", " ")}'
                "</title></rect>"
            )
        if i % label_every == 0:
            body.append(
                f'<text class="tick" x="{x + bar / 2:.1f}" y="{top + plot_h + 14}"'
                f' text-anchor="middle">{month}</text>'
            )
    body += _legend(left, height - 12)
    return _svg(width, height, body, "events per month by quad class")


def _y_axis(left: int, top: int, plot_w: float, plot_h: float, peak: int) -> list[str]:
    body = [
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}"'
        f' y2="{top + plot_h}"/>'
    ]
    for value in sorted({0, math.ceil(peak / 2), peak}):
        y = top + plot_h - plot_h * value / peak
        body.append(
            f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>'
        )
        body.append(
            f'<text class="tick" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{value}</text>'
        )
    return body


def _legend(x: float, y: float) -> list[str]:
    body = []
    for quad in QUAD_ORDER:
        body.append(
            f'<rect x="{x:.0f}" y="{y - 9:.0f}" width="10" height="10"'
            f' fill="{QUAD_COLOURS[quad]}"/>'
        )
        body.append(
            f'<text class="legend" x="{x + 14:.0f}" y="{y:.0f}">{quad.replace("_", " ")}</text>'
        )
        x += 150
    return body


def score_timeline(events: list[dict[str, Any]], width: int = 1200, height: int = 240) -> Markup:
    """Each event's PLOVER score at its date (dots by quad class) and the running mean (line)."""
    points = [e for e in events if e.get("date") and e.get("score") is not None]
    if not points:
        return Markup('<p class="empty">No scored, dated events.</p>')
    dates = sorted({e["date"][:10] for e in points})
    left, bottom, top = 34, 42, 10
    plot_w, plot_h = width - left - 12, height - bottom - top
    step = plot_w / max(1, len(dates) - 1) if len(dates) > 1 else 0

    slot = {d: i for i, d in enumerate(dates)}

    def x_of(date: str) -> float:
        return left + (slot[date[:10]] * step if len(dates) > 1 else plot_w / 2)

    def y_of(score: float) -> float:
        return top + plot_h * (10 - score) / 20

    body = []
    for value in (10, 5, 0, -5, -10):
        y = y_of(value)
        css = "axis" if value == 0 else "grid"
        body.append(
            f'<line class="{css}" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>'
        )
        body.append(
            f'<text class="tick" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{value:+d}</text>'
        )
    total, path = 0.0, []
    for n, e in enumerate(points, 1):
        total += e["score"]
        path.append(f"{x_of(e['date']):.1f},{y_of(total / n):.1f}")
    body.append(
        f'<polyline class="mean" points="{" ".join(path)}">'
        "<title>running mean score</title></polyline>"
    )
    for e in points:
        body.append(
            f'<circle class="dot" cx="{x_of(e["date"]):.1f}" cy="{y_of(e["score"]):.1f}" r="5"'
            f' fill="{QUAD_COLOURS.get(e["quad"], "#888")}">'
            f"<title>{escape(e['date'])} {escape(e['type'])}"
            f" score {e['score']:+.1f}</title></circle>"
        )
    label_every = max(1, math.ceil(len(dates) / 8))
    for i, date in enumerate(dates):
        if i % label_every == 0:
            body.append(
                f'<text class="tick" x="{x_of(date):.1f}" y="{top + plot_h + 14}"'
                f' text-anchor="middle">{date}</text>'
            )
    body += _legend(left, height - 12)
    return _svg(width, height, body, "PLOVER score over time")


def network(graph: dict[str, list[dict[str, Any]]], width: int = 900, height: int = 820) -> Markup:
    """Actors on a circle, most connected first; arrows weighted by events, coloured by the
    quad class most of their events fall in."""
    nodes, edges = graph["nodes"], graph["edges"]
    if not edges:
        return Markup('<p class="empty">No events between known actors in this range.</p>')
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["source"]] += e["events"]
        degree[e["target"]] += e["events"]
    order = sorted(nodes, key=lambda n: (-degree[n["id"]], n["name"]))
    cx, cy, radius = width / 2, height / 2, min(width, height) / 2 - 175
    pos = {}
    for i, n in enumerate(order):
        angle = 2 * math.pi * i / len(order) - math.pi / 2
        pos[n["id"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    peak = max(e["events"] for e in edges)
    body = [
        "<defs>"
        + "".join(
            f'<marker id="arrow-{q}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6"'
            f' markerHeight="6" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
            for q, c in QUAD_COLOURS.items()
        )
        + "</defs>"
    ]
    for e in sorted(edges, key=lambda e: e["events"]):
        quad = max(QUAD_ORDER, key=lambda q: e.get(q) or 0)
        (x1, y1, _), (x2, y2, _) = pos[e["source"]], pos[e["target"]]
        # bend every edge a little so A→B and B→A stay apart
        mx, my = (x1 + x2) / 2 + (y2 - y1) * 0.12, (y1 + y2) / 2 - (x2 - x1) * 0.12
        w = 1 + 5 * e["events"] / peak
        href = f"/dyad?a={_q(e['source'])}&amp;b={_q(e['target'])}"
        body.append(
            f'<a href="{href}"><path class="edge" d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f}'
            f' {x2:.1f},{y2:.1f}" stroke="{QUAD_COLOURS[quad]}" stroke-width="{w:.1f}"'
            f' marker-end="url(#arrow-{quad})">'
            f"<title>{escape(e['source'])} → {escape(e['target'])}:"
            f" {e['events']} events, mean score {e['mean_score']}</title></path></a>"
        )
    for n in order:
        x, y, angle = pos[n["id"]]
        r = 4 + 10 * math.sqrt(degree[n["id"]] / max(degree.values()))
        # labels point away from the centre, so neighbours on the circle never overlap
        right = math.cos(angle) >= 0
        degrees = math.degrees(angle) + (0 if right else 180)
        lx, ly = x + math.cos(angle) * (r + 4), y + math.sin(angle) * (r + 4)
        body.append(
            f'<a href="/actors/{_q(n["id"])}"><circle class="node node-{n["kind"]}" cx="{x:.1f}"'
            f' cy="{y:.1f}" r="{r:.1f}"><title>{escape(n["name"])} ({escape(n["code"] or "?")}):'
            f' {degree[n["id"]]} events</title></circle><text class="nodelabel" x="{lx:.1f}"'
            f' y="{ly + 4:.1f}" text-anchor="{"start" if right else "end"}"'
            f' transform="rotate({degrees:.1f} {lx:.1f} {ly:.1f})">{escape(n["name"])}</text></a>'
        )
    return _svg(width, height, body, "network of actors")


def _q(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")
