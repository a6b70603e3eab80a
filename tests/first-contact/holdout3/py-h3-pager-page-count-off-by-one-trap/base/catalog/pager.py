"""Splitting search results into pages."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence, TypeVar

T = TypeVar("T")


class InvalidPage(LookupError):
    """The requested page number does not exist."""


@dataclass(frozen=True)
class Pager:
    total: int
    per_page: int = 20

    def __post_init__(self) -> None:
        if self.per_page < 1:
            raise ValueError("per_page must be at least 1")

    @property
    def page_count(self) -> int:
        """Number of pages; an empty result still has one (empty) page."""
        return max(1, math.ceil(self.total / self.per_page))

    def bounds(self, page: int) -> tuple[int, int]:
        """Slice bounds ``(start, stop)`` of the 1-based ``page``."""
        if not 1 <= page <= self.page_count:
            raise InvalidPage(f"page {page} of {self.page_count}")
        start = (page - 1) * self.per_page
        return start, min(start + self.per_page, self.total)

    def page(self, items: Sequence[T], page: int) -> Sequence[T]:
        start, stop = self.bounds(page)
        return items[start:stop]
