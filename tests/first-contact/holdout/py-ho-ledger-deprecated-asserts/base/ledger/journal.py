"""A double-entry journal small enough for a club treasurer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


class UnbalancedEntry(ValueError):
    """Debits and credits of one entry do not add up to the same amount."""


@dataclass(frozen=True)
class Line:
    account: str
    debit: Decimal = Decimal("0")
    credit: Decimal = Decimal("0")


@dataclass(frozen=True)
class Entry:
    day: date
    memo: str
    lines: tuple[Line, ...]

    @property
    def reference(self) -> str:
        """Stable human reference, e.g. 'JE-2026-03-14-membership-fees'."""
        words = "-".join(self.memo.lower().split())
        return f"JE-{self.day.isoformat()}-{words}"


def post(day: date, memo: str, *lines: Line) -> Entry:
    """Build an entry, refusing it unless total debits equal total credits."""
    debits = sum((line.debit for line in lines), Decimal("0"))
    credits = sum((line.credit for line in lines), Decimal("0"))
    if debits != credits:
        raise UnbalancedEntry(f"debits {debits} != credits {credits}")
    return Entry(day, memo, tuple(lines))


def balance(entries: list[Entry], account: str) -> Decimal:
    """Debit balance of one account over all entries (negative = credit balance)."""
    total = Decimal("0")
    for entry in entries:
        for line in entry.lines:
            if line.account == account:
                total += line.debit - line.credit
    return total
