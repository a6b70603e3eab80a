from decimal import Decimal

import pytest

from shop.orders import Order, order_to_dict


def test_total(order):
    assert order.total == Decimal("24.97")


def test_add_rejects_zero_qty(order):
    with pytest.raises(ValueError):
        order.add("MUG-RED", 0, "14.99")


def test_order_to_dict(order):
    assert order_to_dict(order) == {
        "id": "ord-1001",
        "customer": "c-42",
        "currency": "EUR",
        "items": [
            {"sku": "TEA-EARLGREY", "qty": 2},
            {"sku": "MUG-BLUE", "qty": 1},
        ],
        "total": "24.97",
    }


def test_empty_order_to_dict():
    payload = order_to_dict(Order(id="ord-1002", customer="c-7", currency="GBP"))
    assert payload == {
        "id": "ord-1002",
        "customer": "c-7",
        "currency": "GBP",
        "items": [],
        "total": "0.00",
    }
