import unittest

from roster import rotate, shifts_per_person


class RotateTest(unittest.TestCase):
    def test_round_robin_over_weekdays(self):
        rota = rotate(["ana", "ben"])
        self.assertEqual(rota["mon"], "ana")
        self.assertEqual(rota["tue"], "ben")
        self.assertEqual(rota["fri"], "ana")

    def test_empty_staff_is_an_error(self):
        with self.assertRaises(ValueError):
            rotate([])


if __name__ == "__main__":
    unittest.main()
