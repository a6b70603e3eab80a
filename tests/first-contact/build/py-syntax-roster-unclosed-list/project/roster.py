"""Builds weekly shift rosters for a small cafe team."""
from __future__ import annotations

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
WEEKEND = ["sat", "sun"
ALL_DAYS = WEEKDAYS + WEEKEND


def rotate(staff: list[str], days: list[str] | None = None) -> dict[str, str]:
    """Assigns one person per day, round-robin in the given staff order."""
    if not staff:
        raise ValueError("no staff to put on the rota")
    days = days or WEEKDAYS
    return {day: staff[i % len(staff)] for i, day in enumerate(days)}


def shifts_per_person(rota: dict[str, str]) -> dict[str, int]:
    """Counts how many shifts each person got."""
    counts: dict[str, int] = {}
    for person in rota.values():
        counts[person] = counts.get(person, 0) + 1
    return counts
