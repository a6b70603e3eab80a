"""Plain-text receipt rendering."""
from .cart import Cart


def render(cart: Cart) -> str:
    lines = [f"{i.quantity} x {i.sku:<10} {i.subtotal():>8}" for i in cart.items]
    if cart.discount_percent:
        lines.append(f"discount {cart.discount_percent}%")
    lines.append(f"{cart.item_count()} items      {cart.total():>8}")
    return "\n".join(lines)
