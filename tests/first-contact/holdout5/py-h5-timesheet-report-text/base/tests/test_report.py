import unittest
from datetime import date

from timesheet.report import Entry, fmt_duration, render_week

MON, TUE = date(2024, 3, 4), date(2024, 3, 5)


class FormatTest(unittest.TestCase):
    def test_fmt_duration(self):
        self.assertEqual(fmt_duration(450), "7.50 h")
        self.assertEqual(fmt_duration(45), "0.75 h")


class RenderWeekTest(unittest.TestCase):
    def setUp(self):
        self.entries = [
            Entry(TUE, "ACME-12", 240),
            Entry(MON, "ACME-12", 300),
            Entry(MON, "ACME-12", 150),
            Entry(TUE, "INTERNAL", 90),
        ]
        self.text = render_week("alice", self.entries)

    def test_header(self):
        self.assertTrue(self.text.startswith("Timesheet: alice\n"))

    def test_day_lines(self):
        self.assertIn("Mon 2024-03-04  ACME-12     7.50 h", self.text)
        self.assertIn("Tue 2024-03-05  ACME-12     4.00 h", self.text)
        self.assertIn("Tue 2024-03-05  INTERNAL    1.50 h", self.text)

    def test_total(self):
        self.assertEqual(self.text.splitlines()[-1], "Total                      13.00 h")

    def test_sorted_by_day(self):
        days = [line[:3] for line in self.text.splitlines()[1:-1]]
        self.assertEqual(days, ["Mon", "Tue", "Tue"])


if __name__ == "__main__":
    unittest.main()
