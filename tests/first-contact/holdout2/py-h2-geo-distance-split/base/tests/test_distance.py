import pytest

from geo.distance import haversine_km, initial_bearing, km_to_miles

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)


def test_paris_london_distance():
    assert haversine_km(PARIS, LONDON) == pytest.approx(343.5, abs=0.5)


def test_same_point_is_zero():
    assert haversine_km(PARIS, PARIS) == 0.0


def test_bearing_due_north():
    assert initial_bearing((0.0, 0.0), (10.0, 0.0)) == pytest.approx(0.0)


def test_bearing_due_east_on_equator():
    assert initial_bearing((0.0, 0.0), (0.0, 10.0)) == pytest.approx(90.0)


def test_km_to_miles():
    assert km_to_miles(1.609344) == pytest.approx(1.0)
