"""Cache backends. Every backend has get(key, default), set(key, value, ttl) and delete(key)."""
from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

_MISSING = object()


def make_key(*parts: Any) -> str:
    """A stable key from arbitrary JSON-serialisable parts."""
    raw = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


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


class DiskCache:
    """One JSON file per key under ``directory``."""

    def __init__(self, directory: str | Path, clock=time.time) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._clock = clock

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def get(self, key: str, default: Any = None) -> Any:
        try:
            record = json.loads(self._path(key).read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return default
        if record["expires"] is not None and self._clock() >= record["expires"]:
            self.delete(key)
            return default
        return record["value"]

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        expires = None if ttl is None else self._clock() + ttl
        self._path(key).write_text(json.dumps({"expires": expires, "value": value}))

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
