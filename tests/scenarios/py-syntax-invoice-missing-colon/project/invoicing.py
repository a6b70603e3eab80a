"""Invoice arithmetic: line totals, discounts and tax, all in integer cents."""
from dataclasses import dataclass, field


@dataclass
class Line:
    """One invoice line: a description, a unit price in cents and a quantity."""

    description: str
    unit_cents: int
    quantity: int = 1

    def total(self) -> int:
        return self.unit_cents * self.quantity


@dataclass
class Invoice:
    lines: list[Line] = field(default_factory=list)
    discount_percent: int = 0
    tax_percent: int = 20

    def add(self, description: str, unit_cents: int, quantity: int = 1) -> "Invoice":
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.lines.append(Line(description, unit_cents, quantity))
        return self

    def subtotal(self) -> int:
        """Sum of the line totals before discount and tax."""
        return sum(line.total() for line in self.lines)

    def discount(self) -> int:
        return self.subtotal() * self.discount_percent // 100

    def tax(self) -> int:
        """Tax on the discounted subtotal, rounded half up to the cent."""
        taxable = self.subtotal() - self.discount()
        return (taxable * self.tax_percent + 50) // 100

    def grand_total(self) -> int:
        return self.subtotal() - self.discount() + self.tax()
