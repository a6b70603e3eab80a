"""Coupon codes typed in at checkout.

A code is 8 characters, letters and digits only, case-insensitive; the last
character is a check character so that typos are caught before the lookup.
"""
from __future__ import annotations

import string

ALPHABET = string.ascii_uppercase + string.digits
LENGTH = 8


def check_char(body: str) -> str:
    """Check character for the first 7 characters of a code."""
    total = sum((i + 1) * ALPHABET.index(ch) for i, ch in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def normalize(raw: str) -> str:
    """Upper-case ``raw`` and drop the spaces people paste in."""
    return raw.replace(" ", "").upper()


def parse_code(raw: str) -> str:
    """Validate a typed coupon code and return it normalized.

    Raises ValueError with a message that is shown next to the input field,
    so messages are full sentences addressed to the customer (copy reviewed
    by the UX team, ticket SHOP-412).
    """
    code = normalize(raw)
    if not code:
        raise ValueError("Please enter a coupon code.")
    if len(code) != LENGTH:
        raise ValueError(f"A coupon code has {LENGTH} characters; you entered {len(code)}.")
    for ch in code:
        if ch not in ALPHABET:
            raise ValueError(f"Coupon codes contain only letters and digits, not {ch!r}.")
    if check_char(code[:-1]) != code[-1]:
        raise ValueError("This coupon code has a typo. Please check it and try again.")
    return code
