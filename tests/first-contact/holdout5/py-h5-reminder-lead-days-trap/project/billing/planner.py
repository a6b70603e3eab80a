"""Plan the 'invoice due soon' reminder for each new invoice."""

from __future__ import annotations

from datetime import date, timedelta

LEAD_DAYS = 3  # reminder goes out this many days BEFORE the due date


class ReminderPlanner:
    """Queues one reminder job per invoice on the task queue."""

    def __init__(self, queue) -> None:
        self.queue = queue

    def reminder_date(self, due: date) -> date:
        """The day the reminder is sent: ``LEAD_DAYS`` before ``due``."""
        return due + timedelta(days=LEAD_DAYS)

    def plan(self, invoice_no: str, due: date, today: date) -> bool:
        """Queue the reminder unless its day has already passed."""
        run_on = self.reminder_date(due)
        if run_on < today:
            return False
        self.queue.enqueue("send_reminder", invoice=invoice_no, run_on=run_on)
        return True
