"""Exponential backoff schedules."""

from __future__ import annotations

import random


def backoff_delays(
    attempts: int,
    *,
    base: float = 0.5,
    factor: float = 2.0,
    cap: float = 30.0,
    jitter: float = 0.0,
    rng: random.Random | None = None,
) -> list[float]:
    """Return the delays (seconds) to wait before each retry.

    The n-th delay is ``base * factor ** n``, never more than ``cap``.
    With ``jitter`` > 0 each delay is multiplied by a random factor in
    ``[1 - jitter, 1 + jitter]`` (pass ``rng`` for reproducible schedules).

    Everything after ``attempts`` is keyword-only: ``backoff_delays(3, 2.0, 0.5)``
    read too much like "3 attempts, factor 2" and got base/factor mixed up.
    """
    if attempts < 0:
        raise ValueError("attempts must be >= 0")
    if base <= 0 or factor < 1:
        raise ValueError("base must be > 0 and factor >= 1")
    if not 0.0 <= jitter < 1.0:
        raise ValueError("jitter must be in [0, 1)")
    delays = [min(base * factor**n, cap) for n in range(attempts)]
    if jitter:
        rng = rng or random.Random()
        delays = [d * rng.uniform(1 - jitter, 1 + jitter) for d in delays]
    return delays
