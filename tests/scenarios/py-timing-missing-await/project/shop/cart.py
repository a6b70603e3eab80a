"""A shopping cart whose prices come from an async catalogue."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field


class Catalogue:
    """Async price lookups, in cents."""

    def __init__(self, prices: dict[str, int]) -> None:
        self._prices = prices

    async def price(self, sku: str) -> int:
        await asyncio.sleep(0)
        return self._prices[sku]


@dataclass
class Cart:
    catalogue: Catalogue
    lines: dict[str, int] = field(default_factory=dict)

    def add(self, sku: str, qty: int = 1) -> None:
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.lines[sku] = self.lines.get(sku, 0) + qty

    async def total(self) -> int:
        """Sum of price x quantity over all lines, in cents."""
        prices = await asyncio.gather(*(self.catalogue.price(s) for s in self.lines))
        return sum(p * q for p, q in zip(prices, self.lines.values()))
