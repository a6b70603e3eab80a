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
    """Fetch every URL (at most ``limit`` at a time); results keep input order.

    Uses :class:`asyncio.TaskGroup` (Python 3.11+): if one fetch raises, the
    others are cancelled instead of running on in the background.
    """
    sem = asyncio.Semaphore(limit)

    async def one(url: str) -> Result:
        async with sem:
            return Result(url, await fetch(url))

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(one(u)) for u in urls]
    return [t.result() for t in tasks]


def broken_links(results: list[Result]) -> list[str]:
    """URLs that answered with a client or server error."""
    return [r.url for r in results if r.broken]
