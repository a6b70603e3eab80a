"""Plain-text tables for the nightly stock e-mail."""

from __future__ import annotations

from typing import Iterable, Sequence

GAP = " "
RULE = "-"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def render_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Render ``rows`` under ``headers`` as a fixed-width text table.

    Text columns are left-aligned, numeric columns right-aligned; a rule of
    dashes separates the header from the body. Columns are separated by
    ``GAP``. Trailing spaces are stripped from every line.
    """
    raw_rows = [list(r) for r in rows]
    body = [[_cell(v) for v in row] for row in raw_rows]
    widths = [len(h) for h in headers]
    for row in body:
        for i, text in enumerate(row):
            widths[i] = max(widths[i], len(text))
    numeric = [
        all(isinstance(r[i], (int, float)) for r in raw_rows) and bool(raw_rows)
        for i in range(len(headers))
    ]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.rjust(w) if num else c.ljust(w)
            for c, w, num in zip(cells, widths, numeric)
        ]
        return GAP.join(parts).rstrip()

    out = [line(list(headers)), GAP.join(RULE * w for w in widths)]
    out.extend(line(r) for r in body)
    return "\n".join(out)


def stock_report(stock: dict[str, tuple[int, float]]) -> str:
    """Render ``{sku: (units, unit_price)}`` sorted by SKU, with a value column."""
    rows = [
        (sku, units, price, units * price)
        for sku, (units, price) in sorted(stock.items())
    ]
    return render_table(["sku", "units", "price", "value"], rows)
