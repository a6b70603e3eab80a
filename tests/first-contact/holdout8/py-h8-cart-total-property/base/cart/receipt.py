"""Plain-text receipt for the kiosk printer (32 columns)."""
from __future__ import annotations

from .model import Cart

WIDTH = 32


def _row(left: str, right: str) -> str:
    return left[: WIDTH - len(right) - 1].ljust(WIDTH - len(right)) + right


def format_receipt(cart: Cart) -> str:
    rows = [_row(f"{line.qty} x {line.sku}", f"{line.amount:.2f}") for line in cart.lines.values()]
    rows.append("-" * WIDTH)
    if cart.coupon:
        rows.append(_row("subtotal", f"{cart.subtotal():.2f}"))
        rows.append(_row(f"coupon {cart.coupon}", f"-{cart.discount():.2f}"))
    rows.append(_row("TOTAL", f"{cart.total():.2f}"))
    return "\n".join(rows)
