from fx.money import Money


def assert_cents(actual: Money, expected_cents: int, currency: str) -> None:
    """Compare a Money value with an amount in cents and say both in the message."""
    assert actual.currency == currency, f"currency {actual.currency} != {currency}"
    assert actual.cents == expected_cents, f"{actual} != {expected_cents / 100:.2f} {currency}"
