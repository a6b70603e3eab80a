from geo.routes import route_km
from geo.utils import haversine_km, normalize_lon

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)
BERLIN = (52.52, 13.405)


def test_paris_london():
    assert haversine_km(PARIS, LONDON) == 343.6


def test_same_point_is_zero():
    assert haversine_km(BERLIN, BERLIN) == 0.0


def test_route_sums_legs():
    assert route_km([LONDON, PARIS, BERLIN]) == 1221.1


def test_normalize_lon():
    assert normalize_lon(190.0) == -170.0
