from decimal import Decimal

from billing.fees import processing_fee, total_with_fee


def test_small_payment_pays_the_minimum():
    assert processing_fee(Decimal("5.00")) == Decimal("0.30")


def test_fee_is_a_share_of_the_amount():
    assert processing_fee(Decimal("100.00")) == Decimal("2.50")


def test_total():
    assert total_with_fee(Decimal("100.00")) == Decimal("102.50")
