"""Delivery fee of the bike courier service."""
from __future__ import annotations

BASE_FEE = 2.99
INCLUDED_KM = 5
PER_KM = 0.55  # tariff 2024 (fuel and insurance)
NIGHT_SURCHARGE = 1.5


def delivery_fee(distance_km: float, night: bool = False) -> float:
    """Base fee covers the first five km; each further km costs ``PER_KM``.

    Night deliveries (22-6) cost 1.5 times as much.
    """
    if distance_km < 0:
        raise ValueError("distance must not be negative")
    fee = BASE_FEE + max(0.0, distance_km - INCLUDED_KM) * PER_KM
    return fee * NIGHT_SURCHARGE if night else fee
