"""VAT per invoice line.

VAT is computed per line and rounded to the cent, halves rounded up
(``ROUND_HALF_UP``); invoice totals are the sum of the rounded lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

#: VAT rates by category, in percent.
RATES: dict[str, Decimal] = {
    "standard": Decimal("20"),
    "reduced": Decimal("5"),
    "zero": Decimal("0"),
}

ROUNDING = ROUND_HALF_UP


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    net: Decimal
    category: str = "standard"


def vat_for(net: Decimal, category: str = "standard") -> Decimal:
    """VAT owed on ``net`` for ``category``, rounded to the cent."""
    try:
        rate = RATES[category]
    except KeyError:
        raise ValueError(f"unknown VAT category {category!r}") from None
    return (net * rate / 100).quantize(CENT, rounding=ROUNDING)


def invoice_totals(lines: list[InvoiceLine]) -> dict[str, Decimal]:
    """Return ``{"net", "vat", "gross"}`` for the invoice."""
    net = sum((line.net for line in lines), Decimal("0"))
    vat = sum((vat_for(line.net, line.category) for line in lines), Decimal("0"))
    return {"net": net, "vat": vat, "gross": net + vat}
