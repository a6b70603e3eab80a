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


def format_amount(amount: Decimal) -> str:
    """``Decimal("-1234.5") -> "-1,234.50"``."""
    return f"{amount:,.2f}"


def render_summary(month: str, entries: Iterable[Entry]) -> str:
    """Render the summary for ``month`` (``YYYY-MM``), biggest spending first.

    Amounts are right-aligned with thousands separators, and a rule separates
    the categories from the total so the columns can be read at a glance.
    """
    sums = totals_by_category(entries)
    lines = [f"Summary for {month}", ""]
    if not sums:
        lines.append("(no entries)")
        return "\n".join(lines) + "\n"
    total = sum(sums.values(), Decimal("0"))
    rows = [(c, format_amount(a)) for c, a in sorted(sums.items(), key=lambda kv: (kv[1], kv[0]))]
    rows.append(("Total", format_amount(total)))
    name_w = max(len(c) for c, _ in rows)
    amount_w = max(len(a) for _, a in rows)
    for category, amount in rows[:-1]:
        lines.append(f"{category:<{name_w}}  {amount:>{amount_w}}")
    lines.append("-" * (name_w + 2 + amount_w))
    lines.append(f"{'Total':<{name_w}}  {rows[-1][1]:>{amount_w}}")
    return "\n".join(lines) + "\n"
