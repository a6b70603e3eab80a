from decimal import Decimal

import pytest

from shop.shipping import amount_to_free_shipping, shipping_fee


class TestShippingFee:
    def test_small_order_pays_flat_fee(self):
        assert shipping_fee(Decimal("19.90"), "75011") == Decimal("4.95")

    def test_order_over_threshold_ships_free(self):
        assert shipping_fee(Decimal("60.00"), "75011") == Decimal("0.00")

    def test_island_never_free(self):
        assert shipping_fee(Decimal("300.00"), "20000") == Decimal("4.95")

    def test_bulky_surcharge_applies_to_free_orders(self):
        assert shipping_fee(Decimal("120.00"), "69001", bulky_items=2) == Decimal("24.00")

    def test_negative_total_rejected(self):
        with pytest.raises(ValueError):
            shipping_fee(Decimal("-1"), "75011")


class TestBanner:
    def test_remaining_amount(self):
        assert amount_to_free_shipping(Decimal("42.50")) == Decimal("7.50")

    def test_nothing_left_once_reached(self):
        assert amount_to_free_shipping(Decimal("50.00")) == Decimal("0.00")
