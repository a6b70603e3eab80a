"""Monthly summary report: spending per category as a plain-text table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Entry:
    date: str  # ISO date
    category: str
    amount: Decimal  # negative = spending


def totals_by_category(entries: Iterable[Entry]) -> dict[str, Decimal]:
    """Sum the amounts per category."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for e in entries:
        sums[e.category] += e.amount
    return dict(sums)


def render_summary(month: str, entries: Iterable[Entry]) -> str:
    """Render the summary for ``month`` (``YYYY-MM``), biggest spending first."""
    sums = totals_by_category(entries)
    lines = [f"Summary for {month}", ""]
    if not sums:
        lines.append("(no entries)")
        return "\n".join(lines) + "\n"
    width = max(len(c) for c in sums)
    for category, amount in sorted(sums.items(), key=lambda kv: (kv[1], kv[0])):
        lines.append(f"{category:<{width}}  {amount}")
    lines.append(f"{'Total':<{width}}  {sum(sums.values(), Decimal('0'))}")
    return "\n".join(lines) + "\n"
