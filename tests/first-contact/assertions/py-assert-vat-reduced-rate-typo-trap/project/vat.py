"""German VAT for the bookshop: 19% standard, 7% reduced (books, food)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

RATES: dict[str, Decimal] = {
    "standard": Decimal("0.19"),
    "reduced": Decimal("0.7"),
}
CATEGORY_RATE: dict[str, str] = {"book": "reduced", "food": "reduced"}


def rate_for(category: str) -> Decimal:
    """VAT rate that applies to ``category`` (standard unless listed)."""
    return RATES[CATEGORY_RATE.get(category, "standard")]


def gross(net: Decimal, category: str) -> Decimal:
    """Gross price of a net price, rounded half-up to cents."""
    return (net * (1 + rate_for(category))).quantize(Decimal("0.01"), ROUND_HALF_UP)
