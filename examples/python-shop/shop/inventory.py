"""Warehouse stock list. SKUs are case-insensitive and stored upper-case."""

from __future__ import annotations


class Inventory:
    """Tracks product names and quantities on hand."""

    def __init__(self) -> None:
        self._items: dict[str, dict] = {}

    @staticmethod
    def _key(sku: str) -> str:
        return sku.strip().upper()

    def add_product(self, sku: str, name: str, qty: int = 0) -> None:
        """Register a product, or top up its quantity if it already exists."""
        key = self._key(sku)
        item = self._items.setdefault(key, {"sku": key, "name": name, "qty": 0})
        item["qty"] += qty

    def find_sku(self, sku: str) -> dict | None:
        """Look up a product by SKU (any case). Returns None if unknown."""
        return self._items.get(sku)

    def reserve(self, sku: str, qty: int) -> bool:
        """Take ``qty`` units out of stock; False if there are not enough."""
        item = self._items.get(self._key(sku))
        if item is None or item["qty"] < qty:
            return False
        item["qty"] -= qty
        return True

    def low_stock(self, threshold: int = 5) -> list[str]:
        """SKUs with fewer than ``threshold`` units left, alphabetically."""
        return sorted(sku for sku, item in self._items.items() if item["qty"] < threshold)
