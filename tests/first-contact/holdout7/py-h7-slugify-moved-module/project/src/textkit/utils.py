"""General purpose string helpers.

Slug helpers live in :mod:`textkit.slug` since 0.5.
"""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def normalize_whitespace(text: str) -> str:
    """Collapse runs of whitespace into single spaces and strip the ends."""
    return _WS.sub(" ", text).strip()


def truncate(text: str, width: int, ellipsis: str = "…") -> str:
    """Cut ``text`` to at most ``width`` characters, ending with ``ellipsis``."""
    if width <= 0:
        raise ValueError("width must be positive")
    if len(text) <= width:
        return text
    return text[: width - len(ellipsis)] + ellipsis
