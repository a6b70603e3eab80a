"""Read bank CSV exports."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path


@dataclass(frozen=True)
class Transaction:
    day: date
    payee: str
    amount: Decimal
    category: str


def _amount(text: str, decimal_comma: bool) -> Decimal:
    text = text.strip().replace(" ", "")
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None


def import_csv(path: str | Path, delimiter: str = ",", date_format: str = "%Y-%m-%d",
               decimal_comma: bool = False) -> list[Transaction]:
    """Read ``date,payee,amount[,category]`` rows (with a header line) from ``path``.

    Rows with an empty category get ``"uncategorised"``.
    """
    out: list[Transaction] = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        for lineno, row in enumerate(reader, start=2):
            try:
                day = datetime.strptime(row["date"].strip(), date_format).date()
                amount = _amount(row["amount"], decimal_comma)
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from None
            category = (row.get("category") or "").strip() or "uncategorised"
            out.append(Transaction(day, row["payee"].strip(), amount, category))
    return out
