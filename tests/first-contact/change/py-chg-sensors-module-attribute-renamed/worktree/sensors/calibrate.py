"""Calibration helpers for raw temperature readings."""
from __future__ import annotations

from statistics import median


def shift(readings: list[float], offset: float) -> list[float]:
    """Add a fixed offset to every reading, rounded to 0.01 degrees."""
    return [round(r + offset, 2) for r in readings]


def offset_from_reference(readings: list[float], reference: float) -> float:
    """Offset that moves the median reading onto ``reference``."""
    if not readings:
        raise ValueError("no readings")
    return round(reference - median(readings), 2)
