"""Summaries over a batch of orders loaded from JSON."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    sku: str
    quantity: int
    unit_cents: int

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_cents


@dataclass(frozen=True)
class Order:
    order_id: str
    customer: str
    lines: tuple[Line, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.total_cents for line in self.lines)


def parse_orders(raw: list[dict]) -> list[Order]:
    """Turns decoded JSON records into orders, skipping lines with a non-positive quantity."""
    orders = []
    for record in raw:
        lines = tuple(
            Line(item["sku"], int(item["qty"]), int(item["unit_cents"]))
            for item in record.get("lines", [])
            if int(item["qty"]) > 0
        )
        orders.append(Order(record["id"], record["customer"], lines))
    return orders


def revenue_by_customer(orders: list[Order]) -> dict[str, int]:
    """Total cents per customer, customers in first-seen order."""
    totals: dict[str, int] = {}
    for order in orders:
        totals[order.customer] = totals.get(order.customer, 0) + order.total_cents
    return totals


def top_skus(orders: list[Order], n: int = 2) -> list[str]:
    """The n SKUs sold in the largest quantity, ties broken by SKU name."""
    counts: dict[str, int] = {}
    for order in orders:
        for line in order.lines:
            counts[line.sku] = counts.get(line.sku, 0) + line.quantity
    return [sku for sku, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
