"""An ordered list of tracks with durations in seconds."""
from __future__ import annotations


class Playlist:
    """Tracks in play order; duplicates are allowed (repeat a song)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._tracks: list[tuple[str, int]] = []

    def append(self, title: str, seconds: int) -> "Playlist":
        if seconds <= 0:
            raise ValueError("a track lasts at least one second")
        self._tracks.append((title, seconds))
        return self

    @property
    def duration(self) -> int:
        """Total running time in seconds."""
        return sum(s for _, s in self._tracks)

    def titles(self) -> list[str]:
        return [t for t, _ in self._tracks]
