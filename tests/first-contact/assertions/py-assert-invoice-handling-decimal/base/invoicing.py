"""Invoice totals for the shop's back office.

All money is handled as ``Decimal`` and rounded half-up to cents.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HANDLING_FEE = Decimal("2.50")  # per invoice, covers packing material


@dataclass(frozen=True)
class Line:
    """One invoice line: a unit price and a quantity."""

    description: str
    unit_price: Decimal
    quantity: int = 1

    @property
    def amount(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(CENT, ROUND_HALF_UP)


def subtotal(lines: list[Line]) -> Decimal:
    """Sum of the line amounts."""
    return sum((line.amount for line in lines), Decimal("0.00"))


def invoice_total(lines: list[Line]) -> Decimal:
    """Subtotal plus the handling fee of 2.50; an empty invoice costs nothing."""
    if not lines:
        return Decimal("0.00")
    return (subtotal(lines) + HANDLING_FEE).quantize(CENT, ROUND_HALF_UP)
