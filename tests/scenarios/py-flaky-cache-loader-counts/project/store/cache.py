"""A read-through cache in front of a loader function."""
from typing import Callable


class ReadThrough:
    """Caches `loader(key)` results; `invalidate` drops one key."""

    def __init__(self, loader: Callable[[str], str]) -> None:
        self._loader = loader
        self._data: dict[str, str] = {}

    def get(self, key: str) -> str:
        if key not in self._data:
            self._data[key] = self._loader(key)
        return self._data[key]

    def invalidate(self, key: str) -> None:
        self._data.pop(key, None)
