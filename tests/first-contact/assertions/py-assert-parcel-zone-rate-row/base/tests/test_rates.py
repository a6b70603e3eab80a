import pytest

from parcels import postage


@pytest.mark.parametrize(
    "zone, weight, expected",
    [
        ("A", 0.5, 3.20),
        ("B", 1.0, 4.85),
        ("C", 2.4, 9.20),
        ("D", 3.0, 13.40),
        ("A", 5.2, 7.70),
    ],
)
def test_postage(zone, weight, expected):
    assert postage(zone, weight) == expected


def test_unknown_zone():
    with pytest.raises(KeyError):
        postage("Z", 1.0)


def test_weight_must_be_positive():
    with pytest.raises(ValueError):
        postage("A", 0)
