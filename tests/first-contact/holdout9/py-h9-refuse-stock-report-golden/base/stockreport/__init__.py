"""Plain-text stock reports for the warehouse team."""
from .report import StockItem, low_stock, render

__all__ = ["StockItem", "low_stock", "render"]
