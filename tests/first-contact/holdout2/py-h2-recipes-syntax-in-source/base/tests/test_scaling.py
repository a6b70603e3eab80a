from fractions import Fraction

import pytest

from kitchen.scaling import Ingredient, format_quantity, scale

PANCAKES = [
    Ingredient("flour", Fraction(3, 2), "cup"),
    Ingredient("sugar", Fraction(2), "tbsp"),
    Ingredient("eggs", Fraction(2), "pc"),
]


def test_double_the_recipe():
    doubled = scale(PANCAKES, 4, 8)
    assert [i.quantity for i in doubled] == [Fraction(3), Fraction(4), Fraction(4)]


def test_scale_down_keeps_fractions():
    assert scale(PANCAKES, 4, 3)[0].quantity == Fraction(9, 8)


def test_invalid_servings():
    with pytest.raises(ValueError):
        scale(PANCAKES, 0, 2)


@pytest.mark.parametrize(
    "q, shown",
    [(Fraction(3, 2), "1 1/2"), (Fraction(3, 4), "3/4"), (Fraction(2), "2")],
)
def test_format_quantity(q, shown):
    assert format_quantity(q) == shown
