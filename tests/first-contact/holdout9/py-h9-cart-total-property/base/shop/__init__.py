"""Shopping cart model used by the checkout service."""
from .cart import Cart, LineItem

__all__ = ["Cart", "LineItem"]
