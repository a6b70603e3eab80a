"""Products of the shop catalogue."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    """A sellable item; prices are integer cents."""

    sku: str
    name: str
    price_cents: int
    vat_rate: float = 0.2


def by_sku(products: list[Product]) -> dict[str, Product]:
    """Indexes products by SKU; duplicate SKUs are an error."""
    index: dict[str, Product] = {}
    for p in products:
        if p.sku in index:
            raise ValueError(f"duplicate SKU {p.sku}")
        index[p.sku] = p
    return index
