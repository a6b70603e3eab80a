"""Per-client throttling for the WSGI app."""
from __future__ import annotations

from throttle.bucket import TokenBucket

BURST = 20
PER_SECOND = 5.0


class ClientThrottle:
    """One bucket per API key."""

    def __init__(self) -> None:
        self._buckets: dict[str, TokenBucket] = {}

    def allow(self, api_key: str) -> bool:
        bucket = self._buckets.get(api_key)
        if bucket is None:
            bucket = self._buckets[api_key] = TokenBucket(BURST, refill_rate=PER_SECOND)
        return bucket.try_acquire()
