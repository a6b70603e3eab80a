"""Time-to-live cache."""
from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any, Callable, Hashable


class TTLCache:
    """Keep at most ``maxsize`` entries; each expires once ``ttl`` seconds have
    passed since it was stored (an entry aged exactly ``ttl`` is expired).
    The least recently stored entry is evicted when full.

    ``clock`` returns seconds; it defaults to ``time.monotonic`` so that wall
    clock jumps (NTP, DST) cannot resurrect or kill entries.
    """

    def __init__(
        self, maxsize: int, ttl: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._data: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()

    def _expired(self, stored_at: float) -> bool:
        return self._clock() - stored_at > self.ttl

    def set(self, key: Hashable, value: Any) -> None:
        self._data.pop(key, None)
        self._data[key] = (self._clock(), value)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def get(self, key: Hashable, default: Any = None) -> Any:
        item = self._data.get(key)
        if item is None:
            return default
        stored_at, value = item
        if self._expired(stored_at):
            del self._data[key]
            return default
        return value

    def __len__(self) -> int:
        return sum(1 for stored_at, _ in self._data.values() if not self._expired(stored_at))
