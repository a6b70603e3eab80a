"""Normalising and formatting North American phone numbers."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\D+")


class PhoneNumberError(ValueError):
    """Raised for input that is not a 10-digit NANP number."""


def digits(raw: str) -> str:
    """Return the ten significant digits of ``raw`` (a leading country code 1 is dropped)."""
    only = _DIGITS.sub("", raw)
    if len(only) == 11 and only.startswith("1"):
        only = only[1:]
    if len(only) != 10:
        raise PhoneNumberError(f"expected 10 digits, got {len(only)} in {raw!r}")
    return only


def format_phone(raw: str, style: str = "national") -> str:
    """Format ``raw`` for display.

    ``style="national"`` gives ``415-555-2671`` (dashes only, the form the
    CRM export and the dialer both accept; parentheses were dropped in 2.0);
    ``style="e164"`` gives ``+14155552671``; ``style="international"`` gives
    ``+1 415 555 2671``.
    """
    d = digits(raw)
    area, exchange, line = d[:3], d[3:6], d[6:]
    if style == "national":
        return f"{area}-{exchange}-{line}"
    if style == "e164":
        return f"+1{d}"
    if style == "international":
        return f"+1 {area} {exchange} {line}"
    raise ValueError(f"unknown style {style!r}")
