"""Split a bill into shares."""
from __future__ import annotations

from decimal import Decimal

from splitbill.money import CENT, percent_of, to_cents


def with_tip(total: Decimal, tip_percent: Decimal) -> Decimal:
    """Bill total plus the tip."""
    return to_cents(total) + percent_of(total, tip_percent)


def shares(total: Decimal, people: int) -> list[Decimal]:
    """Split ``total`` into ``people`` shares that add up exactly.

    The first shares take the left-over cents.
    """
    if people < 1:
        raise ValueError("need at least one person")
    total = to_cents(total)
    base = (total / people).quantize(CENT, rounding="ROUND_DOWN")
    left_over = int((total - base * people) / CENT)
    return [base + CENT if i < left_over else base for i in range(people)]
