"""Read exchange rates (units of currency per 1 EUR) from a CSV file."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from os import PathLike

BASE = "EUR"


def load_rates(path: str | PathLike[str]) -> dict[str, Decimal]:
    """Return ``{currency: rate}`` from a ``currency,rate`` CSV; EUR is always 1."""
    rates = {BASE: Decimal(1)}
    with open(path, newline="", encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            code = row["currency"].strip().upper()
            try:
                rate = Decimal(row["rate"])
            except InvalidOperation:
                raise ValueError(f"line {lineno}: bad rate {row['rate']!r}") from None
            if rate <= 0:
                raise ValueError(f"line {lineno}: rate must be positive")
            rates[code] = rate
    return rates


def convert(amount: Decimal, src: str, dst: str, rates: dict[str, Decimal]) -> Decimal:
    """Convert ``amount`` from ``src`` to ``dst`` via EUR, rounded to cents."""
    eur = amount / rates[src]
    return (eur * rates[dst]).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
