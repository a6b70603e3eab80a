"""Checkout glue: hold every cart line or none."""

from __future__ import annotations

from .stock import OutOfStock, Stock


def reserve_cart(stock: Stock, lines: dict[str, int]) -> bool:
    """Hold all lines; on the first shortage undo what was done and return False."""
    done: list[tuple[str, int]] = []
    try:
        for sku, qty in lines.items():
            stock.hold(sku, qty)
            done.append((sku, qty))
    except OutOfStock:
        for sku, qty in done:
            stock.release(sku, qty)
        return False
    return True
