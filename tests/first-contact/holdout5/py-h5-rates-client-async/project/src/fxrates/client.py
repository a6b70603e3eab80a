"""Exchange-rate client with a small time-based cache.

The HTTP layer is injected as an async ``fetch(base) -> {"rates": {"USD": "1.0843", ...}}``
so the client can be tested without a network. Since 0.5 the client is async
(the web app moved to an asyncio server and blocked its event loop on rate calls).
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any, Awaitable, Callable

Fetch = Callable[[str], Awaitable[dict[str, Any]]]


class RatesClient:
    def __init__(self, fetch: Fetch, ttl: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch = fetch
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, dict[str, Decimal]]] = {}

    async def latest(self, base: str) -> dict[str, Decimal]:
        """Rates for one unit of ``base``, cached for ``ttl`` seconds."""
        base = base.upper()
        hit = self._cache.get(base)
        now = self._clock()
        if hit and now - hit[0] < self._ttl:
            return hit[1]
        payload = await self._fetch(base)
        rates = {code: Decimal(value) for code, value in payload["rates"].items()}
        self._cache[base] = (now, rates)
        return rates

    async def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        """``amount`` of ``base`` expressed in ``quote``, rounded to cents."""
        rate = (await self.latest(base))[quote.upper()]
        return (amount * rate).quantize(Decimal("0.01"))
