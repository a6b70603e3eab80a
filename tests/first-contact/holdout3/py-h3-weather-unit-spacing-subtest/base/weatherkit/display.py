"""Display strings for station readings."""

from __future__ import annotations

_COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def format_temperature(celsius: float, unit: str = "C") -> str:
    """Format a temperature with one decimal, e.g. ``"21.5°C"`` or ``"70.7°F"``."""
    if unit == "C":
        value = celsius
    elif unit == "F":
        value = celsius * 9 / 5 + 32
    else:
        raise ValueError(f"unknown unit {unit!r}")
    if round(value, 1) == 0:
        value = 0.0  # never show "-0.0"
    return f"{value:.1f}°{unit}"


def format_wind(speed_ms: float, degrees: float) -> str:
    """Format wind speed in km/h and the compass point it blows from, e.g. ``"18 km/h SW"``."""
    kmh = round(speed_ms * 3.6)
    point = _COMPASS[round((degrees % 360) / 45) % 8]
    return f"{kmh} km/h {point}"


def format_humidity(percent: float) -> str:
    """Relative humidity as a whole percentage, e.g. ``"64%"``."""
    return f"{round(percent)}%"
