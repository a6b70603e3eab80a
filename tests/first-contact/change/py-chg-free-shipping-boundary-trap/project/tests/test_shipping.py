from decimal import Decimal

from checkout.shipping import FLAT_RATE, shipping_charge


def test_small_basket_pays_flat_rate():
    assert shipping_charge(Decimal("12.00")) == FLAT_RATE


def test_exactly_threshold_ships_free():
    assert shipping_charge(Decimal("50.00")) == Decimal("0.00")


def test_large_basket_ships_free():
    assert shipping_charge(Decimal("120.00")) == Decimal("0.00")
