"""Invoice lines and totals."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

STANDARD_VAT = Decimal("0.20")
REDUCED_VAT = Decimal("0.05")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Line:
    description: str
    unit_price: Decimal
    quantity: int = 1
    reduced_rate: bool = False  # books, children's car seats, energy


def vat_rate(line: Line) -> Decimal:
    return REDUCED_VAT if line.reduced_rate else STANDARD_VAT


def line_vat(line: Line) -> Decimal:
    """VAT of one line, rounded half-up to the cent."""
    net = line.unit_price * line.quantity
    return (net * vat_rate(line)).quantize(CENT, rounding=ROUND_HALF_UP)


def totals(lines: list[Line]) -> dict[str, Decimal]:
    """Net, VAT and gross totals of an invoice."""
    net = sum((l.unit_price * l.quantity for l in lines), Decimal("0"))
    vat = sum((line_vat(l) for l in lines), Decimal("0"))
    return {"net": net.quantize(CENT), "vat": vat, "gross": (net + vat).quantize(CENT)}
