"""Payment processing fees charged to sellers on each order."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

CARD_PERCENT = Decimal("0.025")   # 2.5% of the order amount
CARD_MINIMUM = Decimal("0.50")    # never less than this per card payment
SEPA_FLAT = Decimal("0.35")


def processing_fee(amount: Decimal, method: str) -> Decimal:
    """Fee for one payment of ``amount`` EUR paid with ``method`` ("card" or "sepa").

    Card payments cost 2.5% of the amount, at least 0.50; SEPA costs a flat 0.35.
    """
    if amount <= 0:
        raise ValueError("amount must be positive")
    if method == "card":
        return max(CARD_MINIMUM, (amount * CARD_PERCENT).quantize(CENT, ROUND_HALF_UP))
    if method == "sepa":
        return SEPA_FLAT
    raise ValueError(f"unknown payment method: {method}")


def payout(amounts: list[Decimal], method: str) -> Decimal:
    """What the seller receives for a batch of orders after fees."""
    return sum((a - processing_fee(a, method) for a in amounts), Decimal("0"))
