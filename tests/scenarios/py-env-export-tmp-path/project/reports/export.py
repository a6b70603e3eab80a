"""CSV export of quarterly sales."""

from __future__ import annotations

import csv
from dataclasses import dataclass


@dataclass(frozen=True)
class Sale:
    region: str
    product: str
    units: int
    unit_price: float


def export_quarter(sales: list[Sale], path) -> int:
    """Writes one row per region and product with the revenue, sorted by revenue descending; returns the rows."""
    totals: dict[tuple[str, str], float] = {}
    for s in sales:
        key = (s.region, s.product)
        totals[key] = totals.get(key, 0.0) + s.units * s.unit_price
    rows = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["region", "product", "revenue"])
        for (region, product), revenue in rows:
            writer.writerow([region, product, f"{revenue:.2f}"])
    return len(rows)
