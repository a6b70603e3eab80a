"""A tiny shop: pricing rules, a shopping cart and a stock list."""

from shop.cart import Cart, CartLine
from shop.inventory import Inventory
from shop.pricing import apply_discount, format_price, price_with_tax, tax_amount

__all__ = [
    "Cart",
    "CartLine",
    "Inventory",
    "apply_discount",
    "format_price",
    "price_with_tax",
    "tax_amount",
]
