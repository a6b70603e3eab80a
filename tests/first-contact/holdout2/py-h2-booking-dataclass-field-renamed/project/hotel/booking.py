"""Room bookings and their pricing."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal


@dataclass
class Booking:
    """A guest's stay in one room, starting on ``check_in`` for ``nights`` nights."""

    guest: str
    room: str
    check_in: date
    nights: int = 1
    extras: list[str] = field(default_factory=list)

    @property
    def checkout(self) -> date:
        return self.check_in + timedelta(days=self.nights)

    def overlaps(self, other: "Booking") -> bool:
        """True when both bookings hold the same room on at least one night."""
        if self.room != other.room:
            return False
        return self.check_in < other.checkout and other.check_in < self.checkout


def stay_price(booking: Booking, nightly: Decimal, weekend_surcharge: Decimal = Decimal("0")) -> Decimal:
    """Price of the stay; Friday and Saturday nights carry ``weekend_surcharge``."""
    total = Decimal("0")
    for i in range(booking.nights):
        night = booking.check_in + timedelta(days=i)
        total += nightly
        if night.weekday() in (4, 5):
            total += weekend_surcharge
    return total
