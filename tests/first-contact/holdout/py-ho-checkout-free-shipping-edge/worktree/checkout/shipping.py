"""Shipping fees at checkout."""

from __future__ import annotations

from decimal import Decimal

#: Country -> (flat fee, order subtotal from which shipping is free).
#: Marketing edits these; the banner text is generated from them.
RATES: dict[str, tuple[Decimal, Decimal]] = {
    "DE": (Decimal("4.90"), Decimal("50.00")),
    "AT": (Decimal("9.90"), Decimal("50.00")),
    "CH": (Decimal("14.90"), Decimal("100.00")),
}
DEFAULT_RATE = (Decimal("9.90"), Decimal("50.00"))


def _rate(country: str) -> tuple[Decimal, Decimal]:
    return RATES.get(country, DEFAULT_RATE)


def shipping_fee(subtotal: Decimal, country: str = "DE") -> Decimal:
    """Fee for an order: free from the country's threshold on, otherwise its flat fee.

    The storefront banner reads "Free shipping from 50 EUR", so an order of
    exactly the threshold ships free.
    """
    if subtotal < 0:
        raise ValueError("subtotal must not be negative")
    fee, free_from = _rate(country)
    if subtotal > free_from:
        return Decimal("0.00")
    return fee


def banner(country: str = "DE") -> str:
    """The promise shown above the cart."""
    _, free_from = _rate(country)
    return f"Free shipping from {free_from:.0f} EUR"
