"""Render the weekly stock report as fixed-width text (pasted into email)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

DATE_FORMAT = "%d/%m/%Y"
WIDTH = 60


@dataclass(frozen=True)
class StockItem:
    sku: str
    name: str
    qty: int
    unit_cost: Decimal
    received: date
    reorder_level: int = 0

    @property
    def value(self) -> Decimal:
        return self.unit_cost * self.qty


def low_stock(items: list[StockItem]) -> list[StockItem]:
    """Items at or below their reorder level, lowest quantity first."""
    return sorted((i for i in items if i.qty <= i.reorder_level), key=lambda i: (i.qty, i.sku))


def _fmt_date(d: date) -> str:
    return d.strftime(DATE_FORMAT)


def render(items: list[StockItem], generated: date, title: str = "Weekly stock") -> str:
    """Return the report text, one line per SKU sorted by SKU, then totals and low stock."""
    lines = [title, f"Generated: {_fmt_date(generated)}", "=" * WIDTH]
    lines.append(f"{'SKU':<8}{'Name':<18}{'Qty':>8}{'Value':>14}{'Received':>12}")
    for item in sorted(items, key=lambda i: i.sku):
        lines.append(
            f"{item.sku:<8}{item.name[:17]:<18}{item.qty:>8,}"
            f"{item.value:>14,.2f}{_fmt_date(item.received):>12}"
        )
    total_qty = sum(i.qty for i in items)
    total_value = sum((i.value for i in items), Decimal("0"))
    lines.append("-" * WIDTH)
    lines.append(f"{'TOTAL':<26}{total_qty:>8,}{total_value:>14,.2f}")
    short = low_stock(items)
    if short:
        lines.append("")
        lines.append("Reorder: " + ", ".join(f"{i.sku} ({i.qty})" for i in short))
    return "\n".join(lines) + "\n"
