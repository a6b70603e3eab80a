"""Formatting amounts held as integer cents."""

from __future__ import annotations

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def format_money(cents: int, currency: str = "USD") -> str:
    """Format ``cents`` with the currency symbol and thousands separators."""
    symbol = SYMBOLS[currency]
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    whole = "{:,}".format(units)
    return sign + symbol + whole + "." + str(rest).zfill(2)


def format_balance(entries: list[int], currency: str = "USD") -> str:
    """The running balance of ``entries`` (cents), formatted."""
    return format_money(sum(entries), currency)
