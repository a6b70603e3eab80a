"""Small helpers used across blogkit.

Text helpers (slugs, excerpts) live in :mod:`blogkit.text` since 0.9.
"""
from __future__ import annotations

WORDS_PER_MINUTE = 220


def reading_time(text: str) -> int:
    """Minutes to read ``text``, at least 1."""
    return max(1, round(len(text.split()) / WORDS_PER_MINUTE))
