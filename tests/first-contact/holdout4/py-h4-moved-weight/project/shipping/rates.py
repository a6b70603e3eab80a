"""Rate tables."""
from __future__ import annotations

from decimal import Decimal

# (max grams, price in EUR) - first bracket that fits wins
BRACKETS: list[tuple[int, Decimal]] = [
    (500, Decimal("3.90")),
    (2000, Decimal("5.50")),
    (10000, Decimal("9.90")),
    (31500, Decimal("16.90")),
]


def price_for(grams: int) -> Decimal:
    """Price of one parcel of ``grams``; parcels over 31.5 kg are refused."""
    for limit, price in BRACKETS:
        if grams <= limit:
            return price
    raise ValueError(f"parcel too heavy: {grams} g")
