"""Slugs and excerpts for blog posts."""
from __future__ import annotations

import unicodedata


def slugify(title: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Crème Brûlée!" -> "creme-brulee"."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in ascii_title.lower()).split()
    return "-".join(words)


def excerpt(body: str, limit: int = 60) -> str:
    """The first `limit` characters of a post body, cut at a word boundary."""
    text = " ".join(body.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "..."
