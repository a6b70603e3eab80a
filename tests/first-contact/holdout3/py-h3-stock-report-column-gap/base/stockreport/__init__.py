from .table import render_table, stock_report

__all__ = ["render_table", "stock_report"]
