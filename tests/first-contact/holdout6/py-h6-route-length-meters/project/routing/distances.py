"""Road distances between our delivery stops.

Distances are whole metres, as returned by the routing service (they used
to be kilometres from the van's trip meter). Integers keep sums exact.
A leg can be driven in both directions.
"""
from __future__ import annotations

LEGS_M: dict[tuple[str, str], int] = {
    ("DEPOT", "NORTH"): 12_400,
    ("NORTH", "EAST"): 7_850,
    ("EAST", "DEPOT"): 15_000,
    ("DEPOT", "SOUTH"): 9_300,
    ("SOUTH", "EAST"): 11_050,
}


def leg_distance(a: str, b: str) -> int:
    """Distance in metres between two neighbouring stops."""
    for key in ((a, b), (b, a)):
        if key in LEGS_M:
            return LEGS_M[key]
    raise KeyError(f"no road between {a} and {b}")


def route_distance(stops: list[str]) -> int:
    """Total metres of a route visiting ``stops`` in order."""
    return sum(leg_distance(a, b) for a, b in zip(stops, stops[1:]))


def longest_leg(stops: list[str]) -> tuple[str, str, int]:
    """The longest leg of a route, as (from, to, metres)."""
    legs = [(a, b, leg_distance(a, b)) for a, b in zip(stops, stops[1:])]
    if not legs:
        raise ValueError("a route needs at least two stops")
    return max(legs, key=lambda leg: leg[2])


def fuel_litres(stops: list[str], litres_per_100km: float) -> float:
    """Fuel needed for a route, in litres, rounded to 0.1 l."""
    return round(route_distance(stops) / 1000 * litres_per_100km / 100, 1)
