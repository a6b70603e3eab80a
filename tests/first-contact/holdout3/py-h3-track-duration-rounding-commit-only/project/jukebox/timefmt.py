"""Track and playlist durations as the player shows them."""

from __future__ import annotations

import math
from typing import Iterable


def format_duration(seconds: float) -> str:
    """Show a duration as ``m:ss``, or ``h:mm:ss`` from one hour on.

    >>> format_duration(75)
    '1:15'
    >>> format_duration(3725)
    '1:02:05'
    """
    if seconds < 0:
        raise ValueError("duration cannot be negative")
    whole = math.floor(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def playlist_length(durations: Iterable[float]) -> str:
    """Total length of a playlist, formatted like a single track."""
    return format_duration(sum(durations))
