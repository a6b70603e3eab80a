import unittest
from datetime import date
from unittest import mock

from billing.planner import ReminderPlanner


class PlannerTest(unittest.TestCase):
    def setUp(self):
        self.queue = mock.Mock()
        self.planner = ReminderPlanner(self.queue)

    def test_reminder_three_days_before_due(self):
        self.assertTrue(self.planner.plan("INV-9", date(2024, 5, 10), today=date(2024, 5, 1)))
        self.queue.enqueue.assert_called_once_with("send_reminder", invoice="INV-9", run_on=date(2024, 5, 7))

    def test_too_late_to_remind(self):
        self.assertFalse(self.planner.plan("INV-9", date(2024, 5, 10), today=date(2024, 5, 9)))
        self.queue.enqueue.assert_not_called()


if __name__ == "__main__":
    unittest.main()
