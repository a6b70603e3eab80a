from decimal import Decimal

import pytest

from boxoffice.prices import band, basket, price

# (age, band, price)
CASES = [
    (0, "child", "5.00"),
    (11, "child", "5.00"),
    (12, "teen", "7.00"),  # 12th birthday: teen price
    (15, "teen", "7.00"),
    (17, "teen", "7.00"),
    (18, "adult", "9.00"),  # 18 is adult
    (40, "adult", "9.00"),
    (64, "adult", "9.00"),
    (65, "senior", "6.50"),  # 65 is already senior
    (90, "senior", "6.50"),
]


def test_bands_and_prices():
    for age, expected_band, expected_price in CASES:
        assert band(age) == expected_band, age
        assert price(age) == Decimal(expected_price), age


def test_family_basket():
    # two adults, a child and a teen
    assert basket([41, 39, 8, 12]) == Decimal("30.00")


def test_negative_age():
    with pytest.raises(ValueError, match="age cannot be negative"):
        band(-1)
