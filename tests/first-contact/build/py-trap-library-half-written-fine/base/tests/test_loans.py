from datetime import date

from library.loans import due_date, days_late


def test_due_in_three_weeks():
    assert due_date(date(2024, 2, 20)) == date(2024, 3, 12)


def test_on_time_is_not_late():
    assert days_late(date(2024, 1, 1), date(2024, 1, 22)) == 0


def test_days_late():
    assert days_late(date(2024, 1, 1), date(2024, 1, 25)) == 3
