import pytest

from shipping.rates import shipping_cost


def test_eu_costs_more_than_domestic():
    assert shipping_cost(2.0, "eu", "postal") > shipping_cost(2.0, "domestic", "postal")


def test_zero_weight_is_rejected():
    with pytest.raises(ValueError):
        shipping_cost(0, "world", "postal")
