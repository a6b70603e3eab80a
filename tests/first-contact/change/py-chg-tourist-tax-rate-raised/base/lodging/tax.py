"""Municipal tourist tax on hotel stays."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

TAX_RATE = Decimal("0.050")  # city ordinance 2019/14


def stay_total(nightly: str, nights: int) -> Decimal:
    """Room cost for ``nights`` plus tourist tax, rounded half-up to cents."""
    if nights < 1:
        raise ValueError("a stay is at least one night")
    room = Decimal(nightly) * nights
    return (room * (1 + TAX_RATE)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def tax_only(nightly: str, nights: int) -> Decimal:
    """The tax part of stay_total."""
    return stay_total(nightly, nights) - Decimal(nightly) * nights
