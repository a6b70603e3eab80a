"""Numbers from the carrier price list, as the tests see them."""
import pytest

from shipcalc import quote

DOMESTIC = 4.00
EU = 9.00
WORLD = 15.00
PER_KG = 0.50


def fee(base: float, started_kg: int) -> float:
    """Expected fee for ``started_kg`` started kilograms on top of ``base``."""
    return base + PER_KG * started_kg


def check_quote(weight_kg, zone, order_total, expected):
    got = quote(weight_kg, zone, order_total)
    assert got == pytest.approx(expected), f"{weight_kg} kg to {zone}: {got} != {expected}"
