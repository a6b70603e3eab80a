"""Splitting report rows into pages and labelling them."""

from __future__ import annotations

import math


def page_count(total: int, per_page: int) -> int:
    """Pages needed to show `total` rows, `per_page` at a time.

    An empty report has no pages, and a report that exactly fills its last
    page has no trailing empty page: 40 rows at 20 a page is 2 pages.
    """
    if per_page <= 0:
        raise ValueError("per_page must be positive")
    if total < 0:
        raise ValueError("total must not be negative")
    return math.ceil(total / per_page)


def page_bounds(page: int, total: int, per_page: int) -> tuple[int, int]:
    """Slice bounds [start, end) of the rows on 1-based `page`.

    Raises IndexError for a page past the last one, so a stale "next" link
    shows an error instead of a blank page.
    """
    if not 1 <= page <= page_count(total, per_page):
        raise IndexError(f"page {page} out of range")
    start = (page - 1) * per_page
    return start, min(start + per_page, total)


def footer(page: int, total: int, per_page: int) -> str:
    """Footer printed on each page, e.g. 'Page 2 of 3 (41-60 of 45 rows)'."""
    start, end = page_bounds(page, total, per_page)
    return f"Page {page} of {page_count(total, per_page)} ({start + 1}-{end} of {total} rows)"
