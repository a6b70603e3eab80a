from shop.orders import Order, find_order

ORDERS = [Order(1, "ann", 30.0), Order(2, "bob", 12.5)]


def test_find_by_id():
    assert find_order(ORDERS, 2).total == 12.5


def test_unknown_id():
    assert find_order(ORDERS, 99) is None
