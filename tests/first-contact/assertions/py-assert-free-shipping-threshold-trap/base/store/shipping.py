"""Shipping charges for web-shop orders."""
from __future__ import annotations

from decimal import Decimal


def shipping_for(subtotal: Decimal) -> Decimal:
    """Orders of 50.00 or more ship free; smaller orders pay a flat 4.95."""
    if subtotal >= Decimal("50.00"):
        return Decimal("0.00")
    return Decimal("4.95")


def order_total(subtotal: Decimal) -> Decimal:
    """Subtotal plus shipping."""
    return subtotal + shipping_for(subtotal)
