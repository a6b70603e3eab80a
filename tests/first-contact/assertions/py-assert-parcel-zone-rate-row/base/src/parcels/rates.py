"""Postage by destination zone and weight.

Zones follow the carrier's 2024 price list. The first kilogram is included in the
zone's base rate; every started kilogram after that costs ``PER_KG``.
"""
from __future__ import annotations

import math

ZONE_BASE: dict[str, float] = {"A": 3.20, "B": 4.85, "C": 7.40, "D": 11.60}
PER_KG = 0.90
INCLUDED_KG = 1.0


def postage(zone: str, weight_kg: float) -> float:
    """Return the postage in euros for a parcel of ``weight_kg`` sent to ``zone``.

    >>> postage("A", 0.5)
    3.2
    """
    if zone not in ZONE_BASE:
        raise KeyError(f"unknown zone {zone!r}")
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    extra_kg = max(0, math.ceil(weight_kg - INCLUDED_KG))
    return round(ZONE_BASE[zone] + extra_kg * PER_KG, 2)
