"""Plain-text account statements."""

from __future__ import annotations

import os
from dataclasses import dataclass

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


@dataclass(frozen=True)
class Entry:
    label: str
    cents: int


def clock() -> str:
    """Today's date as printed in the header (patched in tests)."""
    import datetime

    return datetime.date.today().isoformat()


def format_amount(cents: int) -> str:
    """`€12.50`, `-€3.00`: the symbol of the configured currency, two decimals."""
    symbol = SYMBOLS[os.environ["LEDGER_CURRENCY"]]
    sign = "-" if cents < 0 else ""
    return f"{sign}{symbol}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def render(entries: list[Entry]) -> str:
    """One line per entry plus a balance line, under a dated header."""
    lines = [f"Statement {clock()}"]
    lines += [f"{e.label:<12}{format_amount(e.cents):>10}" for e in entries]
    lines.append(f"{'Balance':<12}{format_amount(sum(e.cents for e in entries)):>10}")
    return "\n".join(lines)
