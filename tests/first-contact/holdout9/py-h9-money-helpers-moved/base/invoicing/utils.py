"""Small helpers used across the invoicing package."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DEFAULT_CURRENCY = "EUR"
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def slug(text: str) -> str:
    """'ACME Ltd.' -> 'acme-ltd' (used in invoice file names)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def parse_amount(text: str) -> Decimal:
    """'1,234.5' -> Decimal('1234.50'). Raises ValueError on junk."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def format_amount(value: Decimal, currency: str | None = None) -> str:
    """Decimal('1234.5') -> '€1,234.50'; negative amounts as '-€3.00'."""
    code = currency or DEFAULT_CURRENCY
    symbol = _SYMBOLS.get(code, code + " ")
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"
