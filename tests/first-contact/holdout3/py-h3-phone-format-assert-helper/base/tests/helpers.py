"""Small assertion helpers shared by the test modules."""


def assert_equal(expected, actual):
    """Compare with the expected value first, as in our older nose tests."""
    assert expected == actual, f"{expected!r} != {actual!r}"


def assert_all_equal(expected, values):
    for value in values:
        assert_equal(expected, value)
