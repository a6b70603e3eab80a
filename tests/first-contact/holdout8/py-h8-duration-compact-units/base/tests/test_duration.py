import unittest

from timefmt import eta_message, humanize

HOUR = 3600
DAY = 24 * HOUR

CASES = [
    (0, "0 s"),
    (1, "1 s"),
    (59, "59 s"),
    (60, "1 min"),
    (61, "1 min 1 s"),
    (3725, "1 h 2 min"),
    (HOUR, "1 h"),
    (DAY + 5, "1 d 5 s"),
    (2 * DAY + 3 * HOUR + 59, "2 d 3 h"),
]


class HumanizeTest(unittest.TestCase):
    def test_table(self):
        for seconds, expected in CASES:
            with self.subTest(seconds=seconds):
                self.assertEqual(humanize(seconds), expected)

    def test_more_parts(self):
        self.assertEqual(humanize(DAY + HOUR + 61, parts=4), "1 d 1 h 1 min 1 s")

    def test_floats_are_truncated(self):
        self.assertEqual(humanize(90.9), "1 min 30 s")

    def test_rejects_negative(self):
        with self.assertRaises(ValueError):
            humanize(-1)


class EtaMessageTest(unittest.TestCase):
    def test_linear_estimate(self):
        self.assertEqual(eta_message(done=30, total=90, elapsed=60), "about 2 min left")

    def test_rounds_to_one_unit(self):
        # 10 of 40 done after 1 h -> 3 h left
        self.assertEqual(eta_message(10, 40, HOUR), "about " + "3 h" + " left")

    def test_edges(self):
        self.assertEqual(eta_message(0, 10, 5.0), "starting")
        self.assertEqual(eta_message(10, 10, 5.0), "finished")


if __name__ == "__main__":
    unittest.main()
