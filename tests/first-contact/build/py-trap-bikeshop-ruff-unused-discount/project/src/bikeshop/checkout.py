"""Checkout totals for the bike-parts web shop."""
from __future__ import annotations

FREE_SHIPPING_FROM = 5000
SHIPPING_CENTS = 495
COUPONS = {"SPRING10": 0.10, "VIP25": 0.25}


def shipping_for(subtotal: int) -> int:
    """Shipping is free from FREE_SHIPPING_FROM cents of goods."""
    return 0 if subtotal >= FREE_SHIPPING_FROM else SHIPPING_CENTS


def apply_coupon(subtotal: int, code: str | None) -> int:
    """Subtotal after a percentage coupon, rounded to the cent; unknown codes are ignored."""
    rate = COUPONS.get((code or "").upper(), 0.0)
    return round(subtotal * (1 - rate))


def total(lines: list[tuple[int, int]], coupon: str | None = None) -> int:
    """Total in cents for (unit price, quantity) lines, shipping included."""
    subtotal = sum(price * qty for price, qty in lines)
    discounted = apply_coupon(subtotal, coupon)
    return subtotal + shipping_for(subtotal)
