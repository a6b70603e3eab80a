"""Parcel shipping quotes."""
from __future__ import annotations

ZONE_BASE = {"domestic": 4.90, "eu": 9.50, "world": 18.00}
PER_KG = {"domestic": 0.80, "eu": 1.60, "world": 4.20}
INSURANCE_FEE = 2.50


def parcel_quote(weight_kg: float, zone: str) -> float:
    """Price of one parcel.

    The first kilogram is included in the zone base price; each started extra
    kilogram costs PER_KG[zone]. ``insured`` adds INSURANCE_FEE.
    """
    if zone not in ZONE_BASE:
        raise KeyError(f"unknown zone {zone!r}")
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    extra_kg = max(0, -(-weight_kg // 1) - 1)
    return round(ZONE_BASE[zone] + extra_kg * PER_KG[zone], 2)
