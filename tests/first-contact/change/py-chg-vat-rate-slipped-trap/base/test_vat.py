import pytest

from vat import gross_pence, vat_pence


def test_standard_rate_is_twenty_percent():
    # 20 % standard rate: 10.00 net -> 2.00 VAT
    assert vat_pence(1000) == 200


def test_gross_rounds_half_up():
    assert gross_pence(1999) == 2399


def test_zero_rated_food():
    assert gross_pence(350, "zero") == 350


def test_unknown_band():
    with pytest.raises(ValueError):
        vat_pence(100, "luxury")
