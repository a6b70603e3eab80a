"""Fetches exchange rates from several (simulated) providers concurrently."""
from __future__ import annotations

import asyncio

LATENCY = {"ecb": 0.2, "fed": 0.25, "boe": 0.15}
RATES = {"ecb": 1.08, "fed": 1.09, "boe": 1.07}


async def fetch_rate(provider: str) -> float:
    """One provider's EUR/USD rate, after its network latency."""
    if provider not in RATES:
        raise KeyError(provider)
    await asyncio.sleep(LATENCY[provider])
    return RATES[provider]


async def median_rate(providers: list[str]) -> float:
    """The median of the providers' rates, fetched concurrently."""
    rates = sorted(await asyncio.gather(*(fetch_rate(p) for p in providers)))
    mid = len(rates) // 2
    return rates[mid] if len(rates) % 2 else round((rates[mid - 1] + rates[mid]) / 2, 4)
