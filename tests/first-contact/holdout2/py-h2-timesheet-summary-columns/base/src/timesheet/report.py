"""Weekly hours summary sent to team leads."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    person: str
    project: str
    hours: float


def hours_by_person(entries: list[Entry]) -> dict[str, float]:
    """Total hours per person, people sorted alphabetically."""
    totals: dict[str, float] = defaultdict(float)
    for e in entries:
        totals[e.person] += e.hours
    return dict(sorted(totals.items()))


def format_row(person: str, hours: float) -> str:
    """One line of the summary."""
    return f"{person}: {hours:.1f}h"


def summary(entries: list[Entry]) -> str:
    """The whole summary: one row per person, then the total."""
    totals = hours_by_person(entries)
    rows = [format_row(p, h) for p, h in totals.items()]
    rows.append(format_row("Total", sum(totals.values())))
    return "\n".join(rows)
