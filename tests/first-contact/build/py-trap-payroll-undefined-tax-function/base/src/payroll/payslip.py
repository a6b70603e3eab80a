"""Net pay for monthly payslips."""
from __future__ import annotations

from dataclasses import dataclass

PENSION_RATE = 0.05


@dataclass(frozen=True)
class Payslip:
    """All amounts are whole euros per month."""

    gross: int
    pension: int
    tax: int

    @property
    def net(self) -> int:
        return self.gross - self.pension - self.tax


def payslip(gross: int) -> Payslip:
    """Pension is 5% of gross (rounded down); income tax is charged on the rest at 20%."""
    pension = int(gross * PENSION_RATE)
    taxable = gross - pension
    return Payslip(gross, pension, int(taxable * 0.2))
