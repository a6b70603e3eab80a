"""Build the JSON-ready summary that is posted to the warehouse API."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .model import Order

# The warehouse API v2 only accepts ISO 3166-1 alpha-2 codes.
_ISO_CODES = {
    "austria": "AT",
    "belgium": "BE",
    "france": "FR",
    "germany": "DE",
    "italy": "IT",
    "netherlands": "NL",
    "spain": "ES",
    "switzerland": "CH",
}


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def country_code(name: str) -> str:
    """Map a country name from the checkout form to its ISO alpha-2 code."""
    try:
        return _ISO_CODES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"no ISO code known for country {name!r}") from None


def summarize(order: Order) -> dict[str, Any]:
    """Return a plain dict describing ``order`` (money as strings, 2 decimals).

    ``shipping.country`` is the ISO 3166-1 alpha-2 code (``"DE"``), as warehouse
    API v2 requires.
    """
    goods = sum((l.unit_price * l.qty for l in order.lines), Decimal("0"))
    return {
        "order": order.number,
        "contact": order.email,
        "shipping": {
            "name": order.ship_to.name,
            "address": [order.ship_to.street, f"{order.ship_to.postcode} {order.ship_to.city}"],
            "country": country_code(order.ship_to.country),
        },
        "items": [{"sku": l.sku, "qty": l.qty} for l in order.lines],
        "totals": {
            "goods": _money(goods),
            "shipping": _money(order.shipping_fee),
            "grand": _money(goods + order.shipping_fee),
        },
    }
