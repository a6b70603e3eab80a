from .points import points_for_order, receipt_line

__all__ = ["points_for_order", "receipt_line"]
