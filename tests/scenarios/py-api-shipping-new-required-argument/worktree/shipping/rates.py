"""Shipping rates by weight, zone and carrier."""

ZONE_FACTORS = {"domestic": 1.0, "eu": 1.6, "world": 2.4}
CARRIER_FEES = {"postal": 0.0, "express": 6.5}


def shipping_cost(weight_kg: float, zone: str, carrier: str) -> float:
    """Price in euros: a base fee plus a per-kilo rate, scaled by zone, plus the carrier's fee."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    base = 4.0 + 1.5 * weight_kg
    return round(base * ZONE_FACTORS[zone] + CARRIER_FEES[carrier], 2)
