"""Order model and its JSON payload for the storefront API."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineItem:
    sku: str
    qty: int
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.unit_price * self.qty).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Order:
    id: str
    customer: str
    currency: str = "EUR"
    items: list[LineItem] = field(default_factory=list)

    def add(self, sku: str, qty: int, unit_price: str | Decimal) -> None:
        if qty <= 0:
            raise ValueError("qty must be positive")
        self.items.append(LineItem(sku, qty, Decimal(unit_price)))

    @property
    def total(self) -> Decimal:
        return sum((i.amount for i in self.items), Decimal("0.00"))


def order_to_dict(order: Order) -> dict[str, Any]:
    """Serialize an order for the storefront API."""
    return {
        "id": order.id,
        "customer": order.customer,
        "currency": order.currency,
        "items": [{"sku": i.sku, "qty": i.qty} for i in order.items],
        "total": str(order.total),
    }
