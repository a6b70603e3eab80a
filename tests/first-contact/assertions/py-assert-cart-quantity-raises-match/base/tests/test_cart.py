import pytest

from shop.cart import Cart


def test_add_accumulates():
    cart = Cart()
    cart.add("mug", 2)
    cart.add("mug", 3)
    assert cart.lines == {"mug": 5}
    assert cart.count() == 5


def test_zero_quantity_rejected():
    with pytest.raises(ValueError, match="quantity must be between 1 and 99"):
        Cart().add("mug", 0)
