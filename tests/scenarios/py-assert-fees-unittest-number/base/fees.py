"""Library late fees."""

FEE_PER_DAY_CENTS = 25
MAX_FEE_CENTS = 1000


def late_fee_cents(days_late: int) -> int:
    """Fee per late day, capped."""
    if days_late <= 0:
        return 0
    return min(days_late * FEE_PER_DAY_CENTS, MAX_FEE_CENTS)
