"""Split a newsletter audience into batches the mail provider accepts."""
from __future__ import annotations

from collections.abc import Iterable, Iterator


def normalise(address: str) -> str:
    """Lower-case and strip an address; the provider treats them case-insensitively."""
    return address.strip().lower()


def chunk_recipients(addresses: Iterable[str], batch_size: int = 50, dedupe: bool = True) -> Iterator[list[str]]:
    """Yield lists of at most ``batch_size`` normalised addresses, in input order.

    With ``dedupe`` an address is only sent once even if it appears in several
    segments. Blank entries are dropped.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    seen: set[str] = set()
    batch: list[str] = []
    for raw in addresses:
        addr = normalise(raw)
        if not addr:
            continue
        if dedupe:
            if addr in seen:
                continue
            seen.add(addr)
        batch.append(addr)
        if len(batch) == batch_size:
            yield batch
            batch = []
    if batch:
        yield batch
