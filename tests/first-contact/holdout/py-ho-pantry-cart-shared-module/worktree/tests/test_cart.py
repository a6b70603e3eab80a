from decimal import Decimal

import pytest

from pantry.cart import Cart

cart = Cart()


def test_new_cart_is_empty():
    assert cart.total() == Decimal("0.00")
    assert len(cart) == 0


def test_adding_again_merges_quantities():
    cart.add("flour", 1, Decimal("1.20"))
    cart.add("flour", 2, Decimal("1.20"))
    assert cart.quantity("flour") == 3
    assert len(cart) == 1


def test_total_sums_lines():
    cart.add("flour", 2, Decimal("1.20"))
    cart.add("eggs", 1, Decimal("3.10"))
    assert cart.total() == Decimal("5.50")


def test_remove_drops_the_line():
    cart.add("milk", 1, Decimal("0.95"))
    cart.remove("milk")
    assert "milk" not in cart


def test_price_change_is_refused():
    cart.add("butter", 1, Decimal("2.49"))
    with pytest.raises(ValueError, match="already in the cart at 2.49"):
        cart.add("butter", 1, Decimal("2.99"))
