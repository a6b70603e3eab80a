"""Stock counts for a small warehouse."""
import colections
from typing import Iterable, Tuple

Movement = Tuple[str, int]


def stock_levels(movements: Iterable[Movement]) -> "collections.Counter[str]":
    """Sums signed quantity movements per SKU (receipts positive, picks negative)."""
    levels: "collections.Counter[str]" = collections.Counter()
    for sku, qty in movements:
        levels[sku] += qty
    return levels


def reorder_list(movements: Iterable[Movement], threshold: int) -> list:
    """SKUs at or below the threshold, lowest stock first, then by SKU."""
    levels = stock_levels(movements)
    low = [(qty, sku) for sku, qty in levels.items() if qty <= threshold]
    return [sku for qty, sku in sorted(low)]


def busiest(movements: Iterable[Movement], n: int = 3) -> list:
    """The n SKUs with the most movements (in or out), most first."""
    counts = collections.Counter(sku for sku, _ in movements)
    return [sku for sku, _ in counts.most_common(n)]
