"""Small text helpers."""

__version__ = "0.5.0"
