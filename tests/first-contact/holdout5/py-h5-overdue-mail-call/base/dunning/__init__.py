from .reminders import Invoice, ReminderService

__all__ = ["Invoice", "ReminderService"]
