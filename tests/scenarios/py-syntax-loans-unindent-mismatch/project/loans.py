"""Library loans: due dates and late fees."""
from datetime import date, timedelta

LOAN_DAYS = 21
FEE_PER_DAY_CENTS = 25
MAX_FEE_CENTS = 1000


def due_date(borrowed: date, renewals: int = 0) -> date:
    """Each renewal adds another full loan period; at most two renewals."""
    if not 0 <= renewals <= 2:
        raise ValueError("at most two renewals")
    return borrowed + timedelta(days=LOAN_DAYS * (1 + renewals))


def late_fee_cents(due: date, returned: date) -> int:
    """25 cents per late day, capped at 10.00."""
    late_days = (returned - due).days
    if late_days <= 0:
        return 0
    return min(late_days * FEE_PER_DAY_CENTS, MAX_FEE_CENTS)
