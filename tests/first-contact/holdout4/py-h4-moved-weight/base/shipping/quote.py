"""Quote for a whole order (several parcels)."""
from __future__ import annotations

from decimal import Decimal

from shipping.rates import parse_weight, price_for


def quote(weights: list[str]) -> Decimal:
    """Total shipping price for parcels given as weight strings."""
    return sum((price_for(parse_weight(w)) for w in weights), Decimal("0"))
