"""Reading numeric columns out of CSV text."""
from __future__ import annotations

import csv
import io


def read_rows(text: str) -> list[dict[str, str]]:
    """Parse CSV ``text`` with a header row into dicts.

    The delimiter is sniffed from the header: German Excel exports use ``;``.
    """
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def column(rows: list[dict[str, str]], name: str) -> list[float]:
    """Numeric values of column ``name``; blank cells are skipped.

    Decimal commas (``0,41``) are accepted.
    """
    values = []
    for row in rows:
        cell = (row.get(name) or "").strip()
        if cell:
            values.append(float(cell.replace(",", ".")))
    return values
