from datetime import date

from billing.dunning import reminder_dates, suspension_date


def test_suspension_date():
    assert suspension_date(date(2024, 3, 2)) == date(2024, 3, 9)


def test_reminders_before_suspension():
    assert reminder_dates(date(2024, 3, 2)) == [date(2024, 3, 3), date(2024, 3, 5)]
