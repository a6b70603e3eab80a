"""Test data builders."""
from shop import Cart


def cart_with(*rows, discount=0):
    """cart_with(("MUG", "7.50", 2), ("TEE", "19.99")) -> Cart"""
    cart = Cart(discount_percent=discount)
    for row in rows:
        cart.add(*row)
    return cart
