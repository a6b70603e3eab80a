"""Discount tiers for returning customers.

A customer's tier depends on what they spent over the last 12 months; the
tier's rate is taken off the basket total at checkout.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

# (minimum spend last year, name, rate) - highest first
TIERS: list[tuple[Decimal, str, Decimal]] = [
    (Decimal("500"), "gold", Decimal("0.12")),  # spring campaign: was 10 %
    (Decimal("200"), "silver", Decimal("0.05")),
    (Decimal("100"), "bronze", Decimal("0.02")),
]


def _tier(spend_last_year: Decimal) -> tuple[str, Decimal]:
    if spend_last_year < 0:
        raise ValueError("spend cannot be negative")
    for minimum, name, rate in TIERS:
        if spend_last_year >= minimum:
            return name, rate
    return "none", Decimal("0")


def tier_name(spend_last_year: Decimal) -> str:
    """Name of the tier for a yearly spend ("none" below the lowest tier)."""
    return _tier(spend_last_year)[0]


def discount_rate(spend_last_year: Decimal) -> Decimal:
    """Fraction taken off the basket, e.g. Decimal("0.05") for 5 %."""
    return _tier(spend_last_year)[1]


def discounted_total(basket: Decimal, spend_last_year: Decimal) -> Decimal:
    """Basket total after the loyalty discount, rounded half up to the cent."""
    if basket < 0:
        raise ValueError("basket cannot be negative")
    rate = discount_rate(spend_last_year)
    return (basket * (1 - rate)).quantize(CENT, rounding=ROUND_HALF_UP)
