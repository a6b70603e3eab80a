"""Plan the 'invoice due soon' reminder for each new invoice."""

from __future__ import annotations

from datetime import date, timedelta

LEAD_DAYS = 2  # reminder goes out this many days BEFORE the due date


class ReminderPlanner:
    def __init__(self, scheduler) -> None:
        self.scheduler = scheduler

    def reminder_date(self, due: date) -> date:
        """The day the reminder is sent: ``LEAD_DAYS`` before ``due``."""
        return due - timedelta(days=LEAD_DAYS)

    def plan(self, invoice_no: str, due: date, today: date) -> bool:
        """Schedule the reminder unless its day has already passed."""
        when = self.reminder_date(due)
        if when < today:
            return False
        self.scheduler.schedule("send_reminder", when, invoice_no)
        return True
