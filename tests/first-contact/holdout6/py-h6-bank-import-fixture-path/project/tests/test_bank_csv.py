from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ledger.bank_csv import categorise, parse_amount, read_export
from ledger.entries import by_category, monthly_balance

EXPORT = Path("fixtures/bank_export.csv")


@pytest.mark.parametrize(
    "text, amount",
    [("2.400,00", "2400.00"), ("-6,40", "-6.40"), ("-1.084,15", "-1084.15"), ("0,01", "0.01")],
)
def test_parse_amount(text, amount):
    assert parse_amount(text) == Decimal(amount)


def test_categorise():
    assert categorise("REWE SAGT DANKE 4711") == "food"
    assert categorise("Stadtwerke Abschlag") == "uncategorised"


def test_read_export():
    entries = read_export(EXPORT)
    assert len(entries) == 5
    assert entries[0].day == date(2024, 3, 1)
    assert entries[2].amount == Decimal("-1084.15")


def test_export_feeds_the_reports():
    entries = read_export(EXPORT)
    assert monthly_balance(entries) == {"2024-03": Decimal("287.45")}
    assert by_category(entries)["food"] == Decimal("1090.55")
