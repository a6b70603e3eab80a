from decimal import Decimal

import pytest

from fxrates.loader import convert, load_rates


def test_load_rates():
    rates = load_rates("tests/data/rates.csv")
    assert rates["EUR"] == Decimal(1)
    assert rates["USD"] == Decimal("1.0712")
    assert len(rates) == 5


def test_bad_rate_reports_line():
    with pytest.raises(ValueError, match="line 3: bad rate 'n/a'"):
        load_rates("tests/data/bad_rates.csv")


def test_convert_usd_to_gbp():
    rates = load_rates("tests/data/rates.csv")
    assert convert(Decimal("100"), "USD", "GBP", rates) == Decimal("79.73")


def test_convert_same_currency():
    rates = {"EUR": Decimal(1), "USD": Decimal("1.0712")}
    assert convert(Decimal("12.34"), "USD", "USD", rates) == Decimal("12.34")
