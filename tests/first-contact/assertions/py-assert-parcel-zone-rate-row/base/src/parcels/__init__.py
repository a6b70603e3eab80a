"""Parcel postage calculation."""
from .rates import postage

__all__ = ["postage"]
