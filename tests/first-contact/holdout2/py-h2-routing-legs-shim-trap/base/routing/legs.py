"""Timing and speed of route legs."""
from __future__ import annotations

from datetime import datetime, timedelta

__all__ = ["leg_duration_min", "average_speed_kmh", "eta"]


def leg_duration_min(distance_km: float, speed_kmh: float, stop_min: float = 0.0) -> float:
    """Minutes needed to drive ``distance_km`` at ``speed_kmh`` plus a stop."""
    if speed_kmh <= 0:
        raise ValueError("speed must be positive")
    return distance_km / speed_kmh * 60.0 + stop_min


def average_speed_kmh(legs: list[tuple[float, float]]) -> float:
    """Average speed over ``(distance_km, minutes)`` legs, weighted by time."""
    total_km = sum(d for d, _ in legs)
    total_min = sum(m for _, m in legs)
    if total_min == 0:
        return 0.0
    return total_km / (total_min / 60.0)


def eta(departure: datetime, legs_min: list[float]) -> datetime:
    """Arrival time after driving every leg in order."""
    return departure + timedelta(minutes=sum(legs_min))
