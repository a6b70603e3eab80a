"""Integer-cent money values."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"
