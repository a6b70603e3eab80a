"""Exponential backoff schedule for retrying network calls."""
from __future__ import annotations

DEFAULT_BASE = 0.5
"""Seconds before the first retry."""

MAX_DELAY = 30.0


def delays(attempts: int, base: float, cap: float = MAX_DELAY) -> list[float]:
    """Delay before each retry: base, 2*base, 4*base ... never above ``cap``.

    Callers choose ``base`` explicitly (DEFAULT_BASE suits most HTTP APIs).

    >>> delays(4, base=1.0)
    [1.0, 2.0, 4.0, 8.0]
    """
    if attempts < 0:
        raise ValueError("attempts must be >= 0")
    return [min(cap, base * 2**i) for i in range(attempts)]
