from .model import Cart, Line
from .receipt import format_receipt

__all__ = ["Cart", "Line", "format_receipt"]
