"""Retry delays for failed jobs."""

from __future__ import annotations

import random


def retry_delay(
    attempt: int,
    base: float = 0.5,
    factor: float = 2.0,
    cap: float = 60.0,
    jitter: float = 0.0,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    The first retry waits ``base`` seconds, then the delay grows by ``factor``
    each time, never above ``cap``: 0.5, 1, 2, 4, ... with the defaults.

    ``jitter`` (0..1) spreads retries of many jobs failing together: the delay
    is scaled by a random factor in ``[1 - jitter, 1]``. With the default
    ``jitter=0`` delays are exactly as before.
    """
    if attempt < 0:
        raise ValueError("attempt must be >= 0")
    if not 0.0 <= jitter <= 1.0:
        raise ValueError("jitter must be between 0 and 1")
    delay = min(base * factor ** (attempt + 1), cap)
    if jitter:
        delay *= 1.0 - jitter * (rng or random).random()
    return delay


def retry_plan(max_retries: int, **kwargs: float) -> list[float]:
    """All delays for a job that may be retried ``max_retries`` times."""
    return [retry_delay(n, **kwargs) for n in range(max_retries)]
