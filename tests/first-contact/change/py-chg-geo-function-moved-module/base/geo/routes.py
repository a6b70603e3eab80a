"""Length of a route given as a list of stops."""
from geo.utils import haversine_km


def route_km(stops: list[tuple[float, float]]) -> float:
    """Sum of leg distances; a route with fewer than two stops has length 0."""
    return round(sum(haversine_km(a, b) for a, b in zip(stops, stops[1:])), 1)
