"""A grocery cart with per-line quantities and prices."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass
class CartLine:
    item: str
    quantity: int
    unit_price: Decimal

    @property
    def subtotal(self) -> Decimal:
        return self.unit_price * self.quantity


class Cart:
    """Lines keyed by item name; adding an item again adds to its quantity."""

    def __init__(self) -> None:
        self._lines: dict[str, CartLine] = {}

    def add(self, item: str, quantity: int, unit_price: Decimal) -> None:
        """Add `quantity` of `item`. A different price for an item already in the cart is refused."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        line = self._lines.get(item)
        if line is None:
            self._lines[item] = CartLine(item, quantity, unit_price)
        elif line.unit_price != unit_price:
            raise ValueError(f"{item} is already in the cart at {line.unit_price}")
        else:
            line.quantity += quantity

    def remove(self, item: str) -> None:
        """Drop an item's line entirely (KeyError if it is not in the cart)."""
        del self._lines[item]

    def quantity(self, item: str) -> int:
        line = self._lines.get(item)
        return line.quantity if line else 0

    def total(self) -> Decimal:
        """Sum of line subtotals, to the cent."""
        return sum((line.subtotal for line in self._lines.values()), Decimal("0")).quantize(Decimal("0.01"))

    def __contains__(self, item: object) -> bool:
        return item in self._lines

    def __len__(self) -> int:
        return len(self._lines)
