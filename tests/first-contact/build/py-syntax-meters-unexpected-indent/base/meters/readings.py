"""Turns cumulative electricity meter readings into consumption per period."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Reading:
    """A cumulative meter reading in kWh taken on a given day."""

    on: date
    kwh: float


def consumption(readings: list[Reading]) -> list[tuple[date, float]]:
    """Returns (date, kWh used since the previous reading), oldest first.

    A reading lower than the previous one means the meter was replaced; its
    value is then the consumption since the replacement.
    """
    ordered = sorted(readings, key=lambda r: r.on)
    out: list[tuple[date, float]] = []
    for prev, cur in zip(ordered, ordered[1:]):
        used = cur.kwh - prev.kwh
        if used < 0:
            used = cur.kwh
        out.append((cur.on, round(used, 3)))
    return out
