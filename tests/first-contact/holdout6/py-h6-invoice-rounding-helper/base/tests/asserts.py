"""Assertions shared by the invoice tests."""
from decimal import Decimal


def assert_money(value, expected: str) -> None:
    """``value`` is a Decimal with exactly two places and equals ``expected``."""
    assert isinstance(value, Decimal), f"not a Decimal: {value!r}"
    assert value.as_tuple().exponent == -2, f"not rounded to the cent: {value}"
    assert value == Decimal(expected), f"{value} != {expected}"
