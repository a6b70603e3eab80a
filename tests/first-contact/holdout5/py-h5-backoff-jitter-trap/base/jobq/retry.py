"""Retry delays for failed jobs."""

from __future__ import annotations


def retry_delay(attempt: int, base: float = 0.5, factor: float = 2.0, cap: float = 60.0) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based).

    The first retry waits ``base`` seconds, then the delay grows by ``factor``
    each time, never above ``cap``: 0.5, 1, 2, 4, ... with the defaults.
    """
    if attempt < 0:
        raise ValueError("attempt must be >= 0")
    return min(base * factor**attempt, cap)


def retry_plan(max_retries: int, **kwargs: float) -> list[float]:
    """All delays for a job that may be retried ``max_retries`` times."""
    return [retry_delay(n, **kwargs) for n in range(max_retries)]
