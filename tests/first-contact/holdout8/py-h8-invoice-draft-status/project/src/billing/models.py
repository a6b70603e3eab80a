"""Invoice data model."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

VAT_PCT = 19


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
    status: str = "draft"

    @property
    def subtotal(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def discount(self) -> int:
        return self.subtotal * self.discount_pct // 100

    @property
    def tax(self) -> int:
        """VAT on the discounted subtotal, rounded half up to the cent."""
        return ((self.subtotal - self.discount) * VAT_PCT + 50) // 100

    @property
    def total(self) -> int:
        return self.subtotal - self.discount + self.tax

    def to_dict(self) -> dict:
        """Serialise for the accounting export (all amounts in cents)."""
        return {
            "number": self.number,
            "customer": self.customer,
            "issued": self.issued.isoformat(),
            "lines": len(self.lines),
            "subtotal": self.subtotal,
            "discount": self.discount,
            "tax": self.tax,
            "total": self.total,
            "status": self.status,
        }
