"""Text helpers: slugs and excerpts."""
from __future__ import annotations

import re
import unicodedata


def _ascii_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", text.lower())


def slugify(title: str, max_length: int = 60) -> str:
    """URL slug for a post title: ASCII, lower case, words joined by '-'.

    Cut to ``max_length`` characters without leaving a trailing '-'.
    """
    return "-".join(_ascii_words(title))[:max_length].rstrip("-")


def excerpt(body: str, words: int = 30) -> str:
    """The first ``words`` words of ``body``, with an ellipsis if cut."""
    parts = body.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]) + "…"
