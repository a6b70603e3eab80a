"""Short "elapsed time" labels for the CI job list (``1m 05s``, ``2h 03m``)."""

from __future__ import annotations


def format_elapsed(seconds: int) -> str:
    """Render a duration with its two most significant units.

    ``59 -> "59s"``, ``60 -> "1m 00s"``, ``3600 -> "1h 00m"``, ``86400 -> "1d 00h"``.
    """
    if seconds < 0:
        raise ValueError("seconds must be >= 0")
    if seconds >= 86400:
        days, rest = divmod(seconds, 86400)
        return f"{days}d {rest // 3600:02d}h"
    if seconds >= 3600:
        hours, rest = divmod(seconds, 3600)
        return f"{hours}h {rest // 60:02d}m"
    if seconds >= 60:
        minutes, rest = divmod(seconds, 60)
        return f"{minutes}m {rest:02d}s"
    return f"{seconds}s"
