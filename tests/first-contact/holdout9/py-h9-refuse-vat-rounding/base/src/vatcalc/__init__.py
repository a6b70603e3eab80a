"""VAT calculation for invoice lines."""
from .core import RATES, InvoiceLine, invoice_totals, vat_for

__all__ = ["RATES", "InvoiceLine", "invoice_totals", "vat_for"]
