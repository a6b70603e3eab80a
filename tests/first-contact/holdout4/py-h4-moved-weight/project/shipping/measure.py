"""Parsing of physical measures typed by customers or read from supplier feeds."""
from __future__ import annotations

import re
from decimal import Decimal

_WEIGHT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(kg|g|lb)\s*$", re.IGNORECASE)
_TO_GRAMS = {"kg": Decimal(1000), "g": Decimal(1), "lb": Decimal("453.592")}


def parse_weight(text: str) -> int:
    """Parse ``"1.2 kg"``, ``"350g"`` or ``"3 lb"`` into whole grams (rounded up)."""
    match = _WEIGHT.match(text)
    if not match:
        raise ValueError(f"cannot parse weight: {text!r}")
    grams = Decimal(match.group(1)) * _TO_GRAMS[match.group(2).lower()]
    return int(grams.to_integral_value(rounding="ROUND_CEILING"))
