"""Plain data types for orders coming from the shop database."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Address:
    name: str
    street: str
    city: str
    postcode: str
    country: str  # English country name, as typed in the checkout form


@dataclass(frozen=True)
class Line:
    sku: str
    qty: int
    unit_price: Decimal


@dataclass
class Order:
    number: str
    email: str
    ship_to: Address
    lines: list[Line] = field(default_factory=list)
    shipping_fee: Decimal = Decimal("0.00")
