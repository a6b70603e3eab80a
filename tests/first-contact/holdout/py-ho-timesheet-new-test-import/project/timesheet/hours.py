"""Worked hours from clock-in/clock-out pairs, as the payroll export expects them."""

from __future__ import annotations

from datetime import datetime, timedelta

#: Shifts longer than this get an unpaid break deducted (labour agreement, section 4).
BREAK_AFTER = timedelta(hours=6)
UNPAID_BREAK = timedelta(minutes=30)


def worked(clock_in: datetime, clock_out: datetime) -> timedelta:
    """Paid time for one shift: the span minus the unpaid break on long shifts.

    A shift that ends before it starts is a data-entry error, not a night
    shift (night shifts are stored with their real dates), so it raises.
    """
    if clock_out < clock_in:
        raise ValueError("clock-out before clock-in")
    span = clock_out - clock_in
    if span > BREAK_AFTER:
        span -= UNPAID_BREAK
    return span


def as_decimal_hours(span: timedelta) -> float:
    """Hours with two decimals (payroll cannot take minutes): 7h45m -> 7.75."""
    return round(span.total_seconds() / 3600, 2)


def week_total(shifts: list[tuple[datetime, datetime]]) -> float:
    """Sum of paid decimal hours over a week's shifts."""
    return round(sum(as_decimal_hours(worked(a, b)) for a, b in shifts), 2)
