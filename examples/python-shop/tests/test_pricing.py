import pytest

from shop.pricing import apply_discount, format_price, price_with_tax, tax_amount


def test_tax_amount():
    assert tax_amount(50.0) == 10.0


def test_price_with_tax():
    assert price_with_tax(10.0) == 12.0


def test_price_with_custom_rate():
    assert price_with_tax(80.0, rate=0.05) == 84.0


def test_apply_discount():
    assert apply_discount(40.0, 15) == 34.0


def test_discount_out_of_range():
    with pytest.raises(ValueError):
        apply_discount(10.0, 120)


def test_format_price():
    assert format_price(1234.5) == "$1,234.50"


def test_format_negative_price():
    assert format_price(-3) == "-$3.00"
