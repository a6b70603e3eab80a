import pytest

from shipping import shipping_cost


def test_domestic_small_parcel():
    assert shipping_cost(0.5) == 4.5


def test_eu_medium_parcel():
    assert shipping_cost(3, "eu") == 14.4


def test_too_heavy():
    with pytest.raises(ValueError):
        shipping_cost(25)
