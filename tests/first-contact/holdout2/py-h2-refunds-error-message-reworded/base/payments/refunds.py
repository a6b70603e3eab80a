"""Refund requests against captured card payments."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Payment:
    reference: str
    captured: Decimal
    refunded: list[Decimal] = field(default_factory=list)

    @property
    def refundable(self) -> Decimal:
        return self.captured - sum(self.refunded, Decimal("0"))


def refund(payment: Payment, amount: Decimal) -> Decimal:
    """Record a refund of ``amount`` and return what is still refundable."""
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > payment.refundable:
        raise ValueError("amount exceeds refundable balance")
    payment.refunded.append(amount)
    return payment.refundable
