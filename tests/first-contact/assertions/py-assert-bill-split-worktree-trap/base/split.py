"""Split a restaurant bill between friends."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")


def split_bill(total: Decimal, people: int) -> list[Decimal]:
    """Shares that add up exactly to ``total``.

    Everyone pays the total divided by ``people`` rounded down to cents; the
    leftover cents go one each to the first people in the list.
    """
    if people < 1:
        raise ValueError("need at least one person")
    base = (total / people).quantize(CENT, ROUND_DOWN)
    leftover = int((total - base * people) / CENT)
    return [base + CENT if i < leftover else base for i in range(people)]
