"""URL slugs for blog posts."""
from __future__ import annotations

import re

MAX_LENGTH = 20
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title: str, max_length: int = MAX_LENGTH) -> str:
    """Lowercase, hyphen-separated slug of at most 20 characters.

    Words are never cut in half: the slug is truncated at the last hyphen that
    keeps it within ``max_length``.
    """
    slug = _NON_WORD.sub("-", title.lower()).strip("-")
    if len(slug) <= max_length:
        return slug
    cut = slug.rfind("-", 0, max_length + 1)
    return slug[:cut] if cut > 0 else slug[:max_length]
