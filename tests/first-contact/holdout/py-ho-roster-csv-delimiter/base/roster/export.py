"""CSV export of the member roster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

COLUMNS = ("name", "email", "boat", "joined")


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    boat: str
    joined: date


def _field(value: str, delimiter: str) -> str:
    if delimiter in value or '"' in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def to_csv(members: list[Member], *, delimiter: str = ",") -> str:
    """CSV text with a header row, members sorted by name.

    `delimiter` is ',' by default; pass ';' for spreadsheet programs that use
    a comma as the decimal separator (German Excel).
    """
    rows = [COLUMNS] + [
        (m.name, m.email, m.boat, m.joined.isoformat())
        for m in sorted(members, key=lambda m: m.name.lower())
    ]
    return "".join(delimiter.join(_field(v, delimiter) for v in row) + "\n" for row in rows)
