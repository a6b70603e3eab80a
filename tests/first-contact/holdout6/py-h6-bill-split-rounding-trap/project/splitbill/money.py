"""Money helpers."""
from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")


def to_cents(value: Decimal) -> Decimal:
    """Round ``value`` to the cent, half up (0.125 -> 0.13)."""
    return round(Decimal(value), 2)


def percent_of(amount: Decimal, percent: Decimal) -> Decimal:
    """``percent`` % of ``amount``, rounded to the cent."""
    return to_cents(amount * percent / 100)
