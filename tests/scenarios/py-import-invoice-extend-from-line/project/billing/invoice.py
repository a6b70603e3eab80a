"""Invoices: lines, totals and tax."""
from dataclasses import dataclass, field


@dataclass
class Line:
    """One billed item."""

    sku: str
    unit_cents: int
    quantity: int = 1


def line_total(line: Line) -> int:
    """Price of one line in cents."""
    return line.unit_cents * line.quantity


@dataclass
class Invoice:
    """A customer invoice with a flat tax rate."""

    customer: str
    tax_rate: float = 0.2
    lines: list[Line] = field(default_factory=list)

    def add(self, sku: str, unit_cents: int, quantity: int = 1) -> None:
        """Bill `quantity` units of `sku`."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.lines.append(Line(sku, unit_cents, quantity))

    def subtotal(self) -> int:
        """Sum of the lines before tax."""
        return sum(line_total(line) for line in self.lines)

    def total(self) -> int:
        """Subtotal plus tax, rounded to the cent."""
        return round(self.subtotal() * (1 + self.tax_rate))
