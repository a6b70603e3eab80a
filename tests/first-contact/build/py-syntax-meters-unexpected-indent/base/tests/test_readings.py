from datetime import date

import pytest

from meters.readings import Reading, consumption


@pytest.fixture
def readings():
    return [
        Reading(date(2024, 3, 1), 1200.0),
        Reading(date(2024, 1, 1), 1000.0),
        Reading(date(2024, 2, 1), 1100.5),
    ]


def test_consumption_is_ordered_by_date(readings):
    assert consumption(readings) == [(date(2024, 2, 1), 100.5), (date(2024, 3, 1), 99.5)]


def test_replaced_meter_restarts_from_zero():
    swapped = [Reading(date(2024, 1, 1), 5000.0), Reading(date(2024, 1, 31), 42.0)]
    assert consumption(swapped) == [(date(2024, 1, 31), 42.0)]
