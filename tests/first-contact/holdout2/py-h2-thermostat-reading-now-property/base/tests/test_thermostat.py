import unittest

from climate import Thermostat


class ThermostatTest(unittest.TestCase):
    def setUp(self):
        self.stat = Thermostat(target=20.0, band=0.5, window=3)

    def test_starts_at_target_with_heating_off(self):
        self.assertEqual(self.stat.current_temp(), 20.0)
        self.assertFalse(self.stat.heating)

    def test_cold_room_turns_heating_on(self):
        self.assertTrue(self.stat.record(18.0))

    def test_reading_is_smoothed(self):
        for celsius in (19.0, 20.0, 21.5):
            self.stat.record(celsius)
        self.assertAlmostEqual(self.stat.current_temp(), 20.17, places=2)

    def test_old_samples_leave_the_window(self):
        for celsius in (10.0, 20.0, 20.0, 20.0):
            self.stat.record(celsius)
        self.assertEqual(self.stat.current_temp(), 20.0)

    def test_heating_stays_on_inside_band(self):
        self.stat.record(18.0)
        self.assertTrue(self.stat.record(20.0))

    def test_negative_band_rejected(self):
        with self.assertRaises(ValueError):
            Thermostat(target=20.0, band=-1.0)


if __name__ == "__main__":
    unittest.main()
