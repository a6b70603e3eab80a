from bikeshop.checkout import apply_coupon, total


def test_small_order_pays_shipping():
    assert total([(1200, 2)]) == 2895


def test_large_order_ships_free():
    assert total([(2500, 2)]) == 5000


def test_coupon_is_case_insensitive():
    assert apply_coupon(1000, "spring10") == 900
