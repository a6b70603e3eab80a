"""Call a function again when it raises, sleeping between attempts."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from retrykit.backoff import backoff_delays

T = TypeVar("T")


def call_with_retries(
    fn: Callable[[], T],
    attempts: int = 4,
    retry_on: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError),
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn``; on ``retry_on`` errors wait and try again, up to ``attempts`` retries."""
    for delay in backoff_delays(attempts, 0.5, 2.0):
        try:
            return fn()
        except retry_on:
            sleep(delay)
    return fn()
