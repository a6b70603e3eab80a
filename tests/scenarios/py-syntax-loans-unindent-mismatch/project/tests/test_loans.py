from datetime import date

import pytest

from loans import due_date, late_fee_cents


def test_due_date_with_renewal():
    borrowed = date(2024, 1, 1)
  assert due_date(borrowed, renewals=1) == date(2024, 2, 12)
    assert due_date(borrowed) == date(2024, 1, 22)


def test_late_fee_is_capped():
    due = date(2024, 1, 22)
    assert late_fee_cents(due, date(2024, 1, 24)) == 50
    assert late_fee_cents(due, date(2024, 6, 1)) == 1000


def test_too_many_renewals():
    with pytest.raises(ValueError):
        due_date(date(2024, 1, 1), renewals=3)
