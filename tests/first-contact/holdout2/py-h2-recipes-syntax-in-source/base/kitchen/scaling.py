"""Scale recipes to a different number of servings."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Ingredient:
    name: str
    quantity: Fraction
    unit: str


def scale(ingredients: list[Ingredient], servings_from: int, servings_to: int) -> list[Ingredient]:
    """Multiply every quantity by ``servings_to / servings_from``."""
    if servings_from <= 0 or servings_to <= 0:
        raise ValueError("servings must be positive")
    factor = Fraction(servings_to, servings_from)
    return [Ingredient(i.name, i.quantity * factor, i.unit) for i in ingredients]


def format_quantity(q: Fraction) -> str:
    """Kitchen-friendly quantity: ``1 1/2``, ``3/4``, ``2``."""
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac
