"""A room thermostat with hysteresis."""
from __future__ import annotations

from collections import deque
from statistics import fmean


class Thermostat:
    """Switches heating on below ``target - band`` and off above ``target + band``.

    Readings are smoothed over the last ``window`` samples so a draught does
    not make the boiler cycle.
    """

    def __init__(self, target: float, band: float = 0.5, window: int = 3) -> None:
        if band < 0:
            raise ValueError("band must be >= 0")
        self.target = target
        self.band = band
        self.heating = False
        self._samples: deque[float] = deque(maxlen=window)

    def record(self, celsius: float) -> bool:
        """Add a sensor sample and return whether heating is now on."""
        self._samples.append(celsius)
        temp = self.current_temp()
        if temp < self.target - self.band:
            self.heating = True
        elif temp > self.target + self.band:
            self.heating = False
        return self.heating

    def current_temp(self) -> float:
        """Smoothed temperature, or the target when nothing was recorded yet."""
        if not self._samples:
            return self.target
        return round(fmean(self._samples), 2)
