"""Parcel price and transit time by weight and destination zone."""

from __future__ import annotations

import math

#: zone -> (base price in cents, price per started kg in cents, transit days)
ZONES: dict[str, tuple[int, int, int]] = {
    "domestic": (450, 120, 1),
    "eu": (900, 310, 3),
    "world": (1800, 720, 7),
}

#: Parcels are billed by the larger of actual and volumetric weight.
VOLUMETRIC_DIVISOR = 5000


def billable_kg(weight_kg: float, dims_cm: tuple[int, int, int] | None = None) -> int:
    """Started kilograms billed for a parcel: max(actual, volumetric), rounded up."""
    weight = weight_kg
    if dims_cm is not None:
        length, width, height = dims_cm
        weight = max(weight, length * width * height / VOLUMETRIC_DIVISOR)
    return max(1, math.ceil(weight))


def quote(weight_kg: float, zone: str, dims_cm: tuple[int, int, int] | None = None) -> tuple[int, int]:
    """Price in cents and transit days for one parcel.

    >>> quote(2.2, "domestic")
    (810, 1)
    """
    try:
        base, per_kg, days = ZONES[zone]
    except KeyError:
        raise ValueError(f"unknown zone {zone!r}") from None
    return base + per_kg * billable_kg(weight_kg, dims_cm), days
