import pytest

from shipcalc import quote, zone_for_country
from tests.helpers import DOMESTIC, EU, WORLD, check_quote, fee

CASES = [
    # weight, zone, order total, expected fee
    (0.4, "domestic", 10.0, fee(DOMESTIC, 1)),
    (1.0, "domestic", 59.99, fee(DOMESTIC, 1)),
    (1.01, "domestic", 20.0, fee(DOMESTIC, 2)),
    (2.3, "eu", 42.0, EU + 3 * 0.50),
    (7.0, "world", 0.0, WORLD + 7 * 0.50),
    (12.5, "world", 300.0, fee(WORLD, 13)),
]


def test_quote_table():
    for weight, zone, total, expected in CASES:
        check_quote(weight, zone, total, expected)


def test_free_domestic_shipping_threshold():
    assert quote(3.0, "domestic", 60.0) == 0.0
    check_quote(3.0, "domestic", 59.0, DOMESTIC + 1.50)


def test_free_shipping_is_domestic_only():
    check_quote(3.0, "eu", 500.0, fee(EU, 3))


@pytest.mark.parametrize("country,zone", [("de", "domestic"), ("FR", "eu"), (" nl ", "eu"), ("US", "world")])
def test_zone_for_country(country, zone):
    assert zone_for_country(country) == zone


def test_rejects_bad_input():
    with pytest.raises(ValueError):
        quote(0, "eu")
    with pytest.raises(KeyError, match="unknown zone"):
        quote(1.0, "mars")
