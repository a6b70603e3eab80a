"""VAT calculation for invoice lines."""
from .core import RATES, InvoiceLine, invoice_totals, vat_for
from .money import format_eur

__all__ = ["format_eur", "RATES", "InvoiceLine", "invoice_totals", "vat_for"]
