"""Exchange-rate client with a small time-based cache.

The HTTP layer is injected as ``fetch(base) -> {"rates": {"USD": "1.0843", ...}}``
so the client can be tested without a network.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any, Callable

Fetch = Callable[[str], dict[str, Any]]


class RatesClient:
    def __init__(self, fetch: Fetch, ttl: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch = fetch
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, dict[str, Decimal]]] = {}

    def latest(self, base: str) -> dict[str, Decimal]:
        """Rates for one unit of ``base``, cached for ``ttl`` seconds."""
        base = base.upper()
        hit = self._cache.get(base)
        now = self._clock()
        if hit and now - hit[0] < self._ttl:
            return hit[1]
        payload = self._fetch(base)
        rates = {code: Decimal(value) for code, value in payload["rates"].items()}
        self._cache[base] = (now, rates)
        return rates

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        """``amount`` of ``base`` expressed in ``quote``, rounded to cents."""
        rate = self.latest(base)[quote.upper()]
        return (amount * rate).quantize(Decimal("0.01"))
