"""Currency conversion with the ECB reference rates."""
from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from .money import Money

# ECB reference rates of 2024-02-02, units of quote currency per EUR
RATES: dict[str, Decimal] = {
    "USD": Decimal("1.0850"),
    "GBP": Decimal("0.8530"),
    "CHF": Decimal("0.9340"),
}


def convert(amount: Money, to: str) -> Money:
    """Convert EUR ``amount`` to currency ``to``, rounding half-even to cents."""
    if amount.currency != "EUR":
        raise ValueError("only EUR amounts can be converted")
    rate = RATES[to]
    cents = (Decimal(amount.cents) * rate).quantize(Decimal(1), ROUND_HALF_EVEN)
    return Money(int(cents), to)
