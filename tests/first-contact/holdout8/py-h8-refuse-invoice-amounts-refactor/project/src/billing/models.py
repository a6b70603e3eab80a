"""Invoice data model."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .amounts import VAT_PCT, Totals, compute_totals

__all__ = ["VAT_PCT", "Invoice", "LineItem"]


@dataclass(frozen=True)
class LineItem:
    description: str
    quantity: int
    unit_cents: int

    @property
    def amount_cents(self) -> int:
        return self.quantity * self.unit_cents


@dataclass
class Invoice:
    number: str
    customer: str
    issued: date
    lines: list[LineItem] = field(default_factory=list)
    discount_pct: int = 0
    status: str = "open"

    def totals(self) -> Totals:
        return compute_totals([line.amount_cents for line in self.lines], self.discount_pct)

    @property
    def subtotal(self) -> int:
        return self.totals().subtotal

    @property
    def discount(self) -> int:
        return self.totals().discount

    @property
    def tax(self) -> int:
        """VAT on the discounted subtotal, rounded half up to the cent."""
        return self.totals().tax

    @property
    def total(self) -> int:
        return self.totals().total

    def to_dict(self) -> dict:
        """Serialise for the accounting export (all amounts in cents)."""
        t = self.totals()
        return {
            "number": self.number,
            "customer": self.customer,
            "issued": self.issued.isoformat(),
            "lines": len(self.lines),
            "subtotal": t.subtotal,
            "discount": t.discount,
            "tax": t.tax,
            "total": t.total,
            "status": self.status,
        }
