"""Normalise free-form labels into tags that are safe to use in URLs and filenames."""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset({"a", "an", "the", "of", "and"})


def _ascii_fold(text: str) -> str:
    """Drop accents: 'Crème' -> 'Creme'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def normalize_tag(
    text: str,
    separator: str = "-",
    max_length: int = 40,
    drop_stop_words: bool = False,
) -> str:
    """Return a lower-case tag built from the words of ``text``.

    Words are joined with ``separator``. The result is cut at a word boundary so that it
    is at most ``max_length`` characters long (a single over-long word is truncated).
    """
    if max_length < 1:
        raise ValueError("max_length must be positive")
    words = _WORD.findall(_ascii_fold(text).lower())
    if drop_stop_words:
        words = [w for w in words if w not in STOP_WORDS] or words
    out = ""
    for word in words:
        candidate = word if not out else out + separator + word
        if len(candidate) > max_length:
            break
        out = candidate
    if not out and words:
        out = words[0][:max_length]
    return out


def unique_tags(labels: list[str], separator: str = "-") -> list[str]:
    """Normalise every label and drop duplicates, keeping first-seen order."""
    seen: dict[str, None] = {}
    for label in labels:
        tag = normalize_tag(label, separator=separator)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)
