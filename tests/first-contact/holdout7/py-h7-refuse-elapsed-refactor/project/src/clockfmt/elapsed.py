"""Short "elapsed time" labels for the CI job list (``1m 05s``, ``2h 03m``)."""

from __future__ import annotations

# (unit size in seconds, suffix, next unit size, its suffix), largest first
_UNITS: tuple[tuple[int, str, int, str], ...] = (
    (86400, "d", 3600, "h"),
    (3600, "h", 60, "m"),
    (60, "m", 1, "s"),
)


def format_elapsed(seconds: int) -> str:
    """Render a duration with its two most significant units.

    ``59 -> "59s"``, ``60 -> "1m 00s"``, ``3600 -> "1h 00m"``, ``86400 -> "1d 00h"``.
    """
    if seconds < 0:
        raise ValueError("seconds must be >= 0")
    for size, major, minor_size, minor in _UNITS:
        if seconds > size:
            count, rest = divmod(seconds, size)
            return f"{count}{major} {rest // minor_size:02d}{minor}"
    return f"{seconds}s"
