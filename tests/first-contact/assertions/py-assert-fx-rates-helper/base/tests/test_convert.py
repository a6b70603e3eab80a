import pytest

from fx.convert import convert
from fx.money import Money
from tests.helpers import assert_cents


def test_eur_to_usd():
    assert_cents(convert(Money(10_000, "EUR"), "USD"), 10850, "USD")


def test_eur_to_gbp():
    assert_cents(convert(Money(2_000, "EUR"), "GBP"), 1706, "GBP")


def test_only_eur():
    with pytest.raises(ValueError):
        convert(Money(100, "USD"), "GBP")
