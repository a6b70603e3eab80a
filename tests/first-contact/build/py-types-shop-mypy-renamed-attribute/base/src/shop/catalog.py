"""Products of the shop catalogue."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    """A sellable item; prices are integer cents."""

    code: str
    name: str
    price_cents: int
    vat_rate: float = 0.2


def by_code(products: list[Product]) -> dict[str, Product]:
    """Indexes products by their code; duplicate codes are an error."""
    index: dict[str, Product] = {}
    for p in products:
        if p.code in index:
            raise ValueError(f"duplicate product code {p.code}")
        index[p.code] = p
    return index
