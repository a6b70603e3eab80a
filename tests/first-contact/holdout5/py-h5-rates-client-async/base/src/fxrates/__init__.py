from .client import RatesClient

__all__ = ["RatesClient"]
