"""Card processing fees and merchant payouts.

All amounts are integer cents. The acquirer charges a percentage of the
payment (expressed per mille, so fractions of a percent stay exact) plus a
fixed amount per transaction.
"""
from __future__ import annotations

from dataclasses import dataclass

# Acquirer contract (from 1 March 2024): 1.5 % + 0.20 per card payment.
CARD_RATE_PER_MILLE = 15
CARD_FIXED_CENTS = 20


def card_fee(amount: int) -> int:
    """Fee in cents for one card payment of ``amount`` cents.

    The percentage part is rounded half up to the cent, then the fixed part
    is added.
    """
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    variable = (amount * CARD_RATE_PER_MILLE + 500) // 1000
    return variable + CARD_FIXED_CENTS


def payout(amount: int) -> int:
    """What the merchant receives for a payment of ``amount`` cents."""
    return amount - card_fee(amount)


@dataclass(frozen=True)
class Statement:
    gross: int
    fees: int

    @property
    def net(self) -> int:
        return self.gross - self.fees


def statement(payments: list[int]) -> Statement:
    """Monthly statement: fees are charged per payment, never on the sum."""
    return Statement(gross=sum(payments), fees=sum(card_fee(p) for p in payments))
