"""URL slug helpers."""
from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str, max_length: int = 60) -> str:
    """Turn a post title into a URL slug.

    Accents are stripped, everything that is not a letter or digit becomes a
    single dash, and the result is cut at ``max_length`` without leaving a
    trailing dash.
    """
    ascii_title = (
        unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    )
    slug = _NON_WORD.sub("-", ascii_title.lower()).strip("-")
    return slug[:max_length].rstrip("-")


def unique_slug(title: str, taken: set[str]) -> str:
    """Return a slug for ``title`` that is not in ``taken`` (``-2``, ``-3``...)."""
    base = slugify(title)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
