"""Shipping quotes for the shop checkout."""
from .quote import quote, zone_for_country

__all__ = ["quote", "zone_for_country"]
