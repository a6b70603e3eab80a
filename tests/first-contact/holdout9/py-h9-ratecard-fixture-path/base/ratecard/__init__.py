"""Parcel shipping rate card."""
from .table import RateTable, Zone

__all__ = ["RateTable", "Zone"]
