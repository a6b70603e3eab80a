"""Room prices for the guest-house booking form."""
from __future__ import annotations

from datetime import date

NIGHTLY_RATE = 120.0
CLEANING_FEE = 25.0


def nights(check_in: date, check_out: date) -> int:
    """Number of nights between arrival and departure."""
    if check_out < check_in:
        raise ValueError("check-out before check-in")
    return (check_out - check_in).days


def room_price(check_in: date, check_out: date) -> float:
    """Nightly rate times nights; day-use rooms (no night) pay the cleaning fee only."""
    n = nights(check_in, check_out)
    return n * NIGHTLY_RATE if n else CLEANING_FEE
