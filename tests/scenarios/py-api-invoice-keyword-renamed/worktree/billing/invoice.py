"""Invoices with lines, discounts and totals in cents."""
from dataclasses import dataclass, field


@dataclass
class Line:
    description: str
    unit_cents: int
    quantity: int


@dataclass
class Invoice:
    customer: str
    lines: list = field(default_factory=list)

    def add_line(self, description: str, unit_cents: int, quantity: int = 1) -> Line:
        """Appends a line of `quantity` units at `unit_cents` each."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        line = Line(description, unit_cents, quantity)
        self.lines.append(line)
        return line

    def total_cents(self) -> int:
        """The sum of all lines."""
        return sum(line.unit_cents * line.quantity for line in self.lines)
