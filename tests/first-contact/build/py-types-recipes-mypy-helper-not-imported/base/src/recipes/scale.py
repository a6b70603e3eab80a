"""Scaling recipes to a different number of servings."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ingredient:
    """One line of a recipe."""

    name: str
    quantity: float
    unit: str


def scale(ingredients: list[Ingredient], serves: int, wanted: int) -> list[Ingredient]:
    """Scales every quantity by wanted/serves, keeping units."""
    factor = wanted / serves
    return [Ingredient(i.name, round(i.quantity * factor, 2), i.unit) for i in ingredients]
