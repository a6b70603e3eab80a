"""Monthly installment schedules for interest-free plans."""

from __future__ import annotations

import calendar
from datetime import date

Installment = tuple[int, str, int]  # (number, due date ISO, amount in cents)


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months``, clamped to the last day of a shorter month."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def installment_plan(total_cents: int, months: int, first_due: date) -> list[Installment]:
    """Split ``total_cents`` into ``months`` equal monthly installments.

    Each installment is the total divided evenly and rounded down to the cent;
    the remainder (less than one cent per installment) is waived.
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    if total_cents < 0:
        raise ValueError("total_cents must not be negative")
    amount = total_cents // months
    return [
        (n + 1, add_months(first_due, n).isoformat(), amount)
        for n in range(months)
    ]
