"""A token bucket: ``capacity`` tokens, refilled continuously."""
from __future__ import annotations

import time
from typing import Callable


class TokenBucket:
    """Allow bursts of up to ``capacity`` requests, refilled at a steady rate.

    ``refill_rate`` tokens are added per second of ``clock`` time, never
    beyond ``capacity``. The bucket starts full. ``refill_rate`` and ``clock``
    are keyword-only: ``TokenBucket(20, refill_rate=5.0)``.
    """

    def __init__(
        self,
        capacity: int,
        *,
        refill_rate: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if capacity <= 0 or refill_rate <= 0:
            raise ValueError("capacity and refill rate must be positive")
        self.capacity = capacity
        self.refill_rate = refill_rate
        self._clock = clock
        self._tokens = float(capacity)
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._last)
        self._tokens = min(self.capacity, self._tokens + elapsed * self.refill_rate)
        self._last = now

    def try_acquire(self, tokens: int = 1) -> bool:
        """Take ``tokens`` if available; return whether the request may proceed."""
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    def wait_time(self, tokens: int = 1) -> float:
        """Seconds until ``tokens`` would be available (0.0 if they already are)."""
        self._refill()
        missing = tokens - self._tokens
        return 0.0 if missing <= 0 else missing / self.refill_rate
