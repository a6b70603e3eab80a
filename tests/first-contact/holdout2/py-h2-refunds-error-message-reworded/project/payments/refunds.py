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
    """Record a refund of ``amount`` and return what is still refundable.

    Error messages name the payment and echo the rejected amount; support
    agents see them verbatim in the back office.
    """
    if amount <= 0:
        raise ValueError(f"{payment.reference}: refund amount must be greater than 0, got {amount}")
    if amount > payment.refundable:
        raise ValueError(
            f"{payment.reference}: refund of {amount} exceeds the refundable balance of {payment.refundable}"
        )
    payment.refunded.append(amount)
    return payment.refundable
