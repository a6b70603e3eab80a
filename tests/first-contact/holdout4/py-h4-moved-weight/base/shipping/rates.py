"""Rate tables and weight parsing."""
from __future__ import annotations

import re
from decimal import Decimal

_WEIGHT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(kg|g|lb)\s*$", re.IGNORECASE)
_TO_GRAMS = {"kg": Decimal(1000), "g": Decimal(1), "lb": Decimal("453.592")}

# (max grams, price in EUR) - first bracket that fits wins
BRACKETS: list[tuple[int, Decimal]] = [
    (500, Decimal("3.90")),
    (2000, Decimal("5.50")),
    (10000, Decimal("9.90")),
    (31500, Decimal("16.90")),
]


def parse_weight(text: str) -> int:
    """Parse ``"1.2 kg"``, ``"350g"`` or ``"3 lb"`` into whole grams (rounded up)."""
    match = _WEIGHT.match(text)
    if not match:
        raise ValueError(f"cannot parse weight: {text!r}")
    grams = Decimal(match.group(1)) * _TO_GRAMS[match.group(2).lower()]
    return int(grams.to_integral_value(rounding="ROUND_CEILING"))


def price_for(grams: int) -> Decimal:
    """Price of one parcel of ``grams``; parcels over 31.5 kg are refused."""
    for limit, price in BRACKETS:
        if grams <= limit:
            return price
    raise ValueError(f"parcel too heavy: {grams} g")
