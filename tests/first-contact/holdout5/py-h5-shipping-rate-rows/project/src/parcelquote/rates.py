"""Shipping rates per destination zone.

A quote is ``base + per_kg * billable_weight``, where the billable weight is the
real weight rounded *up* to the next half kilogram (carriers bill in 500 g steps).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Iterable

CENT = Decimal("0.01")
HALF_KG = Decimal("0.5")


@dataclass(frozen=True)
class Zone:
    name: str
    base: Decimal
    per_kg: Decimal


ZONES: dict[str, Zone] = {
    "domestic": Zone("domestic", Decimal("4.90"), Decimal("1.20")),
    "eu": Zone("eu", Decimal("9.50"), Decimal("3.10")),  # carrier surcharge from 1 April
    "world": Zone("world", Decimal("19.00"), Decimal("6.50")),
}


def billable_weight(weight_kg: Decimal) -> Decimal:
    """Round ``weight_kg`` up to the next multiple of 0.5 kg (minimum 0.5 kg)."""
    if weight_kg <= 0:
        raise ValueError(f"weight must be positive, got {weight_kg}")
    steps = (weight_kg / HALF_KG).to_integral_value(rounding=ROUND_CEILING)
    return steps * HALF_KG


def quote(weight_kg: Decimal | str, zone: str) -> Decimal:
    """Price of one parcel of ``weight_kg`` shipped to ``zone``."""
    try:
        z = ZONES[zone]
    except KeyError:
        raise ValueError(f"unknown zone {zone!r}") from None
    price = z.base + z.per_kg * billable_weight(Decimal(weight_kg))
    return price.quantize(CENT, rounding=ROUND_HALF_UP)


def quote_order(parcels: Iterable[tuple[Decimal | str, str]]) -> Decimal:
    """Total shipping for an order split into several parcels."""
    return sum((quote(w, z) for w, z in parcels), Decimal("0.00"))
