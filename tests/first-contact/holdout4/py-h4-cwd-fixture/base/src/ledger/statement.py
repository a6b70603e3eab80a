"""Parse the CSV statement export of our bank into transactions."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Iterable, TextIO


@dataclass(frozen=True)
class Transaction:
    booked: date
    counterparty: str
    amount: Decimal  # negative = money going out
    reference: str


def _amount(text: str) -> Decimal:
    """'1.234,56' / '-12,00' (German format) -> Decimal."""
    return Decimal(text.replace(".", "").replace(",", "."))


def parse_statement(stream: TextIO) -> list[Transaction]:
    """Read a ``;``-separated export with the header Buchungstag;Empfaenger;Betrag;Verwendungszweck."""
    reader = csv.DictReader(stream, delimiter=";")
    return [
        Transaction(
            booked=datetime.strptime(row["Buchungstag"], "%d.%m.%Y").date(),
            counterparty=row["Empfaenger"].strip(),
            amount=_amount(row["Betrag"]),
            reference=row["Verwendungszweck"].strip(),
        )
        for row in reader
    ]


def balance(transactions: Iterable[Transaction]) -> Decimal:
    return sum((t.amount for t in transactions), Decimal("0"))
