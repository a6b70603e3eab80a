"""URL slugs for blog post titles."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str, max_length: int = 60, separator: str = "-") -> str:
    """Return a lower-case ASCII slug for ``title``.

    Accents are stripped (``"Crème brûlée"`` -> ``"creme-brulee"``), every run
    of characters that are not letters or digits becomes one ``separator``, and
    the result is cut at ``max_length`` without leaving a trailing separator.

    >>> slugify("Hello, World!")
    'hello-world'
    """
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_WORD.sub(separator, text).strip(separator)
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip(separator)
    return slug


def unique_slug(title: str, taken: set[str]) -> str:
    """Return a slug for ``title`` that is not in ``taken`` (adds -2, -3, ...)."""
    base = slugify(title)
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate
