"""German VAT for the bookshop: 19% standard, 7% reduced (books, food)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

REDUCED_CATEGORIES = frozenset({"book", "food"})


def gross(net: Decimal, category: str) -> Decimal:
    """Gross price of a net price, rounded half-up to cents."""
    rate = Decimal("0.07") if category in REDUCED_CATEGORIES else Decimal("0.19")
    return (net * (1 + rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)
