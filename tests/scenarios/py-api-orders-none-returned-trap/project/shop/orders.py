"""Order lookups."""
from dataclasses import dataclass


@dataclass
class Order:
    order_id: int
    customer: str
    total: float


def find_order(orders: list, order_id: int) -> Order | None:
    """The order with this id, or None."""
    for order in orders:
        if order.order_id == order_id:
            return order
    return None
