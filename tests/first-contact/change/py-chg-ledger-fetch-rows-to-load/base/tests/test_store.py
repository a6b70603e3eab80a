from decimal import Decimal

from ledger.report import balances
from ledger.store import fetch_rows

CSV = """account,memo,amount
4000,sale 1001,120.00
6100,rent,-800.00

4000,sale 1002,35.50
"""


def test_reads_all_rows_and_skips_blank_lines():
    rows = fetch_rows(CSV)
    assert len(rows) == 3
    assert rows[1].memo == "rent"


def test_filters_by_account():
    rows = fetch_rows(CSV, account="4000")
    assert [r.amount for r in rows] == [Decimal("120.00"), Decimal("35.50")]


def test_balances_per_account():
    assert balances(CSV) == {"4000": Decimal("155.50"), "6100": Decimal("-800.00")}
