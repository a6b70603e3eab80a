from datetime import date

from stockreport import low_stock, render


def test_weekly_report_matches_golden(items, golden):
    assert render(items, generated=date(2024, 3, 7)) == golden("weekly.txt")


def test_empty_report_matches_golden(golden):
    assert render([], generated=date(2024, 3, 7), title="Empty") == golden("empty.txt")


def test_low_stock_order(items):
    assert [i.sku for i in low_stock(items)] == ["DRILL-X", "GLUE-50"]


def test_lines_fit_width(items):
    assert all(len(line) <= 60 for line in render(items, date(2024, 3, 7)).splitlines())
