"""Fixed-rate loan arithmetic."""
from __future__ import annotations


def monthly_payment(principal: float, annual_rate: float, term_years: int = 25) -> float:
    """Monthly annuity payment, rounded to cents.

    annual_rate is a fraction (0.04 for 4 %); term_years is the loan term in years.
    """
    n = term_years * 12
    if annual_rate == 0:
        return round(principal / n, 2)
    r = annual_rate / 12
    return round(principal * r / (1 - (1 + r) ** -n), 2)


def total_interest(principal: float, annual_rate: float, term_years: int = 25) -> float:
    """Interest paid over the whole term."""
    pay = monthly_payment(principal, annual_rate, term_years=term_years)
    return round(pay * term_years * 12 - principal, 2)
