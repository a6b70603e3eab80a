from datetime import date

from hotel.booking import room_price


def test_three_night_stay():
    """From the 9th to the 12th is three nights: the check-out day is not a night (3 x 120)."""
    assert room_price(date(2024, 3, 9), date(2024, 3, 12)) == 360.0
