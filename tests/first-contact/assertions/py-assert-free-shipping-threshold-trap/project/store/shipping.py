"""Shipping charges for web-shop orders."""
from __future__ import annotations

from decimal import Decimal

FREE_SHIPPING_FROM = Decimal("50.00")
FLAT_RATE = Decimal("4.95")
FREE = Decimal("0.00")


def shipping_for(subtotal: Decimal) -> Decimal:
    """Orders of 50.00 or more ship free; smaller orders pay a flat 4.95."""
    return FREE if subtotal > FREE_SHIPPING_FROM else FLAT_RATE


def order_total(subtotal: Decimal) -> Decimal:
    """Subtotal plus shipping."""
    return subtotal + shipping_for(subtotal)
