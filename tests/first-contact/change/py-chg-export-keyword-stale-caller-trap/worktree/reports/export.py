"""Export report rows as CSV text."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], sep: str = ",") -> str:
    """CSV text with a header line; ``sep`` separates fields (';' for German Excel).

    None becomes an empty field; floats are written with two decimals.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else f"{v:.2f}" if isinstance(v, float) else v for v in row])
    return buf.getvalue()
