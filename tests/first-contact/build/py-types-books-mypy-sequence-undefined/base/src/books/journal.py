"""Journal entries and balances for a tiny double-entry bookkeeping tool."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Entry:
    """One journal line: a positive amount debited or credited to an account."""

    account: str
    amount: Decimal
    debit: bool


def balances(entries: Iterable[Entry]) -> dict[str, Decimal]:
    """Net balance per account, debits positive."""
    out: dict[str, Decimal] = {}
    for e in entries:
        signed = e.amount if e.debit else -e.amount
        out[e.account] = out.get(e.account, Decimal("0")) + signed
    return out


def is_balanced(entries: Iterable[Entry]) -> bool:
    """True when total debits equal total credits."""
    return sum(balances(entries).values(), Decimal("0")) == 0
