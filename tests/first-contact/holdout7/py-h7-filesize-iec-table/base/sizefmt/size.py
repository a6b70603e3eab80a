"""Format and parse byte counts (decimal SI units)."""

from __future__ import annotations

import re

UNIT_STEP = 1000
UNITS = ["B", "kB", "MB", "GB", "TB", "PB"]

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$")


def naturalsize(n: int, precision: int = 1) -> str:
    """Render ``n`` bytes with the largest unit that keeps the number >= 1.

    Whole bytes are shown without decimals: ``naturalsize(999) == "999 B"``.
    """
    if n < 0:
        raise ValueError("byte count cannot be negative")
    if n < UNIT_STEP:
        return f"{n} B"
    value = float(n)
    unit = UNITS[0]
    for unit in UNITS[1:]:
        value /= UNIT_STEP
        if value < UNIT_STEP:
            break
    return f"{value:.{precision}f} {unit}"


def parse_size(text: str) -> int:
    """Inverse of :func:`naturalsize` (up to rounding): ``"1.5 MB" -> 1500000``."""
    m = _SIZE_RE.match(text)
    if not m:
        raise ValueError(f"not a size: {text!r}")
    number, unit = float(m.group(1)), m.group(2) or "B"
    lowered = [u.lower() for u in UNITS]
    if unit.lower() not in lowered:
        raise ValueError(f"unknown unit {unit!r}")
    return round(number * UNIT_STEP ** lowered.index(unit.lower()))
