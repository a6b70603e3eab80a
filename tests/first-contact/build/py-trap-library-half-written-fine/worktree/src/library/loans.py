"""Loans and late fines for the village library."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

LOAN_DAYS = 21
DAILY_FINE_CENTS = 25
STUDENT_DAILY_FINE_CENTS = 10
MAX_FINE_CENTS = 1000


@dataclass(frozen=True)
class Member:
    name: str
    student: bool = False


def due_date(borrowed: date) -> date:
    """Books are due LOAN_DAYS after borrowing."""
    return borrowed + timedelta(days=LOAN_DAYS)


def days_late(borrowed: date, returned: date) -> int:
    """Whole days past the due date, 0 if on time."""
    return max(0, (returned - due_date(borrowed)).days)


def fine_cents(member: Member, borrowed: date, returned: date) -> int:
    """The late fine, capped at MAX_FINE_CENTS; students pay a reduced daily rate."""
    late = days_late(borrowed, returned)
    fine = late *
    return min(fine, MAX_FINE_CENTS)
