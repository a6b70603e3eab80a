from .reservations import Reservation, Stock

__all__ = ["Reservation", "Stock"]
