"""Response deadlines for support tickets, counted in business hours (Mon-Fri, 9-17)."""
from __future__ import annotations

from datetime import datetime, time, timedelta

OPEN_HOUR = 9
CLOSE_HOUR = 17
RESPONSE_HOURS: dict[str, int] = {"urgent": 2, "high": 6, "normal": 16}


def _next_open(t: datetime) -> datetime:
    """Opening time of the next working day after ``t``'s day."""
    day = t.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(OPEN_HOUR))


def _clamp_to_open(t: datetime) -> datetime:
    """Move ``t`` forward to the nearest moment the desk is open."""
    if t.weekday() >= 5 or t.hour >= CLOSE_HOUR:
        return _next_open(t)
    if t.hour < OPEN_HOUR:
        return t.replace(hour=OPEN_HOUR, minute=0, second=0, microsecond=0)
    return t


def sla_deadline(opened: datetime, priority: str) -> datetime:
    """Latest first-response time for a ticket opened at ``opened``."""
    remaining = timedelta(hours=RESPONSE_HOURS[priority])
    t = _clamp_to_open(opened)
    while True:
        available = t.replace(hour=CLOSE_HOUR, minute=0, second=0, microsecond=0) - t
        if remaining <= available:
            return t + remaining
        remaining -= available
        t = _next_open(t)
