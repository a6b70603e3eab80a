from datetime import datetime

from helpdesk.sla import sla_deadline


def test_urgent_same_day():
    assert sla_deadline(datetime(2024, 3, 5, 10, 0), "urgent") == datetime(2024, 3, 5, 12, 0)


def test_high_rolls_over_weekend():
    # opened Friday 15:00
    assert sla_deadline(datetime(2024, 3, 8, 15, 0), "high") == datetime(2024, 3, 11, 11, 0)


def test_normal_two_days():
    assert sla_deadline(datetime(2024, 3, 4, 8, 30), "normal") == datetime(2024, 3, 5, 17, 0)
