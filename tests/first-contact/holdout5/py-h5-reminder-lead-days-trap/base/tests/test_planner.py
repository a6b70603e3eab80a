import unittest
from datetime import date
from unittest import mock

from billing.planner import ReminderPlanner


class PlannerTest(unittest.TestCase):
    def setUp(self):
        self.scheduler = mock.Mock()
        self.planner = ReminderPlanner(self.scheduler)

    def test_reminder_two_days_before_due(self):
        self.assertTrue(self.planner.plan("INV-9", date(2024, 5, 10), today=date(2024, 5, 1)))
        self.scheduler.schedule.assert_called_once_with("send_reminder", date(2024, 5, 8), "INV-9")

    def test_too_late_to_remind(self):
        self.assertFalse(self.planner.plan("INV-9", date(2024, 5, 10), today=date(2024, 5, 9)))
        self.scheduler.schedule.assert_not_called()


if __name__ == "__main__":
    unittest.main()
