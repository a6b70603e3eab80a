import unittest

from staffing.rota import ShiftPlanner


class ShiftPlannerTest(unittest.TestCase):
    def test_round_robin(self):
        self.assertEqual(ShiftPlanner(["ana", "bo", "cy"]).plan(4), ["ana", "bo", "cy", "ana"])

    def test_blocked_person_is_skipped(self):
        planner = ShiftPlanner(["ana", "bo", "cy"])
        planner.block("bo", 1)
        self.assertEqual(planner.plan(3), ["ana", "cy", "ana"])

    def test_empty_staff_rejected(self):
        with self.assertRaises(ValueError):
            ShiftPlanner([])


if __name__ == "__main__":
    unittest.main()
