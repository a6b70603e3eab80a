"""Ticket prices by age.

Bands are given by the age at which they start, and a band starts on that
birthday: a 12-year-old pays the teen price, a 65-year-old the senior price.
"""
from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal

# First age of each band after "child" (ascending), and the band names.
BAND_STARTS = [12, 18, 65]
BAND_NAMES = ["child", "teen", "adult", "senior"]

PRICES = {
    "child": Decimal("5.00"),
    "teen": Decimal("7.00"),
    "adult": Decimal("9.00"),
    "senior": Decimal("6.50"),
}


def band(age: int) -> str:
    """Price band for a visitor of ``age`` years."""
    if age < 0:
        raise ValueError("age cannot be negative")
    return BAND_NAMES[bisect_left(BAND_STARTS, age)]


def price(age: int) -> Decimal:
    return PRICES[band(age)]


def basket(ages: list[int]) -> Decimal:
    """Price of tickets for a group."""
    return sum((price(a) for a in ages), Decimal("0.00"))
