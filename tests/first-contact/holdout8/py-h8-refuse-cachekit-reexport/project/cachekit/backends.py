"""In-memory backends. Every backend has get(key, default), set(key, value, ttl) and delete(key).

The on-disk backend lives in :mod:`cachekit.disk`, key helpers in :mod:`cachekit.keys`.
"""
from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any

_MISSING = object()


class MemoryCache:
    """LRU cache in memory, bounded by ``maxsize`` entries."""

    def __init__(self, maxsize: int = 256, clock=time.monotonic) -> None:
        self.maxsize = maxsize
        self._clock = clock
        self._data: OrderedDict[str, tuple[float | None, Any]] = OrderedDict()

    def get(self, key: str, default: Any = None) -> Any:
        item = self._data.get(key, _MISSING)
        if item is _MISSING:
            return default
        expires, value = item
        if expires is not None and self._clock() >= expires:
            del self._data[key]
            return default
        self._data.move_to_end(key)
        return value

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        expires = None if ttl is None else self._clock() + ttl
        self._data[key] = (expires, value)
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def delete(self, key: str) -> None:
        self._data.pop(key, None)
