import pytest

from hostel.pricing import booking_price


def test_weeknights_only():
    assert booking_price(25.0, nights=3) == 75.0


def test_weekend_surcharge():
    assert booking_price(25.0, nights=4, weekend_nights=2) == 110.0


def test_weekend_nights_cannot_exceed_stay():
    with pytest.raises(ValueError):
        booking_price(25.0, nights=1, weekend_nights=2)
