"""Parse compact human intervals: ``"1h30m"``, ``"2d 4h"``, ``"45s"``."""

from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
_PART = re.compile(r"(\d+)\s*([wdhms])")


def parse_intreval(text: str) -> timedelta:
    """Parse ``text`` into a timedelta; units may repeat only once and in order."""
    compact = text.strip().lower()
    if not compact:
        raise ValueError("empty duration")
    seconds = 0
    pos = 0
    seen: list[str] = []
    for m in _PART.finditer(compact):
        if compact[pos : m.start()].strip():
            raise ValueError(f"unexpected text in {text!r}")
        unit = m.group(2)
        if seen and list(_UNITS).index(unit) <= list(_UNITS).index(seen[-1]):
            raise ValueError(f"units out of order in {text!r}")
        seen.append(unit)
        seconds += int(m.group(1)) * _UNITS[unit]
        pos = m.end()
    if not seen or compact[pos:].strip():
        raise ValueError(f"unexpected text in {text!r}")
    return timedelta(seconds=seconds)
