import pytest

import sensors.calibrate as cal


def test_offset_is_added_and_rounded():
    assert cal.apply_offset([20.004, 21.5], 0.3) == [20.3, 21.8]


def test_calibrating_against_ice_bath():
    raw = [0.42, 0.38, 0.40, 0.55]
    off = cal.offset_from_reference(raw, 0.0)
    assert off == -0.41
    assert cal.apply_offset(raw, off) == [0.01, -0.03, -0.01, 0.14]


def test_empty_readings_rejected():
    with pytest.raises(ValueError):
        cal.offset_from_reference([], 0.0)
