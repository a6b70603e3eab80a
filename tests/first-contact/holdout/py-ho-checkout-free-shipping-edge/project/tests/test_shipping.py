from decimal import Decimal

import pytest

from checkout.shipping import banner, shipping_fee


def test_small_domestic_order_pays_the_flat_rate():
    assert shipping_fee(Decimal("19.99")) == Decimal("4.90")


def test_small_order_abroad_pays_more():
    assert shipping_fee(Decimal("19.99"), "AT") == Decimal("9.90")


def test_exactly_the_threshold_ships_free():
    assert shipping_fee(Decimal("50.00")) == Decimal("0.00")


def test_just_below_the_threshold_pays():
    assert shipping_fee(Decimal("49.99")) == Decimal("4.90")


def test_negative_subtotal_is_rejected():
    with pytest.raises(ValueError):
        shipping_fee(Decimal("-1"))


def test_banner():
    assert banner() == "Free shipping from 50 EUR"
