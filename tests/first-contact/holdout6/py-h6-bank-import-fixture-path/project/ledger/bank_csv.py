"""Import the CSV export of the bank's web banking.

The bank writes semicolon-separated files with a German header, dates as
DD.MM.YYYY and amounts with a decimal comma ("-1.234,56").
"""
from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from ledger.entries import Entry

RULES = {"REWE": "food", "BAECKEREI": "food", "MIETE": "home", "GEHALT": "income"}


def parse_amount(text: str) -> Decimal:
    """ "-1.234,56" -> Decimal("-1234.56")"""
    return Decimal(text.replace(".", "").replace(",", "."))


def categorise(text: str) -> str:
    upper = text.upper()
    for keyword, category in RULES.items():
        if keyword in upper:
            return category
    return "uncategorised"


def read_export(path: str | Path) -> list[Entry]:
    """Entries of one bank export file, in file order."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    return [
        Entry(
            day=datetime.strptime(row["Buchungstag"], "%d.%m.%Y").date(),
            text=row["Verwendungszweck"].strip(),
            amount=parse_amount(row["Betrag"]),
            category=categorise(row["Verwendungszweck"]),
        )
        for row in rows
    ]
