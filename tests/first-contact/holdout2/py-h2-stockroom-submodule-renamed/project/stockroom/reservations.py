"""Stock held for open orders."""
from __future__ import annotations


def available(levels: dict[str, int], reserved: dict[str, int], sku: str) -> int:
    """Units of ``sku`` that can still be promised to a customer."""
    return max(levels.get(sku, 0) - reserved.get(sku, 0), 0)
