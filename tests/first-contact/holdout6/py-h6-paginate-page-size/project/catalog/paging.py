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


def paginate(items: Sequence[T], page: int = 1, page_size: int = 20) -> Page[T]:
    """Return page ``page`` (1-based) of ``items``, ``page_size`` items a page.

    An empty sequence has one empty page. ``page_size`` is capped at
    MAX_PAGE_SIZE; asking for a page past the end raises ValueError.
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    page_size = min(page_size, MAX_PAGE_SIZE)
    total_pages = max(1, ceil(len(items) / page_size))
    if not 1 <= page <= total_pages:
        raise ValueError(f"page {page} out of range 1..{total_pages}")
    start = (page - 1) * page_size
    return Page(list(items[start : start + page_size]), page, total_pages)
