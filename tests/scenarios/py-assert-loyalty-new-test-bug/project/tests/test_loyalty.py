from loyalty import points_for


def test_one_point_per_euro():
    assert points_for(1999) == 19
def test_double_points_from_fifty_euros():
    assert points_for(5000) == 100
