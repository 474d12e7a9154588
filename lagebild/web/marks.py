"""An article's text as HTML with entities, quotations and event evidence marked.

Marks may overlap (a speaker inside a sentence that is an event's evidence, an entity inside
a quotation), so the text is cut at every mark boundary and each piece carries the classes
of all marks that cover it. A piece inside an entity or speaker resolved to an actor links to
it (to the narrowest such mark where they nest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup, escape

from lagebild.analysis import ArticleAnalysis


@dataclass
class Mark:
    start: int
    end: int
    css: str
    title: str = ""
    href: str | None = None
    label: str | None = None  # a small tag shown after the mark (the event type)
    attrs: dict[str, str] = field(default_factory=dict)


def actor_href(actor_id: str) -> str:
    return "/actors/" + quote(actor_id, safe="")


def article_marks(analysis: ArticleAnalysis) -> list[Mark]:
    marks: list[Mark] = []
    names = {k: a.name for k, a in analysis.actors.items()}
    for e in analysis.entities:
        who = f" → {names.get(e.actor, e.actor)}" if e.actor else ""
        marks.append(
            Mark(
                e.start,
                e.end,
                f"ent ent-{e.label[:3]}",
                f"{e.label}{who}",
                actor_href(e.actor) if e.actor else None,
            )
        )
    for i, q in enumerate(analysis.quotes):
        speaker = q.speaker.text if q.speaker else "unknown speaker"
        gap = q.interruption
        pieces = [(q.start, gap.start), (gap.end, q.end)] if gap else [(q.start, q.end)]
        for start, end in pieces:
            marks.append(Mark(start, end, f"quote quote-{q.kind}", f"{q.kind} quote · {speaker}"))
        if q.speaker:
            href = actor_href(q.speaker.actor) if q.speaker.actor else None
            title = f"speaker of quote {i + 1}"
            marks.append(Mark(q.speaker.start, q.speaker.end, "speaker", title, href))
        if q.cue:
            marks.append(Mark(q.cue.start, q.cue.end, "cue", f"cue of quote {i + 1}"))
    for ev in analysis.events:
        who = " + ".join(p.text for p in ev.actor) or "?"
        whom = " + ".join(p.text for p in ev.recipient) or "—"
        summary = f"{ev.type} ({ev.quad.replace('_', ' ')}, {ev.modality}): {who} → {whom}"
        for s in ev.evidence or [ev.sentence]:
            marks.append(Mark(s.start, s.end, f"evidence ev-{ev.quad}", summary))
        marks.append(
            Mark(ev.trigger.start, ev.trigger.end, f"trigger tr-{ev.quad}", summary, label=ev.type)
        )
    return [m for m in marks if 0 <= m.start < m.end <= len(analysis.text)]


def render_text(text: str, marks: list[Mark]) -> Markup:
    """Cut the text at every boundary; wrap each piece in the marks that cover it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        piece = str(escape(text[start:end]))
        if covering:
            classes = " ".join(dict.fromkeys(c for m in covering for c in m.css.split()))
            title = " | ".join(dict.fromkeys(m.title for m in covering if m.title))
            piece = f'<span class="{classes}" title="{escape(title)}">{piece}</span>'
            href = _narrowest_link(covering)
            if href:
                piece = f'<a href="{escape(href)}">{piece}</a>'
        out.append(piece)
        for m in marks:
            if m.label and m.end == end:
                quad = m.css.split("tr-")[-1]
                out.append(f'<sup class="evtag tr-{quad}">{escape(m.label)}</sup>')
    return Markup("".join(out))  # paragraphs: the page shows the text with white-space: pre-wrap


def _narrowest_link(covering: list[Mark]) -> str | None:
    """The link of the narrowest mark with one (the last of equals): an entity inside a speaker
    ('Boris Johnson' in 'Ein Sprecher von Boris Johnson') or a speaker inside a longer speaker
    span links to its own actor, not to the one around it."""
    linked = [m for m in reversed(covering) if m.href]
    return min(linked, key=lambda m: m.end - m.start).href if linked else None
