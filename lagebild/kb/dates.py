"""Dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) and the roles that hold at one."""

from __future__ import annotations

from lagebild.kb.entries import (
    KBRole,
)

HEAD_TITLES = frozenset(
    {
        "Präsident",
        "Staatspräsident",
        "Bundespräsident",
        "Bundeskanzler",
        "Kanzler",
        "Ministerpräsident",
        "Premierminister",
        "Regierungschef",
        "Staatschef",
        "König",
        "Emir",
        "Oberster Führer",
        "Generalsekretär",
    }
)
_SECTOR_RANK = {"GOV": 0, "IGO": 1, "MIL": 2, "LEG": 3, "JUD": 3, "PTY": 5, "OPP": 5}
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def date_bounds(date: str) -> tuple[str, str]:
    """First and last day an ISO date of any precision covers: "2022-02" → 2022-02-01..2022-02-29.

    Day 29 of February is harmless here: the bounds are only compared as strings.
    """
    day = date[:10]  # a timestamp counts as its day
    parts = day.split("-")
    if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        last = _MONTH_DAYS[int(parts[1]) - 1]
        return f"{day}-01", f"{day}-{last:02d}"
    if len(parts) == 3:
        return day, day
    return f"{parts[0]}-01-01", f"{parts[0]}-12-31"  # unreadable month: the whole year


def role_valid_at(role: KBRole, date: str) -> bool:
    """The role overlaps the period the (possibly month- or year-precise) date covers."""
    lo, hi = date_bounds(date)
    if role.start is not None and date_bounds(role.start)[0] > hi:
        return False
    return role.end is None or date_bounds(role.end)[1] >= lo


def role_preference(role: KBRole) -> tuple[int, int, str]:
    """Sort key: GOV roles first (heads before ministers), then IGO, MIL, ..., party roles
    last; among equals the most recently started."""
    head = 0 if role.title in HEAD_TITLES else 1
    sector = _SECTOR_RANK.get(role.sector, 4)
    start = date_bounds(role.start)[0] if role.start else "0000"
    return (sector, head, _invert(start))


def _invert(iso: str) -> str:
    """A string that sorts in the reverse order of ISO dates."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in iso)
