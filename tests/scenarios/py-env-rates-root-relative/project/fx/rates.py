"""Currency conversion from a table of daily reference rates."""

from __future__ import annotations

import csv
import io
from decimal import ROUND_HALF_EVEN, Decimal


class UnknownCurrency(LookupError):
    """No rate is known for the requested currency."""


def load_rates(text: str) -> dict[str, Decimal]:
    """Reads `currency,rate` rows (rate = units per 1 EUR); the base currency EUR is always 1."""
    rates = {"EUR": Decimal("1")}
    for row in csv.DictReader(io.StringIO(text)):
        rates[row["currency"].strip().upper()] = Decimal(row["rate"].strip())
    return rates


def convert(amount: Decimal, source: str, target: str, rates: dict[str, Decimal]) -> Decimal:
    """Converts through EUR and rounds half-even to cents, like the bank statements do."""
    try:
        in_eur = amount / rates[source.upper()]
        result = in_eur * rates[target.upper()]
    except KeyError as missing:
        raise UnknownCurrency(str(missing)) from None
    return result.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
