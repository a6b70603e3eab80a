"""Unit conversions for distances."""
from __future__ import annotations

KM_PER_MILE = 1.609344
KM_PER_NAUTICAL_MILE = 1.852


def km_to_miles(km: float) -> float:
    """Convert kilometres to statute miles."""
    return km / KM_PER_MILE


def miles_to_km(miles: float) -> float:
    """Convert statute miles to kilometres."""
    return miles * KM_PER_MILE


def km_to_nautical(km: float) -> float:
    """Convert kilometres to nautical miles."""
    return km / KM_PER_NAUTICAL_MILE
