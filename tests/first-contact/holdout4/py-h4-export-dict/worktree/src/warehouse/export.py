"""Convert shop orders to the JSON payload the warehouse picks from."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


@dataclass
class OrderLine:
    sku: str
    quantity: int
    cancelled: bool = False


@dataclass
class Order:
    number: int
    created: datetime
    country: str
    lines: list[OrderLine] = field(default_factory=list)
    express: bool = False


def _timestamp(moment: datetime) -> str:
    """UTC time in ISO 8601 with seconds (the new warehouse API rejects anything else)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def export_order(order: Order) -> dict[str, Any]:
    """Payload for one order. Cancelled lines are left out."""
    return {
        "order": f"SO-{order.number:06d}",
        "created_at": _timestamp(order.created),
        "ship_to": order.country.upper(),
        "priority": "express" if order.express else "standard",
        "lines": [
            {"sku": line.sku, "qty": line.quantity}
            for line in order.lines
            if not line.cancelled
        ],
    }


def export_batch(orders: list[Order]) -> list[dict[str, Any]]:
    """Payloads for several orders, oldest first."""
    return [export_order(o) for o in sorted(orders, key=lambda o: o.created)]
