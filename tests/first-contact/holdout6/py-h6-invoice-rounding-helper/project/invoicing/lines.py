"""Invoice lines and totals.

VAT is computed and rounded per line, then summed - this is how the ledger
books it, so the invoice must do the same.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")
# Rounding applied to every stored amount. Half-even ("banker's rounding"),
# the rule the accounting export uses, so our totals match the ledger to the cent.
ROUNDING = ROUND_HALF_EVEN


def to_cents(value: Decimal) -> Decimal:
    """Round ``value`` to the cent with the invoice rounding rule."""
    return value.quantize(CENT, rounding=ROUNDING)


@dataclass(frozen=True)
class Line:
    description: str
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal  # e.g. Decimal("0.19")

    def __post_init__(self) -> None:
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive: {self.description}")

    @property
    def net(self) -> Decimal:
        return to_cents(self.quantity * self.unit_price)

    @property
    def vat(self) -> Decimal:
        return to_cents(self.net * self.vat_rate)

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat


def invoice_totals(lines: list[Line]) -> dict[str, Decimal]:
    """Net, VAT and gross totals of an invoice (sums of the rounded lines)."""
    net = sum((line.net for line in lines), Decimal("0.00"))
    vat = sum((line.vat for line in lines), Decimal("0.00"))
    return {"net": net, "vat": vat, "gross": net + vat}
