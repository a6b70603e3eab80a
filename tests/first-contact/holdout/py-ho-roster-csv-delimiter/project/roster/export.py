"""CSV export of the member roster."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

COLUMNS = ("name", "email", "boat", "joined")


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    boat: str
    joined: date


def to_csv(members: list[Member]) -> str:
    """CSV text with a header row, members sorted by name.

    Written with the csv module so quotes, delimiters and line breaks inside
    a field (boat notes can span lines) are escaped the way spreadsheets expect.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for m in sorted(members, key=lambda m: m.name.lower()):
        writer.writerow((m.name, m.email, m.boat, m.joined.isoformat()))
    return buffer.getvalue()
