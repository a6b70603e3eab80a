"""Order lookups."""
from dataclasses import dataclass


@dataclass
class Order:
    order_id: int
    customer: str
    total: float


def find_order(orders: list, order_id: int | str) -> Order | None:
    """The order with this id (an int, or its string form from a URL), or None."""
    wanted = str(order_id)
    for order in orders:
        if order.order_id == wanted:
            return order
    return None
