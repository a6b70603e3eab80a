"""Small helpers used across blogkit."""
from __future__ import annotations

import re
import unicodedata

WORDS_PER_MINUTE = 220


def make_slug(title: str) -> str:
    """URL slug for a post title: ASCII, lower case, words joined by '-'."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:60].rstrip("-")


def reading_time(text: str) -> int:
    """Minutes to read ``text``, at least 1."""
    return max(1, round(len(text.split()) / WORDS_PER_MINUTE))
