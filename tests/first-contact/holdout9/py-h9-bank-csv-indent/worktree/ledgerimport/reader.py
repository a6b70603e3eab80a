"""Read the CSV statement our bank exports.

Columns: ``Date`` (DD.MM.YYYY), ``Payee``, ``Amount`` (decimal comma, e.g.
``-1.234,56``), ``Reference``. Blank lines and a trailing ``Balance`` row are ignored.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

REQUIRED = ("Date", "Payee", "Amount")
BOM = "\ufeff"


@dataclass(frozen=True)
class Transaction:
    day: date
    payee: str
    amount: Decimal
    reference: str = ""


def parse_amount(text: str) -> Decimal:
    """'-1.234,56' -> Decimal('-1234.56')."""
    return Decimal(text.strip().replace(".", "").replace(",", "."))


def read_statement(text: str) -> list[Transaction]:
    """Parse the whole export; raise ValueError naming the first bad line.

    Exports saved by the bank's Windows app start with a UTF-8 byte order mark;
    it is dropped so the first column is still called ``Date``.
    """
    if text.startswith(BOM):
        text = text[len(BOM):]
      reader = csv.DictReader(io.StringIO(text), delimiter=";")
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"missing columns: {', '.join(missing)}")
    out: list[Transaction] = []
    for line_no, row in enumerate(reader, start=2):
        if not any((v or "").strip() for v in row.values()):
            continue
        if row["Payee"].strip() == "Balance":
            continue
        try:
            day = datetime.strptime(row["Date"].strip(), "%d.%m.%Y").date()
            amount = parse_amount(row["Amount"])
        except (ValueError, ArithmeticError) as exc:
            raise ValueError(f"line {line_no}: {exc}") from None
        out.append(Transaction(day, row["Payee"].strip(), amount, (row.get("Reference") or "").strip()))
    return out
