"""Weight-band tariffs for parcel shipping."""
from __future__ import annotations

from dataclasses import dataclass

BANDS: list[tuple[float, str, int]] = [
    (1.0, "small", 450),
    (5.0, "medium", 790),
    (20.0, "large", 1490),
]


@dataclass(frozen=True)
class Quote:
    """A price quote in cents for one parcel."""

    band: str
    cents: int


def band_for(weight_kg: float) -> tuple[str, int]:
    """Returns the (band name, base price in cents) for a parcel weight."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    for limit, name, cents in BANDS:
        if weight_kg <= limit:
            return name, cents
    raise ValueError(f"{weight_kg} kg is over the 20 kg limit")


def quote(weight_kg: float, express: bool = False) -> Quote:
    """Prices a parcel; express delivery costs 50% more, rounded up to a whole cent."""
    name, cents = band_for(weight_kg)
    if express:
        cents = -(-cents * 3 // 2)
    return Quote(name, cents)


def total_for(weights: list[float], express: bool = False) -> int
    """Sums the quotes of several parcels going out in one shipment."""
    return sum(quote(w, express).cents for w in weights)
