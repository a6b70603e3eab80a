"""Dunning schedule for failed subscription payments."""
from __future__ import annotations

from datetime import date, timedelta

GRACE_DAYS = 7
REMINDER_OFFSETS = (1, 3)


def suspension_date(failed_on: date) -> date:
    """Day the subscription is suspended: seven days after the failed charge."""
    return failed_on + timedelta(days=GRACE_DAYS)


def reminder_dates(failed_on: date) -> list[date]:
    """Days a reminder e-mail goes out, all strictly before the suspension date."""
    last = suspension_date(failed_on)
    days = [failed_on + timedelta(days=n) for n in REMINDER_OFFSETS]
    return [d for d in days if d < last]
