from datetime import date
from decimal import Decimal

import pytest

from ledger import by_category, import_csv

US_EXPORT = """date,payee,amount,category
2026-01-03,Grocer,-54.20,food
2026-01-04,Employer,2500.00,salary
2026-01-09,Bakery,-4.10,food
2026-01-11,Parking,-3.00,
"""

DE_EXPORT = """date;payee;amount;category
03.01.2026;Supermarkt;-1.054,20;food
04.01.2026;Arbeitgeber;2.500,00;salary
"""


def test_default_format(write_csv):
    rows = import_csv(write_csv(US_EXPORT))
    assert rows[0].day == date(2026, 1, 3)
    assert rows[0].amount == Decimal("-54.20")
    assert rows[3].category == "uncategorised"


def test_german_bank_export(write_csv):
    rows = import_csv(write_csv(DE_EXPORT), ";", "%d.%m.%Y", True)
    assert [r.amount for r in rows] == [Decimal("-1054.20"), Decimal("2500.00")]
    assert rows[1].day == date(2026, 1, 4)


def test_semicolon_without_decimal_comma(write_csv):
    text = US_EXPORT.replace(",", ";")
    rows = import_csv(write_csv(text), delimiter=";")
    assert len(rows) == 4


def test_bad_amount_reports_line(write_csv):
    path = write_csv("date,payee,amount\n2026-01-03,Grocer,abc\n")
    with pytest.raises(ValueError, match=r"statement.csv:2: not an amount: 'abc'"):
        import_csv(path)


def test_by_category(write_csv):
    sums = by_category(import_csv(write_csv(US_EXPORT)))
    assert sums == {"food": Decimal("-58.30"), "salary": Decimal("2500.00"), "uncategorised": Decimal("-3.00")}
