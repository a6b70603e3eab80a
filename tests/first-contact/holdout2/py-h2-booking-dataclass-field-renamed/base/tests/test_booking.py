from datetime import date
from decimal import Decimal

import pytest

from hotel.booking import Booking, stay_price


@pytest.fixture
def weekend_stay() -> Booking:
    # Thursday 7 March 2024, three nights: Thu, Fri, Sat
    return Booking(guest="R. Okafor", room="204", checkin=date(2024, 3, 7), nights=3)


@pytest.fixture
def next_guest() -> Booking:
    return Booking(guest="L. Brandt", room="204", checkin=date(2024, 3, 10), nights=2)


def test_checkout_is_after_last_night(weekend_stay):
    assert weekend_stay.checkout == date(2024, 3, 10)


def test_back_to_back_stays_do_not_overlap(weekend_stay, next_guest):
    assert not weekend_stay.overlaps(next_guest)


def test_same_night_overlaps(weekend_stay):
    early = Booking(guest="K. Ito", room="204", checkin=date(2024, 3, 9))
    assert early.overlaps(weekend_stay)
    assert early.checkin == date(2024, 3, 9)


def test_weekend_surcharge(weekend_stay):
    assert stay_price(weekend_stay, Decimal("90"), Decimal("15")) == Decimal("300")
