"""Monthly cost of the fixed-rate mortgage product."""
from __future__ import annotations

ANNUAL_RATE = 0.054


def monthly_payment(principal: float, years: int, annual_rate: float = ANNUAL_RATE) -> float:
    """Annuity payment per month for ``principal`` over ``years``.

    Uses the standard formula P * r / (1 - (1 + r) ** -n) with a monthly rate r.
    """
    if principal <= 0 or years <= 0:
        raise ValueError("principal and years must be positive")
    n = years * 12
    r = annual_rate / 12
    if r == 0:
        return principal / n
    return principal * r / (1 - (1 + r) ** -n)


def total_interest(principal: float, years: int) -> float:
    """Interest paid over the whole term."""
    return monthly_payment(principal, years) * years * 12 - principal
