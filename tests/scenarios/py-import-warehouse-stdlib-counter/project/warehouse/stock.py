"""Warehouse stock keeping."""


class Stock:
    """Quantities per SKU."""

    def __init__(self) -> None:
        self._qty: dict[str, int] = {}

    def receive(self, sku: str, qty: int) -> None:
        """Add delivered units."""
        if qty <= 0:
            raise ValueError("qty must be positive")
        self._qty[sku] = self._qty.get(sku, 0) + qty

    def ship(self, sku: str, qty: int) -> None:
        """Remove shipped units; refuses to go below zero."""
        have = self._qty.get(sku, 0)
        if qty > have:
            raise ValueError(f"only {have} of {sku} in stock")
        self._qty[sku] = have - qty

    def counts(self) -> dict[str, int]:
        """A copy of the quantities, without empty SKUs."""
        return {k: v for k, v in self._qty.items() if v}
