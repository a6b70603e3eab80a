"""Checks a batch of mirror URLs concurrently with a pluggable probe."""
import asyncio


@asyncio.coroutine
def check_all(urls, probe, limit=4):
    """Runs `probe(url)` (a coroutine returning a status code) for every URL,
    at most `limit` at a time; returns {url: status} in input order."""
    gate = asyncio.Semaphore(limit)

    @asyncio.coroutine
    def one(url):
        with (yield from gate):
            return url, (yield from probe(url))

    pairs = yield from asyncio.gather(*(one(u) for u in urls))
    return dict(pairs)


def answering(statuses):
    """URLs that answered 2xx, sorted."""
    return sorted(u for u, code in statuses.items() if 200 <= code < 300)
