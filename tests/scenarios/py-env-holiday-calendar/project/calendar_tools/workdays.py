"""Business-day arithmetic with a list of public holidays."""

from __future__ import annotations

from datetime import date, timedelta


def parse_holidays(text: str) -> set[date]:
    """One ISO date per line; blank lines and `#` comments are ignored."""
    days = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            days.add(date.fromisoformat(line))
    return days


def is_workday(day: date, holidays: set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_workdays(start: date, n: int, holidays: set[date]) -> date:
    """The date `n` working days after `start` (start itself not counted)."""
    if n < 0:
        raise ValueError("n must be non-negative")
    day = start
    while n:
        day += timedelta(days=1)
        if is_workday(day, holidays):
            n -= 1
    return day
