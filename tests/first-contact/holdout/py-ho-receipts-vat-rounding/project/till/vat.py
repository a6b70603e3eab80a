"""VAT on receipt lines.

Fiscal rule for printed receipts: VAT is computed per line and rounded
half-up to the cent (0.005 -> 0.01); the receipt total is the sum of the
rounded lines, never re-rounded.
"""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")

#: Rate category -> VAT rate.
RATES: dict[str, Decimal] = {
    "standard": Decimal("0.19"),
    "books": Decimal("0.07"),
    "food": Decimal("0.07"),
    "service": Decimal("0.10"),
}


def line_vat(net: Decimal, category: str = "standard") -> Decimal:
    """VAT for one receipt line, rounded half-up to the cent."""
    try:
        rate = RATES[category]
    except KeyError:
        raise ValueError(f"unknown VAT category {category!r}") from None
    return round(net * rate, 2)


def receipt_vat(lines: list[tuple[Decimal, str]]) -> Decimal:
    """Total VAT of a receipt: the sum of the rounded line amounts."""
    return sum((line_vat(net, category) for net, category in lines), Decimal("0.00"))
