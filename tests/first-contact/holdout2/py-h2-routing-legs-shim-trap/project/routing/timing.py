"""How long legs take and when the courier arrives."""
from __future__ import annotations

from datetime import datetime, timedelta


def leg_duration_min(distance_km: float, speed_kmh: float, stop_min: float = 0.0) -> float:
    """Minutes needed to drive ``distance_km`` at ``speed_kmh`` plus a stop."""
    if speed_kmh <= 0:
        raise ValueError("speed must be positive")
    return distance_km / speed_kmh * 60.0 + stop_min


def eta(departure: datetime, legs_min: list[float]) -> datetime:
    """Arrival time after driving every leg in order."""
    return departure + timedelta(minutes=sum(legs_min))
