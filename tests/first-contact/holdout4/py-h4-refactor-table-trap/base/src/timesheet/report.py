"""Weekly hours report, pasted into the client's ticket system (monospace)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    project: str
    day: str
    hours: float


def render(entries: list[Entry]) -> str:
    """One row per project (alphabetical) with its hours, then a total row.

    Hours are always shown with two decimals, right-aligned, so that the
    column lines up in the ticket system.
    """
    per_project: dict[str, float] = defaultdict(float)
    for entry in entries:
        per_project[entry.project] += entry.hours
    width = max([len(p) for p in per_project] + [len("Total")])
    lines = [f"{'Project':<{width}}  {'Hours':>7}"]
    for project in sorted(per_project):
        lines.append(f"{project:<{width}}  {per_project[project]:>7.2f}")
    lines.append(f"{'Total':<{width}}  {sum(per_project.values()):>7.2f}")
    return "\n".join(lines)
