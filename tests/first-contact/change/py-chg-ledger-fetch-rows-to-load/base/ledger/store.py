"""Read ledger rows from a small CSV export."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Row:
    """One booked entry: account code, description and signed amount."""

    account: str
    memo: str
    amount: Decimal


def fetch_rows(text: str, account: str | None = None) -> list[Row]:
    """Parse CSV text with header account,memo,amount into rows.

    Blank lines are ignored. With ``account`` only that account's rows are kept.

    >>> [r.amount for r in fetch_rows("account,memo,amount\n4000,sale,12.50\n")]
    [Decimal('12.50')]
    """
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for rec in reader:
        if not rec.get("account"):
            continue
        row = Row(rec["account"].strip(), rec["memo"].strip(), Decimal(rec["amount"]))
        if account is None or row.account == account:
            rows.append(row)
    return rows
