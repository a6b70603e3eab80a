"""Inventory levels read from an async warehouse API."""
from __future__ import annotations

import asyncio


class Warehouse:
    """Stock per SKU; reads are async because the real one is remote."""

    def __init__(self, stock: dict[str, int]) -> None:
        self._stock = dict(stock)

    async def levels(self, skus: list[str]) -> dict[str, int]:
        await asyncio.sleep(0)
        return {s: self._stock.get(s, 0) for s in skus}

    async def reserve(self, sku: str, qty: int) -> bool:
        """Takes `qty` units if available; returns whether it did."""
        await asyncio.sleep(0)
        if self._stock.get(sku, 0) < qty:
            return False
        self._stock[sku] -= qty
        return True
