"""Kitchen unit conversions."""
from __future__ import annotations

GRAMS_PER: dict[str, float] = {"g": 1.0, "kg": 1000.0, "oz": 28.35, "lb": 453.6}


def to_grams(quantity: float, unit: str) -> float:
    """Converts a weight to grams; unknown units raise KeyError."""
    return quantity * GRAMS_PER[unit]
