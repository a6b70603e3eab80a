from datetime import date
from pathlib import Path

from calendar_tools.workdays import add_workdays, parse_holidays


def holidays():
    return parse_holidays(Path("samples/holidays.txt").read_text(encoding="utf-8"))


def test_skips_christmas_and_weekend():
    assert add_workdays(date(2024, 12, 24), 1, holidays()) == date(2024, 12, 27)


def test_skips_new_year():
    assert add_workdays(date(2024, 12, 31), 1, holidays()) == date(2025, 1, 2)
