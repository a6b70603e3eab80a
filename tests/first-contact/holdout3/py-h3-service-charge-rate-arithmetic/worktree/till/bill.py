"""Service charge and splitting for table bills."""

from __future__ import annotations

# 12.5% from 1 April: the new menus print it, and it matches the other branches.
SERVICE_CHARGE_RATE = 0.125
LARGE_PARTY_SIZE = 6  # the service charge only applies from this many guests


def service_charge(subtotal: float, guests: int) -> float:
    """The discretionary service charge for a table, rounded to the cent."""
    if subtotal < 0:
        raise ValueError("subtotal cannot be negative")
    if guests < LARGE_PARTY_SIZE:
        return 0.0
    return round(subtotal * SERVICE_CHARGE_RATE, 2)


def total(subtotal: float, guests: int) -> float:
    """Subtotal plus service charge, rounded to the cent."""
    return round(subtotal + service_charge(subtotal, guests), 2)


def split(subtotal: float, guests: int) -> list[float]:
    """Split the total evenly; the first guests pay the leftover cents."""
    cents = round(total(subtotal, guests) * 100)
    share, extra = divmod(cents, guests)
    return [(share + (1 if i < extra else 0)) / 100 for i in range(guests)]
