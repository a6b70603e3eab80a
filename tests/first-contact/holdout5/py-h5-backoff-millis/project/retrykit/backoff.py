"""Exponential backoff schedule for the job runner."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """``delay(n) = min(base * factor ** n, max_delay)`` for attempt ``n`` (0-based).

    Since 0.7 all delays are whole **milliseconds** (``int``): the scheduler's
    ``call_later_ms`` takes integers and float seconds kept being passed where
    ms were expected. ``base`` and ``max_delay`` are milliseconds too.
    """

    base: int = 500
    factor: float = 2.0
    max_delay: int = 30_000

    def delay(self, attempt: int) -> int:
        if attempt < 0:
            raise ValueError("attempt must be >= 0")
        return int(min(self.base * self.factor ** attempt, self.max_delay))

    def schedule(self, attempts: int) -> list[int]:
        """Delays (ms) before each of ``attempts`` retries."""
        return [self.delay(n) for n in range(attempts)]

    def total(self, attempts: int) -> int:
        """Worst-case time (ms) spent waiting over ``attempts`` retries."""
        return sum(self.schedule(attempts))
