"""Basket pricing."""
from __future__ import annotations

from .catalog import Product


def gross_cents(product: Product, quantity: int = 1) -> int:
    """Price including VAT, rounded half up to a whole cent."""
    return int(product.price_cents * quantity * (1 + product.vat_rate) + 0.5)


def receipt_lines(basket: list[tuple[Product, int]]) -> list[str]:
    """One line per basket entry: "<code> x<qty> <gross cents>"."""
    return [f"{p.code} x{qty} {gross_cents(p, qty)}" for p, qty in basket]
