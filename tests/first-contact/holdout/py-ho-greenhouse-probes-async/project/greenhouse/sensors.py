"""Reading and summarising the greenhouse's temperature probes.

Probes sit on a slow RS-485 bus; reading them one after another took most of
a second with twelve probes, so every read is a coroutine and the helpers
below gather them concurrently.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Iterable, Protocol


class Probe(Protocol):
    """Anything with a name that can report a temperature in degrees Celsius."""

    name: str

    async def read(self) -> float: ...


@dataclass
class FixedProbe:
    """A probe that always reports the same value (bench calibration, demos)."""

    name: str
    value: float

    async def read(self) -> float:
        return self.value


async def _read_all(probes: Iterable[Probe]) -> list[tuple[str, float]]:
    probes = list(probes)
    values = await asyncio.gather(*(probe.read() for probe in probes))
    return [(probe.name, value) for probe, value in zip(probes, values)]


async def average_reading(probes: Iterable[Probe]) -> float:
    """Mean temperature over all probes, rounded to 2 decimals.

    Raises ValueError when there is nothing to read, because an average of
    nothing would silently look like 0 degrees on the dashboard.
    """
    readings = await _read_all(probes)
    if not readings:
        raise ValueError("no probes to read")
    return round(sum(value for _, value in readings) / len(readings), 2)


async def out_of_range(probes: Iterable[Probe], low: float, high: float) -> list[str]:
    """Names of the probes whose reading lies outside [low, high], in input order."""
    readings = await _read_all(probes)
    return [name for name, value in readings if not low <= value <= high]
