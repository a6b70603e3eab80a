"""URL slug helpers (moved out of textkit.utils in 0.5)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60) -> str:
    """Turn a title into a URL slug: ASCII, lower case, words joined by '-'.

    >>> slugify("Crème brûlée, 2 ways!")
    'creme-brulee-2-ways'
    """
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    )
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def unique_slug(text: str, taken: Iterable[str], max_length: int = 60) -> str:
    """Like :func:`slugify`, but append ``-2``, ``-3``... until the slug is free."""
    taken = set(taken)
    base = slugify(text, max_length=max_length)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
