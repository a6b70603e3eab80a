"""Quote a basket: subtotal, member discount, shipping, total."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
MEMBER_DISCOUNT = Decimal("0.01")  # members get 10% off the subtotal
SHIPPING = Decimal("4.90")
FREE_SHIPPING_FROM = Decimal("50.00")


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def shipping_for(subtotal: Decimal) -> Decimal:
    """Flat shipping, free from ``FREE_SHIPPING_FROM`` (not yet in quote())."""
    return Decimal("0.00") if subtotal >= FREE_SHIPPING_FROM else SHIPPING


def quote(lines: list[tuple[str, int, str]], member: bool = False) -> dict[str, str]:
    """Price ``lines`` of ``(sku, qty, unit_price)``.

    Returns strings so the result can go straight into the JSON response::

        {"subtotal": "50.00", "discount": "5.00", "total": "45.00"}
    """
    subtotal = _money(sum((Decimal(price) * qty for _, qty, price in lines), Decimal(0)))
    discount = _money(subtotal * MEMBER_DISCOUNT) if member else Decimal("0.00")
    return {
        "subtotal": str(subtotal),
        "discount": str(discount),
        "total": str(subtotal - discount),
    }
