"""Shopping cart with per-line quantity limits."""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_QUANTITY = 99


@dataclass
class Cart:
    """A cart maps SKUs to quantities (1..99 per line)."""

    lines: dict[str, int] = field(default_factory=dict)

    def add(self, sku: str, quantity: int = 1) -> None:
        """Add ``quantity`` of ``sku``; the line total must stay within the limit."""
        new_total = self.lines.get(sku, 0) + quantity
        if quantity < 1 or new_total > MAX_QUANTITY:
            raise ValueError(f"quantity must be between 1 and {MAX_QUANTITY}")
        self.lines[sku] = new_total

    def count(self) -> int:
        """Number of items in the cart."""
        return sum(self.lines.values())
