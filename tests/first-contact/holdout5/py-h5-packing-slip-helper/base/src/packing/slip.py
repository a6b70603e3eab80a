"""Packing slips printed on the warehouse label printer (fixed-width font)."""

from __future__ import annotations

from dataclasses import dataclass

SKU_WIDTH = 10
QTY_WIDTH = 4


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    qty: int


def item_line(item: Item) -> str:
    """``SKU`` left-aligned, quantity right-aligned, then the product name."""
    return f"{item.sku:<{SKU_WIDTH}}{item.qty:>{QTY_WIDTH}}  {item.name}"


def render_slip(order_no: str, items: list[Item]) -> str:
    """The full slip: a header, one line per item (sorted by SKU) and a count."""
    if not items:
        raise ValueError("a packing slip needs at least one item")
    lines = [f"PACKING SLIP #{order_no}", "-" * 32]
    lines += [item_line(i) for i in sorted(items, key=lambda i: i.sku)]
    lines.append("-" * 32)
    lines.append(f"{sum(i.qty for i in items)} pieces in {len(items)} lines")
    return "\n".join(lines)
