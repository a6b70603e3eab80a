from loyalty import points_for


def test_one_point_per_euro():
    assert points_for(1999) == 19
