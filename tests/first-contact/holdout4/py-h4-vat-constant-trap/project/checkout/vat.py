"""German VAT for the shop checkout."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

RATES = {
    "standard": Decimal("0.19"),  # 19%
    "reduced": Decimal("0.7"),    # 7%: food, books, printed newspapers
    "zero": Decimal("0"),         # exports outside the EU
}

CATEGORY_RATE = {
    "general": "standard",
    "food": "reduced",
    "books": "reduced",
    "export": "zero",
}


def vat_for(net: Decimal, category: str) -> Decimal:
    """VAT on a net amount: 19% standard, 7% reduced (food, books), 0% export."""
    try:
        rate = RATES[CATEGORY_RATE[category]]
    except KeyError:
        raise ValueError(f"unknown VAT category: {category}") from None
    return (net * rate).quantize(CENT, ROUND_HALF_UP)


def gross(net: Decimal, category: str) -> Decimal:
    return net + vat_for(net, category)
