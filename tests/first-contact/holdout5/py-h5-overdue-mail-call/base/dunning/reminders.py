"""Overdue-invoice reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol


class Mailer(Protocol):
    def send(self, *, to: str, subject: str, body: str) -> None: ...


@dataclass(frozen=True)
class Invoice:
    number: str
    customer_email: str
    amount: Decimal
    due: date


class ReminderService:
    """Decides which invoices need a reminder and sends it."""

    def __init__(self, mailer: Mailer, grace_days: int = 3) -> None:
        self.mailer = mailer
        self.grace_days = grace_days

    def days_overdue(self, invoice: Invoice, today: date) -> int:
        return max((today - invoice.due).days, 0)

    def subject_for(self, invoice: Invoice, today: date) -> str:
        return f"Invoice {invoice.number} is overdue"

    def remind(self, invoice: Invoice, today: date) -> bool:
        """Send a reminder if ``invoice`` is more than ``grace_days`` late.

        Returns True when a mail was sent.
        """
        late = self.days_overdue(invoice, today)
        if late <= self.grace_days:
            return False
        body = (
            f"Hello,\n\nour records show that invoice {invoice.number} "
            f"over {invoice.amount:.2f} EUR was due on {invoice.due.isoformat()} "
            f"({late} days ago).\n\nPlease arrange payment at your earliest convenience."
        )
        self.mailer.send(to=invoice.customer_email, subject=self.subject_for(invoice, today), body=body)
        return True
