from stockroom.reservations import available


def test_available_subtracts_reserved():
    assert available({"A": 10}, {"A": 3}, "A") == 7


def test_available_never_negative():
    assert available({"A": 1}, {"A": 3}, "A") == 0
