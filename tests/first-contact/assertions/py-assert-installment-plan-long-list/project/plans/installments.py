"""Split a purchase into monthly installments."""
from __future__ import annotations

import calendar
from datetime import date
from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the end of shorter months."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def installments(total: Decimal, count: int, first_due: date) -> list[tuple[date, Decimal]]:
    """Due dates and amounts of ``count`` monthly installments for ``total``.

    Every installment is the total divided by ``count``, rounded down to cents;
    the rounding remainder is collected with the first installment, so the
    direct debits that follow are all equal.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    share = (total / count).quantize(CENT, ROUND_DOWN)
    amounts = [share] * count
    amounts[0] += total - share * count
    return [(add_months(first_due, i), amounts[i]) for i in range(count)]
