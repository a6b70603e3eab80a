from decimal import Decimal
from pathlib import Path

import pytest

from fx.rates import UnknownCurrency, convert, load_rates


def rates():
    return load_rates(Path("tests/data/rates.csv").read_text(encoding="utf-8"))


def test_usd_to_gbp():
    assert convert(Decimal("100"), "usd", "gbp", rates()) == Decimal("78.80")


def test_eur_is_the_base():
    assert convert(Decimal("10"), "EUR", "JPY", rates()) == Decimal("1624.00")


def test_unknown_currency():
    with pytest.raises(UnknownCurrency):
        convert(Decimal("1"), "EUR", "XYZ", rates())
