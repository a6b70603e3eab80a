"""Ticket priorities and the service-level targets attached to them."""
from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum


class Priority(Enum):
    """How urgent a support ticket is. Values order the queue (higher first)."""

    LOW = 1
    NORMAL = 2
    HIGH = 3
    CRIT = 4


_RESPONSE_HOURS = {
    Priority.LOW: 72,
    Priority.NORMAL: 24,
    Priority.HIGH: 8,
    Priority.CRIT: 1,
}


def response_due(opened: datetime, priority: Priority) -> datetime:
    """When the first answer is due for a ticket opened at ``opened``."""
    return opened + timedelta(hours=_RESPONSE_HOURS[priority])


def escalate(priority: Priority) -> Priority:
    """Next priority up; the top priority stays where it is."""
    return Priority(min(priority.value + 1, Priority.CRIT.value))


def parse_priority(text: str) -> Priority:
    """Parse a priority name as typed in the mail gateway (case-insensitive)."""
    try:
        return Priority[text.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown priority: {text!r}") from None
