import json

from orders.batch import parse_orders, revenue_by_customer, top_skus


def load_orders():
    with open("fixtures/orders.json", encoding="utf-8") as fh:
        return parse_orders(json.load(fh))


def test_revenue_by_customer():
    assert revenue_by_customer(load_orders()) == {"acme": 1250, "globex": 100}


def test_top_skus():
    assert top_skus(load_orders()) == ["bolt", "nut"]


def test_zero_quantity_lines_are_dropped():
    orders = parse_orders([{"id": "x", "customer": "c", "lines": [{"sku": "a", "qty": 0, "unit_cents": 1}]}])
    assert orders[0].lines == ()
