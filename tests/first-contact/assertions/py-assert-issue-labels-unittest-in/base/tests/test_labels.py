import unittest

from tracker.labels import labels_for


class LabelsTest(unittest.TestCase):
    def test_priority_label(self):
        labels = labels_for("high", ["API"])
        self.assertIn("priority:high", labels)

    def test_blocked(self):
        self.assertIn("blocked", labels_for("low", [], blocked=True))

    def test_unknown_priority(self):
        with self.assertRaises(ValueError):
            labels_for("urgent", [])


if __name__ == "__main__":
    unittest.main()
