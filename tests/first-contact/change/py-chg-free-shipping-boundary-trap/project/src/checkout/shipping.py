"""Shipping charges at checkout."""
from __future__ import annotations

from decimal import Decimal

FREE_SHIPPING_THRESHOLD = Decimal("50.00")
FLAT_RATE = Decimal("4.95")


def qualifies_for_free_shipping(basket_total: Decimal) -> bool:
    """True when the basket total is at or above FREE_SHIPPING_THRESHOLD."""
    return basket_total >= FREE_SHIPPING_THRESHOLD


def shipping_charge(basket_total: Decimal) -> Decimal:
    """FLAT_RATE, or nothing for baskets that qualify for free shipping."""
    if basket_total < 0:
        raise ValueError("negative basket total")
    return Decimal("0.00") if qualifies_for_free_shipping(basket_total) else FLAT_RATE
