import unittest

from cron.scheduler import Job, Scheduler


class SchedulerTest(unittest.TestCase):
    def setUp(self):
        self.scheduler = Scheduler([Job("backup", 60), Job("report", 30), Job("ping", 5)])

    def test_on_the_hour_everything_runs(self):
        self.assertItemsEqual(self.scheduler.due(120), ["ping", "report", "backup"])

    def test_half_hour(self):
        self.assertItemsEqual(self.scheduler.due(90), ["report", "ping"])

    def test_odd_minute(self):
        self.assertEqual(self.scheduler.due(7), [])
