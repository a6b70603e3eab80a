from decimal import Decimal

import pytest

from invoicing.utils import format_amount, parse_amount


@pytest.mark.parametrize(
    "text, expected",
    [("1,234.5", "1234.50"), ("0.005", "0.01"), (" 12 ", "12.00"), ("-3", "-3.00")],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == Decimal(expected)


def test_parse_amount_rejects_junk():
    with pytest.raises(ValueError, match="not an amount: 'twelve'"):
        parse_amount("twelve")


def test_format_amount():
    assert format_amount(Decimal("1234.5")) == "€1,234.50"
    assert format_amount(Decimal("-3"), "USD") == "-$3.00"
    assert format_amount(Decimal("10"), "CHF") == "CHF 10.00"


def test_default_currency_is_configurable(monkeypatch):
    monkeypatch.setattr("invoicing.utils.DEFAULT_CURRENCY", "GBP")
    assert format_amount(Decimal("5")) == "£5.00"
