"""Ticket prices by age.

Children under 12 pay the child price, seniors from their 65th birthday
the senior price, everybody else the adult price.
"""
from __future__ import annotations

from decimal import Decimal

PRICES = {"child": Decimal("5.00"), "adult": Decimal("9.00"), "senior": Decimal("6.50")}


def band(age: int) -> str:
    """Price band for a visitor of ``age`` years."""
    if age < 0:
        raise ValueError("age cannot be negative")
    if age < 12:
        return "child"
    if age >= 65:
        return "senior"
    return "adult"


def price(age: int) -> Decimal:
    return PRICES[band(age)]


def basket(ages: list[int]) -> Decimal:
    """Price of tickets for a group."""
    return sum((price(a) for a in ages), Decimal("0.00"))
