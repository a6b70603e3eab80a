"""Library loans: due dates and renewals."""
from datetime import date, timedelta

LOAN_DAYS = 21
MAX_RENEWALS = 2


class Loan:
    """A book lent to a member."""

    def __init__(self, isbn: str, member: str, start: date) -> None:
        self.isbn = isbn
        self.member = member
        self.due = start + timedelta(days=LOAN_DAYS)
        self.renewals = 0

    def renew(self) -> None:
        """Push the due date back by one loan period, at most MAX_RENEWALS times."""
        if self.renewals >= MAX_RENEWALS:
            raise RuntimeError("no renewals left")
        self.renewals += 1
        self.due += timedelta(days=LOAN_DAYS)

    def days_late(self, today: date) -> int:
        """Whole days past the due date (0 when on time)."""
        return max(0, (today - self.due).days)
