"""Customer notifications for the order pipeline."""
from .shipping import Order, Settings, ShipmentNotifier

__all__ = ["Order", "Settings", "ShipmentNotifier"]
