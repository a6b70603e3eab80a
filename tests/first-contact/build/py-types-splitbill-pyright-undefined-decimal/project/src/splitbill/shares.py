"""Splitting a bill between friends, to the cent."""
from __future__ import annotations

from decimal import ROUND_DOWN


def split(total: str, people: int) -> list[str]:
    """Splits a decimal amount into `people` shares that add up exactly.

    The first shares get the leftover cents: split("10.00", 3) -> ["3.34", "3.33", "3.33"].
    """
    if people < 1:
        raise ValueError("need at least one person")
    amount = Decimal(total)
    base = (amount / people).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    leftover = int((amount - base * people) * 100)
    return [str(base + Decimal("0.01")) if i < leftover else str(base) for i in range(people)]
