"""Holding stock for orders that are not paid yet."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

_ids = count(1)


@dataclass(frozen=True)
class Reservation:
    id: int
    sku: str
    quantity: int


@dataclass
class Stock:
    """On-hand units per SKU, minus what open reservations hold."""

    on_hand: dict[str, int] = field(default_factory=dict)
    held: dict[int, Reservation] = field(default_factory=dict)

    def receive(self, sku: str, quantity: int) -> None:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        self.on_hand[sku] = self.on_hand.get(sku, 0) + quantity

    def available(self, sku: str) -> int:
        reserved = sum(r.quantity for r in self.held.values() if r.sku == sku)
        return self.on_hand.get(sku, 0) - reserved

    def reserve(self, sku: str, quantity: int) -> Reservation:
        """Hold ``quantity`` units of ``sku``; raises if not enough are available."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        if quantity > self.available(sku):
            raise LookupError(f"only {self.available(sku)} of {sku} available")
        reservation = Reservation(next(_ids), sku, quantity)
        self.held[reservation.id] = reservation
        return reservation

    def release(self, reservation_id: int) -> None:
        self.held.pop(reservation_id)
