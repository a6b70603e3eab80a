"""Price calculations: VAT, discounts and display formatting."""

from __future__ import annotations

#: VAT rate applied to net prices.
TAX_RATE = 0.20


def tax_amount(net: float, rate: float = TAX_RATE) -> float:
    """Return the VAT owed on a net price, rounded to cents."""
    if net < 0:
        raise ValueError("net price cannot be negative")
    return round(net * rate, 2)


def price_with_tax(net: float, rate: float = TAX_RATE) -> float:
    """Return the gross price (net + VAT), rounded to cents."""
    return round(net + tax_amount(net, rate), 2)


def apply_discount(price: float, percent: float) -> float:
    """Take ``percent`` off ``price``; the result never drops below zero."""
    if not 0 <= percent <= 100:
        raise ValueError(f"discount must be between 0 and 100, got {percent}")
    return max(round(price * (100 - percent) / 100, 2), 0.0)


def format_price(amount: float, symbol: str = "$") -> str:
    """Format an amount for display, e.g. ``1234.5`` -> ``"$1,234.50"``."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.2f}"
