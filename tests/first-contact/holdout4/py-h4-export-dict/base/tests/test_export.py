from datetime import datetime, timedelta, timezone

import pytest

from warehouse.export import Order, OrderLine, export_batch, export_order

CET = timezone(timedelta(hours=1))


@pytest.fixture
def order():
    return Order(
        number=4711,
        created=datetime(2024, 2, 3, 9, 30, 15, tzinfo=CET),
        country="de",
        lines=[OrderLine("MUG-01", 2), OrderLine("TEE-XL", 1, cancelled=True), OrderLine("CAP-09", 1)],
    )


def test_export_order(order):
    assert export_order(order) == {
        "order": "SO-004711",
        "created_at": "2024-02-03 08:30",
        "ship_to": "DE",
        "priority": "standard",
        "lines": [{"sku": "MUG-01", "qty": 2}, {"sku": "CAP-09", "qty": 1}],
    }


def test_express_order(order):
    order.express = True
    assert export_order(order)["priority"] == "express"


def test_batch_is_sorted_oldest_first(order):
    older = Order(12, datetime(2024, 2, 1, 23, 59, tzinfo=timezone.utc), "fr", [OrderLine("MUG-01", 1)])
    assert export_batch([order, older]) == [
        {
            "order": "SO-000012",
            "created_at": "2024-02-01 23:59",
            "ship_to": "FR",
            "priority": "standard",
            "lines": [{"sku": "MUG-01", "qty": 1}],
        },
        export_order(order),
    ]
