import pytest
from datetime import datetime

from timesheet.hours import as_decimal_hours, week_total, worked


def test_short_shift_is_paid_in_full():
    span = worked(datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 2, 13, 15))
    assert as_decimal_hours(span) == 4.25


def test_night_shift_spans_midnight():
    span = worked(datetime(2026, 3, 2, 22, 0), datetime(2026, 3, 3, 3, 0))
    assert as_decimal_hours(span) == 5.0


def test_reversed_times_are_rejected():
    with pytest.raises(ValueError, match="before clock-in"):
        worked(datetime(2026, 3, 2, 17, 0), datetime(2026, 3, 2, 9, 0))


def test_week_total():
    monday = datetime(2026, 3, 2, 8, 0)
    shifts = [(monday.replace(day=d), monday.replace(day=d, hour=12)) for d in range(2, 7)]
    assert week_total(shifts) == 20.0
