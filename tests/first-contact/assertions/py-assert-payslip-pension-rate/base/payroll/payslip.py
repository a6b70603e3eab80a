"""Monthly payslip arithmetic."""
from __future__ import annotations

from dataclasses import dataclass

PENSION_RATE = 0.05          # employee contribution, 5% of gross
TAX_FREE_ALLOWANCE = 1000.0  # per month
TAX_RATE = 0.20


@dataclass(frozen=True)
class Payslip:
    gross: float
    pension: float
    taxable: float
    tax: float

    @property
    def net(self) -> float:
        return round(self.gross - self.pension - self.tax, 2)


def payslip(gross: float) -> Payslip:
    """Compute the payslip for a monthly gross salary.

    The pension contribution is deducted before tax; tax is a flat rate on the
    part of the taxable pay above the monthly allowance.
    """
    if gross < 0:
        raise ValueError("gross must not be negative")
    pension = round(gross * PENSION_RATE, 2)
    taxable = round(gross - pension, 2)
    tax = round(max(0.0, taxable - TAX_FREE_ALLOWANCE) * TAX_RATE, 2)
    return Payslip(gross, pension, taxable, tax)
