from shipping.rates import shipping_cost


def test_domestic_two_kilos():
    assert shipping_cost(2.0, "domestic") == 7.0


def test_world_one_kilo():
    assert shipping_cost(1.0, "world") == 13.2
