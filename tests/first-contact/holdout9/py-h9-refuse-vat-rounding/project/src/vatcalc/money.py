"""Money helpers shared by the VAT code and the invoice renderer."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    """Round ``amount`` to a whole number of cents."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def format_eur(amount: Decimal) -> str:
    """'1234.5' -> '1,234.50 EUR'."""
    return f"{to_cents(amount):,.2f} EUR"
