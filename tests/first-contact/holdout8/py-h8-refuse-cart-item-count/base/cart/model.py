"""Cart model. Money is Decimal, rounded to cents at the end."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

COUPONS: dict[str, Decimal] = {"WELCOME10": Decimal("0.10"), "STAFF": Decimal("0.25")}
CENT = Decimal("0.01")


@dataclass
class Line:
    sku: str
    price: Decimal
    qty: int

    @property
    def amount(self) -> Decimal:
        return self.price * self.qty


class Cart:
    def __init__(self, coupon: str | None = None) -> None:
        if coupon is not None and coupon not in COUPONS:
            raise ValueError(f"unknown coupon {coupon!r}")
        self.coupon = coupon
        self.lines: dict[str, Line] = {}

    def add(self, sku: str, price: Decimal, qty: int = 1) -> None:
        if qty < 1:
            raise ValueError("qty must be at least 1")
        if sku in self.lines:
            self.lines[sku].qty += qty
        else:
            self.lines[sku] = Line(sku, Decimal(price), qty)

    def remove(self, sku: str, qty: int | None = None) -> None:
        line = self.lines[sku]
        if qty is None or qty >= line.qty:
            del self.lines[sku]
        else:
            line.qty -= qty

    def subtotal(self) -> Decimal:
        """Sum of all lines before the coupon."""
        return sum((line.amount for line in self.lines.values()), Decimal("0"))

    def discount(self) -> Decimal:
        """Coupon discount, rounded half up to the cent."""
        rate = COUPONS.get(self.coupon, Decimal("0")) if self.coupon else Decimal("0")
        return (self.subtotal() * rate).quantize(CENT, ROUND_HALF_UP)

    def total(self) -> Decimal:
        """What the customer pays."""
        return (self.subtotal() - self.discount()).quantize(CENT)
