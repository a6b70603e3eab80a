"""Split result lists into pages for the catalogue API."""
from __future__ import annotations

from dataclasses import dataclass
from math import ceil
from typing import Generic, Sequence, TypeVar

T = TypeVar("T")

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    number: int
    total_pages: int

    @property
    def has_next(self) -> bool:
        return self.number < self.total_pages


def paginate(items: Sequence[T], page: int = 1, per_page: int = 20) -> Page[T]:
    """Return page ``page`` (1-based) of ``items``, ``per_page`` items a page.

    An empty sequence has one empty page. ``per_page`` is capped at
    MAX_PAGE_SIZE; asking for a page past the end raises ValueError.
    """
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    per_page = min(per_page, MAX_PAGE_SIZE)
    total_pages = max(1, ceil(len(items) / per_page))
    if not 1 <= page <= total_pages:
        raise ValueError(f"page {page} out of range 1..{total_pages}")
    start = (page - 1) * per_page
    return Page(list(items[start : start + per_page]), page, total_pages)
