"""Exponential backoff schedules."""

from __future__ import annotations


def backoff_delays(
    attempts: int, base: float = 0.5, factor: float = 2.0, cap: float = 30.0
) -> list[float]:
    """Return the delays (seconds) to wait before each retry.

    The n-th delay is ``base * factor ** n``, never more than ``cap``.
    """
    if attempts < 0:
        raise ValueError("attempts must be >= 0")
    if base <= 0 or factor < 1:
        raise ValueError("base must be > 0 and factor >= 1")
    return [min(base * factor**n, cap) for n in range(attempts)]
