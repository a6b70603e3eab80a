import pytest

from weather import daily_range, to_celsius, to_fahrenheit, to_kelvin


def test_boiling_point():
    assert round(to_celsius(212), 1 == 100.0


def test_freezing_point_round_trip():
    assert to_fahrenheit(to_celsius(32)) == 32


def test_kelvin_offset():
    assert to_kelvin(0) == 273.15


def test_below_absolute_zero():
    with pytest.raises(ValueError):
        to_fahrenheit(-300)


def test_daily_range():
    assert daily_range([12.5, 9.0, 15.25]) == (9.0, 15.25)
