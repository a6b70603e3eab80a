import pytest

from shipping import shipping_cost


def test_small_parcel():
    assert shipping_cost(0.5) == 4.5


def test_medium_parcel():
    assert shipping_cost(3) == 9.0


def test_express_doubles():
    assert shipping_cost(0.5, express=True) == 9.0


def test_too_heavy():
    with pytest.raises(ValueError):
        shipping_cost(25)
