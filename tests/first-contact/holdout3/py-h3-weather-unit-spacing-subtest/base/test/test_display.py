import unittest

from weatherkit.display import format_humidity, format_temperature, format_wind


class TemperatureTests(unittest.TestCase):
    CASES = [
        (21.46, "C", "21.5°C"),
        (-3.04, "C", "-3.0°C"),
        (-0.04, "C", "0.0°C"),
        (21.5, "F", "70.7°F"),
        (100, "F", "212.0°F"),
    ]

    def test_format_temperature(self):
        for celsius, unit, expected in self.CASES:
            with self.subTest(celsius=celsius, unit=unit):
                self.assertEqual(format_temperature(celsius, unit), expected)

    def test_unknown_unit(self):
        with self.assertRaises(ValueError):
            format_temperature(20, "K")


class WindAndHumidityTests(unittest.TestCase):
    def test_wind(self):
        cases = {(5, 225): "18 km/h SW", (0.4, 359): "1 km/h N", (12.5, 90): "45 km/h E"}
        for (speed, degrees), expected in cases.items():
            with self.subTest(speed=speed, degrees=degrees):
                self.assertEqual(format_wind(speed, degrees), expected)

    def test_humidity(self):
        self.assertEqual(format_humidity(63.6), "64%")


if __name__ == "__main__":
    unittest.main()
