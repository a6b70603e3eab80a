from decimal import Decimal

from store.shipping import order_total, shipping_for


def test_small_order_pays_shipping():
    assert shipping_for(Decimal("12.00")) == Decimal("4.95")


def test_free_shipping_at_threshold():
    assert shipping_for(Decimal("50.00")) == Decimal("0.00")


def test_order_total():
    assert order_total(Decimal("80.00")) == Decimal("80.00")
