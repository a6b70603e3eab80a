"""Manual stock corrections (breakage, recounts, returns)."""
from __future__ import annotations

from dataclasses import dataclass


class NegativeStock(Exception):
    """Raised when an adjustment would take a SKU below zero."""


@dataclass(frozen=True)
class Adjustment:
    sku: str
    delta: int
    reason: str


def apply_adjustment(levels: dict[str, int], adj: Adjustment) -> dict[str, int]:
    """Return new stock levels with ``adj`` applied; ``levels`` is not modified."""
    current = levels.get(adj.sku, 0)
    new = current + adj.delta
    if new < 0:
        raise NegativeStock(f"{adj.sku}: {current} on hand, cannot remove {-adj.delta}")
    updated = dict(levels)
    updated[adj.sku] = new
    return updated


def net_change(adjustments: list[Adjustment], reason: str | None = None) -> dict[str, int]:
    """Sum deltas per SKU, optionally only for one ``reason``."""
    totals: dict[str, int] = {}
    for adj in adjustments:
        if reason is not None and adj.reason != reason:
            continue
        totals[adj.sku] = totals.get(adj.sku, 0) + adj.delta
    return totals
