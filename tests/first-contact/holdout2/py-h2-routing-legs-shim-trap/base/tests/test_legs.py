from datetime import datetime

import pytest

from routing.legs import average_speed_kmh, eta, leg_duration_min


def test_leg_duration_includes_stop():
    assert leg_duration_min(30.0, 60.0, stop_min=5.0) == pytest.approx(35.0)


def test_leg_duration_rejects_zero_speed():
    with pytest.raises(ValueError):
        leg_duration_min(10.0, 0.0)


def test_average_speed_is_time_weighted():
    assert average_speed_kmh([(10.0, 10.0), (50.0, 50.0)]) == pytest.approx(60.0)


def test_average_speed_of_no_legs():
    assert average_speed_kmh([]) == 0.0


def test_eta_adds_all_legs():
    start = datetime(2024, 3, 1, 8, 0)
    assert eta(start, [20.0, 25.0, 15.0]) == datetime(2024, 3, 1, 9, 0)
