"""Ledger entries and monthly balances."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Entry:
    day: date
    text: str
    amount: Decimal  # negative = money out
    category: str = "uncategorised"


def monthly_balance(entries: list[Entry]) -> dict[str, Decimal]:
    """Sum of amounts per month, keyed "YYYY-MM", in date order."""
    months: dict[str, Decimal] = defaultdict(lambda: Decimal("0"))
    for entry in sorted(entries, key=lambda e: e.day):
        months[f"{entry.day:%Y-%m}"] += entry.amount
    return dict(months)


def by_category(entries: list[Entry]) -> dict[str, Decimal]:
    """Total spent per category (money out only, as positive numbers)."""
    totals: dict[str, Decimal] = defaultdict(lambda: Decimal("0"))
    for entry in entries:
        if entry.amount < 0:
            totals[entry.category] -= entry.amount
    return dict(sorted(totals.items()))
