"""Shipping fee for a whole cart."""

from __future__ import annotations

from decimal import Decimal

FLAT_FEE = {"domestic": Decimal("4.90"), "eu": Decimal("12.50")}

# Goods total from which a zone ships free (inclusive), see README.
FREE_FROM = {"domestic": Decimal("50.00"), "eu": Decimal("120.00")}


def shipping_fee(goods_total: Decimal | str, zone: str) -> Decimal:
    """Flat fee per zone; orders of ``FREE_FROM[zone]`` or more ship free."""
    goods = Decimal(goods_total)
    if goods < 0:
        raise ValueError("goods total cannot be negative")
    if zone not in FLAT_FEE:
        raise ValueError(f"unknown zone {zone!r}")
    if goods > FREE_FROM[zone]:
        return Decimal("0.00")
    return FLAT_FEE[zone]
