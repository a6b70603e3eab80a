"""Cart and line items. Money is always a ``Decimal`` with two places."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineItem:
    sku: str
    unit_price: Decimal
    quantity: int = 1

    def subtotal(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Cart:
    """A mutable cart. ``discount_percent`` applies to the whole cart."""

    items: list[LineItem] = field(default_factory=list)
    discount_percent: int = 0

    def add(self, sku: str, unit_price: str | Decimal, quantity: int = 1) -> None:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        for i, item in enumerate(self.items):
            if item.sku == sku:
                self.items[i] = LineItem(sku, item.unit_price, item.quantity + quantity)
                return
        self.items.append(LineItem(sku, Decimal(unit_price), quantity))

    def remove(self, sku: str) -> None:
        self.items = [i for i in self.items if i.sku != sku]

    @property
    def item_count(self) -> int:
        """Number of units in the cart (not distinct SKUs)."""
        return sum(i.quantity for i in self.items)

    @property
    def total(self) -> Decimal:
        """Sum of line subtotals minus the cart discount, rounded to cents."""
        gross = sum((i.subtotal() for i in self.items), Decimal("0"))
        discount = (gross * self.discount_percent / 100).quantize(CENT, ROUND_HALF_UP)
        return gross - discount
