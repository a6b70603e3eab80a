"""Card processing fees for invoices."""

from decimal import ROUND_HALF_UP, Decimal

MINIMUM_FEE = Decimal("0.30")


def processing_fee(amount: Decimal) -> Decimal:
    """The fee charged on a card payment: a share of the amount, never below the minimum."""
    fee = (amount * SERVICE_RATE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return max(fee, MINIMUM_FEE)


def total_with_fee(amount: Decimal) -> Decimal:
    return amount + processing_fee(amount)
