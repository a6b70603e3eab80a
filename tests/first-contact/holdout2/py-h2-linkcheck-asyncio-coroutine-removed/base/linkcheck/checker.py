"""Check many links concurrently with a bounded number of requests in flight."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

Fetch = Callable[[str], Awaitable[int]]


@dataclass(frozen=True)
class Result:
    url: str
    status: int

    @property
    def broken(self) -> bool:
        return self.status >= 400


async def check_all(urls: list[str], fetch: Fetch, limit: int = 4) -> list[Result]:
    """Fetch every URL (at most ``limit`` at a time); results keep input order."""
    sem = asyncio.Semaphore(limit)

    async def one(url: str) -> Result:
        async with sem:
            return Result(url, await fetch(url))

    return list(await asyncio.gather(*(one(u) for u in urls)))


def broken_links(results: list[Result]) -> list[str]:
    """URLs that answered with a client or server error."""
    return [r.url for r in results if r.broken]
