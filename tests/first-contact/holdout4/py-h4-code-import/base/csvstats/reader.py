"""Reading numeric columns out of CSV text."""
from __future__ import annotations

import csv
import io


def read_rows(text: str) -> list[dict[str, str]]:
    """Parse CSV ``text`` with a header row into dicts (comma-delimited)."""
    return list(csv.DictReader(io.StringIO(text)))


def column(rows: list[dict[str, str]], name: str) -> list[float]:
    """Numeric values of column ``name``; blank cells are skipped."""
    values = []
    for row in rows:
        cell = (row.get(name) or "").strip()
        if cell:
            values.append(float(cell.replace(",", ".")))
    return values
