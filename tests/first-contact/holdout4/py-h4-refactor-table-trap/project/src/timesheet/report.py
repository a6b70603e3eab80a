"""Weekly hours report, pasted into the client's ticket system (monospace)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    project: str
    day: str
    hours: float


def _totals(entries: list[Entry]) -> dict[str, float]:
    per_project: dict[str, float] = defaultdict(float)
    for entry in entries:
        per_project[entry.project] += entry.hours
    return dict(per_project)


def _row(label: str, hours: float | str, width: int) -> str:
    value = hours if isinstance(hours, str) else str(round(hours, 2))
    return f"{label:<{width}}  {value:>7}"


def render(entries: list[Entry]) -> str:
    """One row per project (alphabetical) with its hours, then a total row.

    Hours are always shown with two decimals, right-aligned, so that the
    column lines up in the ticket system.
    """
    per_project = _totals(entries)
    width = max([len(p) for p in per_project] + [len("Total")])
    lines = [_row("Project", "Hours", width)]
    lines += [_row(project, per_project[project], width) for project in sorted(per_project)]
    lines.append(_row("Total", sum(per_project.values()), width))
    return "\n".join(lines)
