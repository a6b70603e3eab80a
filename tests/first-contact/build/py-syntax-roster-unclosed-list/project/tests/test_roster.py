import unittest

from roster import ALL_DAYS, rotate, shifts_per_person


class RotateTest(unittest.TestCase):
    def test_round_robin_over_weekdays(self):
        rota = rotate(["ana", "ben"])
        self.assertEqual(rota["mon"], "ana")
        self.assertEqual(rota["tue"], "ben")
        self.assertEqual(rota["fri"], "ana")

    def test_empty_staff_is_an_error(self):
        with self.assertRaises(ValueError):
            rotate([])

    def test_whole_week_including_weekend(self):
        rota = rotate(["ana", "ben", "cy"], ALL_DAYS)
        self.assertEqual(rota["sun"], "ana")
        self.assertEqual(shifts_per_person(rota), {"ana": 3, "ben": 2, "cy": 2})


if __name__ == "__main__":
    unittest.main()
