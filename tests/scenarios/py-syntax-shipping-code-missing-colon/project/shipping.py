"""Shipping rates by weight band and zone."""

BANDS = [(1.0, 4.50), (5.0, 9.00), (20.0, 18.00)]
ZONE_MULTIPLIER = {"domestic": 1.0, "eu": 1.6, "world": 2.4}


def band_price(weight_kg: float) -> float:
    """The price of the lightest band that fits the parcel."""
    for limit, price in BANDS:
        if weight_kg <= limit
            return price
    raise ValueError(f"{weight_kg} kg is over the 20 kg limit")


def shipping_cost(weight_kg: float, zone: str = "domestic") -> float:
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    return round(band_price(weight_kg) * ZONE_MULTIPLIER[zone], 2)
