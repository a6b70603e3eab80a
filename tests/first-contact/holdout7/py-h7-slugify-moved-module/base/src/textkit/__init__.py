"""Small text helpers."""

__version__ = "0.4.0"
