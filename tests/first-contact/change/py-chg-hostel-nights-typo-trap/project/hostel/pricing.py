"""Bed prices for a small hostel."""
from __future__ import annotations

WEEKEND_SURCHARGE = 0.2


def booking_price(bed_rate: float, nights: int, weekend_nights: int = 0) -> float:
    """Price of a stay.

    Args:
        bed_rate: price of one bed for one weeknight.
        nights: total number of nights booked.
        weekend_nights: how many of ``nights`` fall on Friday or Saturday;
            those cost WEEKEND_SURCHARGE more.
    """
    if nights < 1:
        raise ValueError("book at least one night")
    if not 0 <= weekend_nights <= nights:
        raise ValueError("weekend_nights must be between 0 and nights")
    surcharge = bed_rate * WEEKEND_SURCHARGE * weekend_nights
    return round(bed_rate * nights + surcharge, 2)
