"""Plain-text weekly timesheet report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Entry:
    day: date
    project: str
    minutes: int


def fmt_duration(minutes: int) -> str:
    """Format a duration as hours and minutes: 450 -> ``'7h 30m'``, 45 -> ``'0h 45m'``.

    Decimal hours confused people ("is 7.50 seven hours fifty?"), so the report
    shows hours and minutes, as the README does.
    """
    hours, mins = divmod(minutes, 60)
    return f"{hours}h {mins:02d}m"


def render_week(person: str, entries: list[Entry]) -> str:
    """Render one line per (day, project) and a total line, sorted by day."""
    per_key: dict[tuple[date, str], int] = defaultdict(int)
    for e in entries:
        per_key[(e.day, e.project)] += e.minutes
    lines = [f"Timesheet: {person}"]
    for (day, project), minutes in sorted(per_key.items()):
        lines.append(f"{day:%a %Y-%m-%d}  {project:<8}  {fmt_duration(minutes):>8}")
    total = sum(per_key.values())
    lines.append(f"Total{'':<21}{fmt_duration(total):>8}")
    return "\n".join(lines)
