"""Seller payouts.

All amounts are integer cents.
"""
from __future__ import annotations

from dataclasses import dataclass

# 8 % of the gross, in basis points (seller agreement, section 4).
COMMISSION_BPS = 800
MIN_COMMISSION = 30


@dataclass(frozen=True)
class Sale:
    order_id: str
    gross: int


def commission(gross: int) -> int:
    """Commission on one sale: COMMISSION_BPS of the gross, at least MIN_COMMISSION.

    Rounded half up to the cent.
    """
    if gross < 0:
        raise ValueError("gross cannot be negative")
    return max(MIN_COMMISSION, (gross * COMMISSION_BPS + 5_000) // 10_000)


def payout(sales: list[Sale]) -> int:
    """What the seller is paid for ``sales``."""
    return sum(s.gross - commission(s.gross) for s in sales)


def statement_lines(sales: list[Sale]) -> list[str]:
    """One line per sale for the seller's monthly statement."""
    return [f"{s.order_id}  {s.gross / 100:>9.2f}  -{commission(s.gross) / 100:.2f}" for s in sales]
