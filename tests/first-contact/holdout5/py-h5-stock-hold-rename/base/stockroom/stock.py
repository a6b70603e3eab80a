"""In-memory stock levels with reservations for open carts."""

from __future__ import annotations


class OutOfStock(Exception):
    def __init__(self, sku: str, wanted: int, free: int) -> None:
        super().__init__(f"{sku}: wanted {wanted}, only {free} free")
        self.sku, self.wanted, self.free = sku, wanted, free


class Stock:
    """On-hand quantities minus what open carts have reserved."""

    def __init__(self, on_hand: dict[str, int] | None = None) -> None:
        self._on_hand: dict[str, int] = dict(on_hand or {})
        self._reserved: dict[str, int] = {}

    def free(self, sku: str) -> int:
        """Units that can still be reserved."""
        return self._on_hand.get(sku, 0) - self._reserved.get(sku, 0)

    def reserve(self, sku: str, qty: int) -> None:
        """Reserve ``qty`` units of ``sku`` for a cart; raises OutOfStock."""
        if qty <= 0:
            raise ValueError("qty must be positive")
        if qty > self.free(sku):
            raise OutOfStock(sku, qty, self.free(sku))
        self._reserved[sku] = self._reserved.get(sku, 0) + qty

    def release(self, sku: str, qty: int) -> None:
        """Give back a reservation (cart abandoned)."""
        held = self._reserved.get(sku, 0)
        self._reserved[sku] = max(held - qty, 0)

    def ship(self, sku: str, qty: int) -> None:
        """Turn a reservation into a shipment: both counters go down."""
        self.release(sku, qty)
        self._on_hand[sku] = self._on_hand.get(sku, 0) - qty
