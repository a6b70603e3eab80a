"""Speed statistics over driven legs."""
from __future__ import annotations


def average_speed_kmh(legs: list[tuple[float, float]]) -> float:
    """Average speed over ``(distance_km, minutes)`` legs, weighted by time."""
    total_km = sum(d for d, _ in legs)
    total_min = sum(m for _, m in legs)
    if total_min == 0:
        return 0.0
    return total_km / (total_min / 60.0)


def max_leg_speed_kmh(legs: list[tuple[float, float]]) -> float:
    """Fastest single leg, in km/h (0.0 when there are no timed legs)."""
    speeds = [d / (m / 60.0) for d, m in legs if m > 0]
    return max(speeds, default=0.0)
