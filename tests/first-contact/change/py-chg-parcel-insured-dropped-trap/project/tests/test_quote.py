import pytest

from shipping.quote import parcel_quote


def test_first_kilo_included():
    assert parcel_quote(0.7, "domestic") == 4.90


def test_started_kilos_are_charged():
    assert parcel_quote(2.2, "eu") == 12.70


def test_insurance_adds_fee():
    assert parcel_quote(2.2, "eu", insured=True) == 15.20


def test_unknown_zone():
    with pytest.raises(KeyError):
        parcel_quote(1, "moon")
