"""Reading and summarising the greenhouse's temperature probes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Protocol


class Probe(Protocol):
    """Anything with a name that can report a temperature in degrees Celsius."""

    name: str

    def read(self) -> float: ...


@dataclass
class FixedProbe:
    """A probe that always reports the same value (bench calibration, demos)."""

    name: str
    value: float

    def read(self) -> float:
        return self.value


def average_reading(probes: Iterable[Probe]) -> float:
    """Mean temperature over all probes, rounded to 2 decimals.

    Raises ValueError when there is nothing to read, because an average of
    nothing would silently look like 0 degrees on the dashboard.
    """
    values = [probe.read() for probe in probes]
    if not values:
        raise ValueError("no probes to read")
    return round(sum(values) / len(values), 2)


def out_of_range(probes: Iterable[Probe], low: float, high: float) -> list[str]:
    """Names of the probes whose reading lies outside [low, high], in input order."""
    return [probe.name for probe in probes if not low <= probe.read() <= high]
