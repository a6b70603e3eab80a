import pytest

from shop.cart import Cart


@pytest.fixture
def cart() -> Cart:
    c = Cart()
    c.add("MUG-01", 8.5, 2)
    c.add("TEE-02", 15.0)
    return c


def test_add_merges_same_sku(cart):
    cart.add("MUG-01", 8.5)
    assert cart.item_count() == 4
    assert cart.skus() == ["MUG-01", "TEE-02"]


def test_subtotal(cart):
    assert cart.subtotal() == 32.0


def test_remove_some_units(cart)
    cart.remove("MUG-01", 1)
    assert cart.item_count() == 2
    assert cart.subtotal() == 23.5


def test_remove_whole_line(cart):
    cart.remove("TEE-02")
    assert cart.skus() == ["MUG-01"]


def test_remove_unknown_sku_raises(cart):
    with pytest.raises(KeyError):
        cart.remove("NOPE")


def test_total_applies_discount(cart):
    cart.discount_percent = 25
    assert cart.total() == 24.0


def test_rejects_zero_quantity(cart):
    with pytest.raises(ValueError):
        cart.add("PEN-03", 1.2, 0)
