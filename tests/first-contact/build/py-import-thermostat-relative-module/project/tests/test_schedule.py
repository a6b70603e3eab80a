from thermostat.schedule import Schedule


def test_default_before_first_point():
    s = Schedule()
    s.set(7, 21.0)
    assert s.target(6) == 18.0
    assert s.target(7) == 21.0


def test_latest_point_applies():
    s = Schedule()
    s.set(7, 21.0)
    s.set(22, 16.0)
    assert s.target(23) == 16.0
    assert s.target(12) == 21.0


def test_setpoints_are_clamped():
    s = Schedule()
    s.set(8, 45.0)
    assert s.target(8) == 30.0
