"""Exponential backoff schedule for the job runner."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """``delay(n) = min(base * factor ** n, max_delay)`` for attempt ``n`` (0-based).

    Delays are in seconds.
    """

    base: float = 0.5
    factor: float = 2.0
    max_delay: float = 30.0

    def delay(self, attempt: int) -> float:
        if attempt < 0:
            raise ValueError("attempt must be >= 0")
        return min(self.base * self.factor ** attempt, self.max_delay)

    def schedule(self, attempts: int) -> list[float]:
        """Delays before each of ``attempts`` retries."""
        return [self.delay(n) for n in range(attempts)]

    def total(self, attempts: int) -> float:
        """Worst-case time spent waiting over ``attempts`` retries."""
        return sum(self.schedule(attempts))
