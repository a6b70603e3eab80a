"""Summary statistics of one CSV column."""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from csvstats.reader import column, read_rows


@dataclass(frozen=True)
class Summary:
    count: int
    mean: float
    median: float
    minimum: float
    maximum: float


def summarize(text: str, name: str) -> Summary:
    """Summarise column ``name`` of CSV ``text``. Raises ValueError if it is empty."""
    values = column(read_rows(text), name)
    if not values:
        raise ValueError(f"column {name!r} has no values")
    return Summary(
        count=len(values),
        mean=round(statistics.fmean(values), 3),
        median=statistics.median(values),
        minimum=min(values),
        maximum=max(values),
    )
