"""Weekly gross pay for hourly staff, overtime included."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

#: Hours per week paid at the normal rate.
STANDARD_WEEK = Decimal("40")

#: Premium on hours beyond STANDARD_WEEK. The 2027 collective agreement (signed
#: 2026-11-20, in force from the first pay week of 2027) lowered it from 1.5.
#: Overtime is also capped by the agreement at 12 hours a week, enforced in
#: scheduling, not here.
OVERTIME_MULTIPLIER = Decimal("1.25")

CENT = Decimal("0.01")


def weekly_gross(hours: Decimal, hourly_rate: Decimal) -> Decimal:
    """Gross pay for one week, rounded half-up to the cent.

    >>> weekly_gross(Decimal("42"), Decimal("20.00"))
    Decimal('850.00')
    """
    if hours < 0 or hourly_rate < 0:
        raise ValueError("hours and rate must not be negative")
    normal = min(hours, STANDARD_WEEK)
    extra = max(hours - STANDARD_WEEK, Decimal("0"))
    gross = normal * hourly_rate + extra * hourly_rate * OVERTIME_MULTIPLIER
    return gross.quantize(CENT, rounding=ROUND_HALF_UP)


def overtime_share(hours: Decimal, hourly_rate: Decimal) -> Decimal:
    """Part of the weekly gross that is overtime premium pay, to the cent."""
    extra = max(hours - STANDARD_WEEK, Decimal("0"))
    return (extra * hourly_rate * OVERTIME_MULTIPLIER).quantize(CENT, rounding=ROUND_HALF_UP)
