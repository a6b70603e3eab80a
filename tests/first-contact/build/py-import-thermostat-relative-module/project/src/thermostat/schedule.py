"""Setpoint schedule for a programmable thermostat."""
from __future__ import annotations

from dataclasses import dataclass, field

from .helper import clamp

MIN_C, MAX_C = 5.0, 30.0


@dataclass
class Schedule:
    """Hour-of-day -> target temperature in Celsius; the last earlier entry applies."""

    default_c: float = 18.0
    points: dict[int, float] = field(default_factory=dict)

    def set(self, hour: int, celsius: float) -> None:
        """Sets the target from `hour` (0-23) on."""
        if not 0 <= hour <= 23:
            raise ValueError("hour must be 0-23")
        self.points[hour] = clamp(celsius, MIN_C, MAX_C)

    def target(self, hour: int) -> float:
        """The target temperature in force at `hour`."""
        earlier = [h for h in self.points if h <= hour]
        return self.points[max(earlier)] if earlier else self.default_c
