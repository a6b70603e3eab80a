"""Order lifecycle states."""
from __future__ import annotations

from enum import Enum


class OrderStatus(str, Enum):
    """State of a customer order.

    The values are persisted in ``orders.status`` and sent verbatim to the
    warehouse API, so an existing value must never change; add new members
    instead.
    """

    PENDING = "pending"
    PAID = "paid"
    ON_HOLD = "on-hold"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


_ALLOWED = {
    OrderStatus.PENDING: {OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.ON_HOLD},
    OrderStatus.ON_HOLD: {OrderStatus.PENDING, OrderStatus.CANCELLED},
    OrderStatus.PAID: {OrderStatus.SHIPPED, OrderStatus.ON_HOLD},
    OrderStatus.SHIPPED: set(),
    OrderStatus.CANCELLED: set(),
}


def can_move(current: OrderStatus, target: OrderStatus) -> bool:
    """Whether an order may go from ``current`` to ``target``."""
    return target in _ALLOWED[current]


def from_row(raw: str) -> OrderStatus:
    """Read the status column of an ``orders`` row."""
    return OrderStatus(raw)
