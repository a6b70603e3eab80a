"""Duration strings <-> seconds.

A duration is one or more ``<number><unit>`` parts, largest unit first, with
optional spaces between parts: ``"1h 30m"``, ``"45s"``, ``"2d4h"``. Numbers may
have a fractional part (``"1.5h"`` is 5400 seconds). Units: d, h, m, s.
"""
from __future__ import annotations

import re

UNITS: dict[str, int] = {"d": 86_400, "h": 3_600, "m": 60, "s": 1}
_PART = re.compile(r"\s*(\d+)(?:\.\d+)?([dhms])")


def parse_duration(text: str) -> float:
    """Return the number of seconds in ``text``; raise ValueError if malformed."""
    pos, total, last_rank = 0, 0.0, -1
    order = list(UNITS)
    text = text.strip().lower()
    if not text:
        raise ValueError("empty duration")
    while pos < len(text):
        m = _PART.match(text, pos)
        if not m:
            raise ValueError(f"bad duration {text!r} at position {pos}")
        number, unit = m.groups()
        rank = order.index(unit)
        if rank <= last_rank:
            raise ValueError(f"units out of order in {text!r}")
        total += float(number) * UNITS[unit]
        last_rank, pos = rank, m.end()
    return total


def format_duration(seconds: float) -> str:
    """Inverse of :func:`parse_duration` for whole seconds: 5400 -> '1h30m'."""
    if seconds < 0:
        raise ValueError("negative duration")
    remaining = int(round(seconds))
    parts = []
    for unit, size in UNITS.items():
        count, remaining = divmod(remaining, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"
