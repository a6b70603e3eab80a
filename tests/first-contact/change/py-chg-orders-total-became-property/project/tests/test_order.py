from decimal import Decimal

import pytest

from shop.order import Order


@pytest.fixture
def order():
    o = Order()
    o.add("mug", "8.99", 2)
    o.add("tea", "4.50")
    return o


def test_total_without_coupon(order):
    assert order.total() == Decimal("22.48")


def test_coupon_rounds_half_up(order):
    order.coupon_percent = 15
    assert order.total() == Decimal("19.11")


def test_subtotal_unchanged_by_coupon(order):
    order.coupon_percent = 50
    assert order.subtotal() == Decimal("22.48")
    assert order.total() == Decimal("11.24")
