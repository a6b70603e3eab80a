from .lines import Line, invoice_totals

__all__ = ["Line", "invoice_totals"]
