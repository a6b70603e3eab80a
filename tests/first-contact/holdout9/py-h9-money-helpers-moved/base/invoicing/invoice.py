"""An invoice: numbered lines with a formatted total."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .utils import format_amount, parse_amount, slug


@dataclass
class Invoice:
    number: int
    customer: str
    currency: str | None = None
    lines: list[tuple[str, Decimal]] = field(default_factory=list)

    def add(self, description: str, amount: str) -> None:
        self.lines.append((description, parse_amount(amount)))

    @property
    def total(self) -> Decimal:
        return sum((a for _, a in self.lines), Decimal("0"))

    def filename(self) -> str:
        return f"{self.number:06d}-{slug(self.customer)}.pdf"

    def summary(self) -> str:
        return f"Invoice {self.number} for {self.customer}: {format_amount(self.total, self.currency)}"
