"""Exports timesheets as CSV for the payroll office."""
from __future__ import annotations

import csv
import io
from datetime import date
import json


def hours_by_person(rows: list[tuple[str, date, float]]) -> dict[str, float]:
    """Sums hours per person."""
    out: dict[str, float] = {}
    for person, _, hours in rows:
        out[person] = out.get(person, 0.0) + hours
    return out


def to_csv(rows: list[tuple[str, date, float]]) -> str:
    """person,date,hours lines sorted by person then date, with a header."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["person", "date", "hours"])
    for person, day, hours in sorted(rows):
        writer.writerow([person, day.isoformat(), f"{hours:.2f}"])
    return buf.getvalue()


def to_json(rows: list[tuple[str, date, float]]) -> str:
    """The per-person totals as a JSON object with sorted keys."""
    return json.dumps(hours_by_person(rows), sort_keys=True)
