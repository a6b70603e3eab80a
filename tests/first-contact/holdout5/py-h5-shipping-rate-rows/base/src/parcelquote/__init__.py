"""Parcel shipping quotes for the web shop checkout."""

from .rates import ZONES, billable_weight, quote, quote_order

__all__ = ["ZONES", "billable_weight", "quote", "quote_order"]
