"""ISBN cleaning and conversion."""

from __future__ import annotations


def normalize_isbn(raw: str) -> str:
    """Strip hyphens and spaces, upper-case a trailing x check digit.

    Raises ValueError unless the result has 10 or 13 characters.
    """
    cleaned = raw.replace("-", "").replace(" ", "").upper()
    if len(cleaned) not in (10, 13):
        raise ValueError(f"not an ISBN: {raw!r}")
    return cleaned


def _isbn13_check_digit(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def isbn10_to_isbn13(isbn10: str) -> str:
    """The 978-prefixed ISBN-13 for an ISBN-10 (the old check digit is dropped)."""
    digits = normalize_isbn(isbn10)
    if len(digits) != 10:
        raise ValueError(f"not an ISBN-10: {isbn10!r}")
    first12 = "978" + digits[:9]
    return first12 + _isbn13_check_digit(first12)
