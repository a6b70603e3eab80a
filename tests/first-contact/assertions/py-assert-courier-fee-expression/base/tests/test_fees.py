import pytest

from courier.fees import delivery_fee


def test_short_trip_is_base_fee():
    assert delivery_fee(3) == 2.99


def test_long_trip():
    assert delivery_fee(12) == pytest.approx(2.99 + 7 * 0.45)


def test_night_surcharge():
    assert delivery_fee(4, night=True) == pytest.approx(2.99 * 1.5)
