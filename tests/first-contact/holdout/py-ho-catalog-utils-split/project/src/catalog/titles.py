"""Title handling for shelf lists."""

from __future__ import annotations

#: Leading articles ignored when shelving, per language.
ARTICLES = ("the ", "a ", "an ", "le ", "la ", "les ", "der ", "die ", "das ")


def sort_key(title: str) -> str:
    """Lower-cased title without a leading article, for shelf order.

    >>> sort_key("The Hobbit")
    'hobbit'
    """
    lowered = title.strip().lower()
    for article in ARTICLES:
        if lowered.startswith(article):
            return lowered[len(article):]
    return lowered
