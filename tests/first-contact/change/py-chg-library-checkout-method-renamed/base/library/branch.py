"""Lending books at one library branch."""
from __future__ import annotations

from datetime import date, timedelta

LOAN_DAYS = 21


class NotAvailable(Exception):
    """The copy is already lent out or unknown."""


class Branch:
    """Copies are identified by barcode; loans map barcode -> (member, due date)."""

    def __init__(self, barcodes: list[str]) -> None:
        self.copies = set(barcodes)
        self.loans: dict[str, tuple[str, date]] = {}

    def check_out(self, barcode: str, member: str, today: date) -> date:
        """Lend a copy and return its due date."""
        if barcode not in self.copies or barcode in self.loans:
            raise NotAvailable(barcode)
        due = today + timedelta(days=LOAN_DAYS)
        self.loans[barcode] = (member, due)
        return due

    def give_back(self, barcode: str) -> None:
        self.loans.pop(barcode, None)

    def overdue(self, today: date) -> list[str]:
        """Barcodes whose due date has passed, sorted."""
        return sorted(b for b, (_, due) in self.loans.items() if due < today)
