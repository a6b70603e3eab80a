"""Shipping fees at checkout."""

from __future__ import annotations

from decimal import Decimal


def shipping_fee(subtotal: Decimal, country: str = "DE") -> Decimal:
    """Fee for an order: free from 50.00 on (inclusive), otherwise a flat rate.

    The storefront banner reads "Free shipping from 50 EUR", so an order of
    exactly 50.00 ships free.
    """
    if subtotal < 0:
        raise ValueError("subtotal must not be negative")
    if subtotal >= Decimal("50.00"):
        return Decimal("0.00")
    return Decimal("4.90") if country == "DE" else Decimal("9.90")


def banner(country: str = "DE") -> str:
    """The promise shown above the cart."""
    return "Free shipping from 50 EUR"
