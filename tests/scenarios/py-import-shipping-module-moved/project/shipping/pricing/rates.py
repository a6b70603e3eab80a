"""Shipping rates by zone and weight."""

ZONE_BASE_CENTS = {"local": 400, "national": 750, "international": 1900}
PER_KG_CENTS = 120


def zone_rate(zone: str, weight_kg: float) -> int:
    """Price in cents of a parcel of `weight_kg` shipped to `zone`."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    try:
        base = ZONE_BASE_CENTS[zone]
    except KeyError:
        raise ValueError(f"unknown zone {zone!r}") from None
    return base + round(PER_KG_CENTS * weight_kg)


def cheapest_zone(weight_kg: float) -> str:
    """The zone with the lowest price for this weight."""
    return min(ZONE_BASE_CENTS, key=lambda z: zone_rate(z, weight_kg))
