"""Build the JSON-ready summary that is posted to the warehouse API."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .model import Order


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def summarize(order: Order) -> dict[str, Any]:
    """Return a plain dict describing ``order`` (money as strings, 2 decimals)."""
    goods = sum((l.unit_price * l.qty for l in order.lines), Decimal("0"))
    return {
        "order": order.number,
        "contact": order.email,
        "shipping": {
            "name": order.ship_to.name,
            "address": [order.ship_to.street, f"{order.ship_to.postcode} {order.ship_to.city}"],
            "country": order.ship_to.country,
        },
        "items": [{"sku": l.sku, "qty": l.qty} for l in order.lines],
        "totals": {
            "goods": _money(goods),
            "shipping": _money(order.shipping_fee),
            "grand": _money(goods + order.shipping_fee),
        },
    }
