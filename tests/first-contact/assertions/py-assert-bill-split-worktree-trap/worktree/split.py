"""Split a restaurant bill between friends."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")


def _share(total: Decimal, people: int) -> Decimal:
    return (total / people).quantize(CENT, ROUND_DOWN)


def split_bill(total: Decimal, people: int) -> list[Decimal]:
    """Shares that add up exactly to ``total``.

    Everyone pays the total divided by ``people`` rounded down to cents; the
    leftover cents go one each to the first people in the list.
    """
    if people < 1:
        raise ValueError("need at least one person")
    # TODO: tip handling goes here
    return [_share(total, people) for _ in range(people)]
