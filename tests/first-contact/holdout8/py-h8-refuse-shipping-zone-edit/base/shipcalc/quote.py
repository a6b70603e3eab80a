"""Compute a shipping quote from parcel weight and destination zone."""
from __future__ import annotations

import math

from . import rates


def zone_for_country(country: str) -> str:
    """Map an ISO country code to a shipping zone."""
    code = country.strip().upper()
    if code == rates.HOME_COUNTRY:
        return "domestic"
    if code in rates.EU_COUNTRIES:
        return "eu"
    return "world"


def quote(weight_kg: float, zone: str, order_total: float = 0.0) -> float:
    """Return the shipping fee in EUR, rounded to cents.

    The fee is the zone's base fee plus ``PER_KG`` for every started
    kilogram. Domestic orders of ``FREE_DOMESTIC_OVER`` or more are free.
    """
    if weight_kg <= 0:
        raise ValueError("weight_kg must be positive")
    if zone not in rates.BASE_FEE:
        raise KeyError(f"unknown zone: {zone!r}")
    if zone == "domestic" and order_total >= rates.FREE_DOMESTIC_OVER:
        return 0.0
    started_kg = math.ceil(weight_kg)
    return round(rates.BASE_FEE[zone] + rates.PER_KG * started_kg, 2)
