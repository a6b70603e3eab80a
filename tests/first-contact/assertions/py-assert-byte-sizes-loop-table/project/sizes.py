"""Parse human-readable sizes such as ``1.5 MiB`` into bytes."""
from __future__ import annotations

import re

_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?i?B)?\s*$", re.IGNORECASE)
UNITS: dict[str, int] = {
    "B": 1,
    "KB": 1000, "MB": 1000 ** 2, "GB": 1000 ** 3,  # SI, as the storage dashboard shows
    "KIB": 1024, "MIB": 1024 ** 2, "GIB": 1024 ** 3, "TIB": 1024 ** 4,
}


def parse_size(text: str) -> int:
    """Number of bytes in ``text``; a bare number is bytes.

    >>> parse_size("1 KiB")
    1024
    """
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r}")
    number, unit = match.groups()
    factor = UNITS.get((unit or "B").upper())
    if factor is None:
        raise ValueError(f"unknown unit in {text!r}")
    return int(float(number) * factor)
