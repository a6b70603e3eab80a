"""JSON-on-disk backend."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any


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
