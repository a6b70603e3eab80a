from decimal import Decimal


def assert_amount(value, expected: str) -> None:
    """``value`` is a cent-exact Decimal equal to ``expected``."""
    assert isinstance(value, Decimal), repr(value)
    assert value == Decimal(expected) and value.as_tuple().exponent == -2, f"{value} != {expected}"
