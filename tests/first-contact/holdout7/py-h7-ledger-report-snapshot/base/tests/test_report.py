import unittest
from decimal import Decimal
from pathlib import Path

from ledger.report import Entry, render_summary, totals_by_category

SNAPSHOTS = Path(__file__).parent / "snapshots"

MARCH = [
    Entry("2024-03-01", "rent", Decimal("-950.00")),
    Entry("2024-03-02", "groceries", Decimal("-64.20")),
    Entry("2024-03-09", "groceries", Decimal("-81.35")),
    Entry("2024-03-12", "transport", Decimal("-49.00")),
    Entry("2024-03-15", "salary", Decimal("2400.00")),
    Entry("2024-03-20", "eating out", Decimal("-32.50")),
]


class ReportTest(unittest.TestCase):
    def assertMatchesSnapshot(self, name, text):
        expected = (SNAPSHOTS / f"{name}.txt").read_text(encoding="utf-8")
        self.assertEqual(text, expected)

    def test_totals_by_category(self):
        totals = totals_by_category(MARCH)
        self.assertEqual(totals["groceries"], Decimal("-145.55"))
        self.assertEqual(len(totals), 5)

    def test_march_summary(self):
        self.assertMatchesSnapshot("march", render_summary("2024-03", MARCH))

    def test_empty_month(self):
        self.assertMatchesSnapshot("empty", render_summary("2024-04", []))


if __name__ == "__main__":
    unittest.main()
