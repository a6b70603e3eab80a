"""Road distances between our delivery stops.

Distances are in kilometres, as measured once with the van's trip meter.
A leg can be driven in both directions.
"""
from __future__ import annotations

LEGS_KM: dict[tuple[str, str], float] = {
    ("DEPOT", "NORTH"): 12.4,
    ("NORTH", "EAST"): 7.85,
    ("EAST", "DEPOT"): 15.0,
    ("DEPOT", "SOUTH"): 9.3,
    ("SOUTH", "EAST"): 11.05,
}


def leg_distance(a: str, b: str) -> float:
    """Distance in km between two neighbouring stops."""
    for key in ((a, b), (b, a)):
        if key in LEGS_KM:
            return LEGS_KM[key]
    raise KeyError(f"no road between {a} and {b}")


def route_distance(stops: list[str]) -> float:
    """Total km of a route visiting ``stops`` in order."""
    return round(sum(leg_distance(a, b) for a, b in zip(stops, stops[1:])), 3)


def longest_leg(stops: list[str]) -> tuple[str, str, float]:
    """The longest leg of a route, as (from, to, km)."""
    legs = [(a, b, leg_distance(a, b)) for a, b in zip(stops, stops[1:])]
    if not legs:
        raise ValueError("a route needs at least two stops")
    return max(legs, key=lambda leg: leg[2])


def fuel_litres(stops: list[str], litres_per_100km: float) -> float:
    """Fuel needed for a route, in litres, rounded to 0.1 l."""
    return round(route_distance(stops) * litres_per_100km / 100, 1)
