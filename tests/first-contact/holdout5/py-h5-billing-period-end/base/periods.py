"""Monthly billing periods that start on a customer's anchor day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal


def _add_month(d: date) -> date:
    year, month = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return d.replace(year=year, month=month)


def _sub_month(d: date) -> date:
    year, month = (d.year - 1, 12) if d.month == 1 else (d.year, d.month - 1)
    return d.replace(year=year, month=month)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # last day of the period (inclusive)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def period_for(day: date, anchor: int = 1) -> Period:
    """The billing period containing ``day`` for a customer billed on ``anchor`` (1-28)."""
    if not 1 <= anchor <= 28:
        raise ValueError("anchor must be between 1 and 28")
    start = day.replace(day=anchor)
    if day.day < anchor:
        start = _sub_month(start)
    return Period(start, _add_month(start) - timedelta(days=1))


def prorate(monthly: Decimal, period: Period, from_day: date) -> Decimal:
    """Charge for the part of ``period`` from ``from_day`` to its end."""
    if from_day not in period:
        raise ValueError(f"{from_day} is outside {period.start}..{period.end}")
    used = (period.start + timedelta(days=period.days) - from_day).days
    share = monthly * used / period.days
    return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
