"""A customer order with line items and a coupon."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal


@dataclass
class Order:
    """Order lines are (sku, unit price, quantity); coupon is a percentage off."""

    lines: list[tuple[str, Decimal, int]] = field(default_factory=list)
    coupon_percent: int = 0

    def add(self, sku: str, price: str, qty: int = 1) -> None:
        if qty < 1:
            raise ValueError("quantity must be positive")
        self.lines.append((sku, Decimal(price), qty))

    def subtotal(self) -> Decimal:
        return sum((p * q for _, p, q in self.lines), Decimal("0"))

    def total(self) -> Decimal:
        """Subtotal minus the coupon, rounded half-up to cents."""
        off = self.subtotal() * self.coupon_percent / 100
        return (self.subtotal() - off).quantize(Decimal("0.01"), ROUND_HALF_UP)
