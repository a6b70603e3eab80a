"""Invoices with a fluent builder API."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Invoice:
    """Amounts are integer cents; ``vat_percent`` applies to every line."""

    customer: str
    vat_percent: int = 20
    lines: list[tuple[str, int, int]] = field(default_factory=list)

    def add_line(self, label: str, cents: int, qty: int = 1) -> "Invoice":
        """Append a line and return the invoice so calls can be chained."""
        if cents < 0 or qty < 1:
            raise ValueError("price must be >= 0 and quantity >= 1")
        self.lines.append((label, cents, qty))
        return self

    def net(self) -> int:
        return sum(c * q for _, c, q in self.lines)

    def gross(self) -> int:
        """Net plus VAT, rounded half-up to the cent."""
        return self.net() + (self.net() * self.vat_percent + 50) // 100
