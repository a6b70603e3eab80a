"""Meeting-room bookings for one day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time


class BookingConflict(Exception):
    """The requested slot cannot be booked."""


@dataclass(frozen=True)
class Booking:
    title: str
    start: time
    end: time

    def overlaps(self, other: "Booking") -> bool:
        """Half-open intervals: a meeting ending at 10:00 does not clash with one starting at 10:00."""
        return self.start < other.end and other.start < self.end


@dataclass
class Room:
    name: str
    opens: time = time(8, 0)
    closes: time = time(19, 0)
    bookings: list[Booking] = field(default_factory=list)

    def book(self, title: str, start: time, end: time) -> Booking:
        """Add a booking, or raise BookingConflict if it clashes or falls outside opening hours.

        The conflict messages are shown verbatim at the front desk, so they name
        the room and what is in the way instead of a generic "conflict".
        """
        if end <= start:
            raise ValueError("a booking must end after it starts")
        if start < self.opens or end > self.closes:
            raise BookingConflict(
                f"{self.name} is only open {self.opens:%H:%M}-{self.closes:%H:%M}"
            )
        new = Booking(title, start, end)
        for existing in self.bookings:
            if new.overlaps(existing):
                raise BookingConflict(
                    f"{self.name} is already booked "
                    f"{existing.start:%H:%M}-{existing.end:%H:%M} by {existing.title}"
                )
        self.bookings.append(new)
        self.bookings.sort(key=lambda b: b.start)
        return new

    def free_until(self, at: time) -> time:
        """When the room next becomes busy after `at` (closing time if never)."""
        upcoming = [b.start for b in self.bookings if b.start >= at]
        return min(upcoming, default=self.closes)
