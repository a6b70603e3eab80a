"""Recipe scaling."""
from kitchen.recipes import scale, servings_factor


def test_triple_the_flour():
    assert scale(1.1, 3) == 3.3


def test_factor():
    assert servings_factor(4, 6) == 1.5
