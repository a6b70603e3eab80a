"""General purpose string helpers."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def normalize_whitespace(text: str) -> str:
    """Collapse runs of whitespace into single spaces and strip the ends."""
    return _WS.sub(" ", text).strip()


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


def truncate(text: str, width: int, ellipsis: str = "…") -> str:
    """Cut ``text`` to at most ``width`` characters, ending with ``ellipsis``."""
    if width <= 0:
        raise ValueError("width must be positive")
    if len(text) <= width:
        return text
    return text[: width - len(ellipsis)] + ellipsis
