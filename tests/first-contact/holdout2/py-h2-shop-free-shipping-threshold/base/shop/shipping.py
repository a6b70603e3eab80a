"""Shipping fees for the web shop checkout."""
from __future__ import annotations

from decimal import Decimal

FREE_SHIPPING_THRESHOLD = Decimal("50.00")
"""Orders whose goods total reaches this amount ship for free (EUR)."""

FLAT_FEE = Decimal("4.95")
BULKY_SURCHARGE = Decimal("12.00")
ISLAND_POSTCODES = ("20", "98")


def shipping_fee(goods_total: Decimal, postcode: str, bulky_items: int = 0) -> Decimal:
    """Fee charged at checkout.

    Bulky items (furniture, rugs) always pay the surcharge, even when the
    flat fee is waived. Island postcodes never get free shipping.
    """
    if goods_total < 0:
        raise ValueError("goods total cannot be negative")
    island = postcode.startswith(ISLAND_POSTCODES)
    fee = Decimal("0.00")
    if island or goods_total < FREE_SHIPPING_THRESHOLD:
        fee += FLAT_FEE
    fee += BULKY_SURCHARGE * bulky_items
    return fee


def amount_to_free_shipping(goods_total: Decimal) -> Decimal:
    """What the basket banner shows: how much more to spend for free shipping."""
    return max(FREE_SHIPPING_THRESHOLD - goods_total, Decimal("0.00"))
