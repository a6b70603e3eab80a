from decimal import Decimal

import pytest

from fx.convert import RateTable
from fx.http import handle_convert


@pytest.fixture
def table():
    return RateTable({"usd": Decimal("1.0850"), "GBP": Decimal("0.8560"), "JPY": Decimal("162.10")})


def test_eur_to_usd(table):
    assert table.convert(Decimal("100"), "EUR", "USD") == Decimal("108.50")


def test_cross_rate_via_eur(table):
    assert table.convert(Decimal("100"), "GBP", "USD") == Decimal("126.75")


def test_codes_are_case_insensitive(table):
    assert table.convert(Decimal("10"), "eur", "jpy") == Decimal("1621.00")


def test_unknown_target_currency(table):
    with pytest.raises(ValueError, match="unknown currency 'XYZ'"):
        table.convert(Decimal("10"), "EUR", "xyz")


def test_unknown_currency_is_a_bad_request(table):
    status, body = handle_convert(table, {"amount": "5", "from": "EUR", "to": "ABC"})
    assert status == 400
    assert body == {"error": "unknown currency 'ABC'"}
