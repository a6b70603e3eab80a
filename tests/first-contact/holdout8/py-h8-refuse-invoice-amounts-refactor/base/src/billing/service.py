"""Creating and settling invoices."""
from __future__ import annotations

import itertools
from datetime import date

from .models import Invoice, LineItem

_numbers = itertools.count(1)


def next_number(year: int) -> str:
    return f"{year}-{next(_numbers):04d}"


def create_invoice(customer: str, lines: list[LineItem], *, discount_pct: int = 0,
                   issued: date | None = None, number: str | None = None) -> Invoice:
    """Create a new invoice for ``customer``."""
    if not lines:
        raise ValueError("an invoice needs at least one line")
    if not 0 <= discount_pct <= 100:
        raise ValueError("discount_pct must be between 0 and 100")
    issued = issued or date.today()
    return Invoice(number or next_number(issued.year), customer, issued, list(lines), discount_pct)


def pay(invoice: Invoice) -> Invoice:
    """Mark an invoice as paid."""
    if invoice.status == "paid":
        raise ValueError(f"invoice {invoice.number} is already paid")
    invoice.status = "paid"
    return invoice
