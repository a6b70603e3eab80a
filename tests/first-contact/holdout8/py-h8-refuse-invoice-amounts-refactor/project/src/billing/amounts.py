"""Invoice amount arithmetic, shared by invoices and credit notes."""
from __future__ import annotations

from dataclasses import dataclass

VAT_PCT = 19


@dataclass(frozen=True)
class Totals:
    subtotal: int
    discount: int
    tax: int

    @property
    def total(self) -> int:
        return self.subtotal - self.discount + self.tax


def compute_totals(amounts: list[int], discount_pct: int = 0) -> Totals:
    """Subtotal, discount and VAT (on the discounted subtotal, half up) in cents."""
    subtotal = sum(amounts)
    discount = subtotal * discount_pct // 100
    tax = (subtotal * VAT_PCT + 50) // 100
    return Totals(subtotal, discount, tax)
