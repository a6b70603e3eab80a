import unittest

from routing.distances import fuel_litres, leg_distance, longest_leg, route_distance

LOOP_NORTH = ["DEPOT", "NORTH", "EAST", "DEPOT"]
LOOP_SOUTH = ["DEPOT", "SOUTH", "EAST", "DEPOT"]


class LegTests(unittest.TestCase):
    def test_leg_both_directions(self):
        self.assertEqual(leg_distance("DEPOT", "NORTH"), 12.4)
        self.assertEqual(leg_distance("NORTH", "DEPOT"), 12.4)

    def test_unknown_leg(self):
        with self.assertRaisesRegex(KeyError, "no road between NORTH and SOUTH"):
            leg_distance("NORTH", "SOUTH")


class RouteTests(unittest.TestCase):
    def test_north_loop(self):
        self.assertAlmostEqual(route_distance(LOOP_NORTH), 12.4 + 7.85 + 15.0)

    def test_south_loop(self):
        self.assertAlmostEqual(route_distance(LOOP_SOUTH), 35.35)

    def test_single_stop_route_is_empty(self):
        self.assertEqual(route_distance(["DEPOT"]), 0)

    def test_longest_leg(self):
        self.assertEqual(longest_leg(LOOP_NORTH), ("EAST", "DEPOT", 15.0))

    def test_fuel(self):
        # 35.25 km at 8 l/100 km
        self.assertEqual(fuel_litres(LOOP_NORTH, 8.0), 2.8)


if __name__ == "__main__":
    unittest.main()
