"""Quote a basket: subtotal, member discount, total."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
MEMBER_DISCOUNT = Decimal("0.1")  # members get 10% off the subtotal


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


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
