"""Totals per account."""
from collections import defaultdict
from decimal import Decimal

from ledger.store import load


def balances(text: str) -> dict[str, Decimal]:
    """Sum amounts per account code, sorted by code."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for row in load(text):
        sums[row.account] += row.amount
    return dict(sorted(sums.items()))
