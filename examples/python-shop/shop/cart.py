"""Shopping cart holding priced lines keyed by SKU."""

from __future__ import annotations

from dataclasses import dataclass

from shop.pricing import apply_discount


@dataclass
class CartLine:
    """One product in the cart."""

    sku: str
    unit_price: float
    quantity: int = 1

    @property
    def total(self) -> float:
        """Price of the whole line, rounded to cents."""
        return round(self.unit_price * self.quantity, 2)


class Cart:
    """A customer's cart. Adding an existing SKU increases its quantity."""

    def __init__(self) -> None:
        self._lines: dict[str, CartLine] = {}
        self.discount_percent: float = 0.0

    def add(self, sku: str, unit_price: float, quantity: int = 1) -> CartLine:
        """Add ``quantity`` units of ``sku`` and return the updated line."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        line = self._lines.get(sku)
        if line is None:
            line = self._lines[sku] = CartLine(sku, unit_price, 0)
        line.quantity += quantity
        return line

    def remove(self, sku: str, quantity: int | None = None) -> None:
        """Remove some units of ``sku``, or the whole line if ``quantity`` is None."""
        line = self._lines.get(sku)
        if line is None:
            raise KeyError(sku)
        if quantity is None or quantity >= line.quantity:
            del self._lines[sku]
        else:
            line.quantity -= quantity

    def item_count(self) -> int:
        """Total number of units across all lines."""
        return sum(line.quantity for line in self._lines.values())

    def skus(self) -> list[str]:
        """SKUs in the order they were first added."""
        return list(self._lines)

    def subtotal(self) -> float:
        """Sum of all line totals before any discount."""
        return round(sum(line.total for line in self._lines.values()), 2)

    def total(self) -> float:
        """Subtotal with the cart-wide discount applied (net, before VAT)."""
        return apply_discount(self.subtotal(), self.discount_percent)
