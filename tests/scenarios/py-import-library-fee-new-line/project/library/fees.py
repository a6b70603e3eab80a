"""Late fees."""

DAILY_FEE_CENTS = 25
FEE_CAP_CENTS = 1000


def overdue_fee(days_late: int) -> int:
    """The fee for returning a book `days_late` days late, capped."""
    if days_late < 0:
        raise ValueError("days_late must not be negative")
    return min(days_late * DAILY_FEE_CENTS, FEE_CAP_CENTS)
