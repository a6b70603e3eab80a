"""Invoice lines and totals."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Line:
    description: str
    hours: Decimal
    rate: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.hours * self.rate).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Invoice:
    number: str
    vat_rate: Decimal = Decimal("0.19")
    discount: Decimal = Decimal("0")
    lines: list[Line] = field(default_factory=list)

    def add(self, description: str, hours: str, rate: str) -> None:
        self.lines.append(Line(description, Decimal(hours), Decimal(rate)))

    def subtotal(self) -> Decimal:
        """Sum of the lines minus the discount (never below zero)."""
        return max(Decimal("0"), sum((l.amount for l in self.lines), Decimal("0")) - self.discount)

    def vat(self) -> Decimal:
        return (self.subtotal() * self.vat_rate).quantize(CENT, ROUND_HALF_UP)

    def total(self) -> Decimal:
        """Amount due, VAT included."""
        return self.subtotal() + self.vat()
