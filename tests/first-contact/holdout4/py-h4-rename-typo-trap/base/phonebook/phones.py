"""Phone number clean-up to E.164 (``+<country><number>``)."""
from __future__ import annotations

import re

DEFAULT_COUNTRY = "49"
_JUNK = re.compile(r"[\s()./-]")


def normalise_phone(raw: str, country: str = DEFAULT_COUNTRY) -> str:
    """Return ``raw`` in E.164 form.

    ``00`` prefixes become ``+``; a single leading ``0`` is a national trunk
    prefix and is replaced by ``+<country>``. Raises ValueError for anything
    that is not 6-15 digits afterwards.
    """
    digits = _JUNK.sub("", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = f"+{country}{digits[1:]}"
    elif not digits.startswith("+"):
        digits = f"+{country}{digits}"
    body = digits[1:]
    if not body.isdigit() or not 6 <= len(body) <= 15:
        raise ValueError(f"not a phone number: {raw!r}")
    return digits
