from decimal import Decimal

import pytest

from lodging.tax import stay_total, tax_only


@pytest.mark.parametrize("nightly, nights, expected", [
    ("100.00", 1, "105.00"),
    ("89.90", 3, "283.19"),
    ("120.00", 7, "882.00"),
])
def test_stay_total(nightly, nights, expected):
    assert stay_total(nightly, nights) == Decimal(expected)


def test_tax_only():
    assert tax_only("100.00", 2) == Decimal("10.00")


def test_zero_nights_rejected():
    with pytest.raises(ValueError):
        stay_total("80.00", 0)
