from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .importer import Transaction


def by_category(transactions: list[Transaction]) -> dict[str, Decimal]:
    """Sum of amounts per category, categories sorted by name."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for t in transactions:
        sums[t.category] += t.amount
    return dict(sorted(sums.items()))
