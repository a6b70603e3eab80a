"""Quotes shown before checkout (VAT included, rounded to the cent)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from billing.rates import REDUCED_VAT, STANDARD_VAT


def price_with_vat(net: Decimal, reduced_rate: bool = False) -> Decimal:
    rate = REDUCED_VAT if reduced_rate else STANDARD_VAT
    return (net * (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
