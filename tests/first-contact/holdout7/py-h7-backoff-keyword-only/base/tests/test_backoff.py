import unittest

from retrykit.backoff import backoff_delays
from retrykit.runner import call_with_retries


class BackoffDelaysTest(unittest.TestCase):
    def test_defaults(self):
        self.assertEqual(backoff_delays(4), [0.5, 1.0, 2.0, 4.0])

    def test_custom_base_and_factor(self):
        self.assertEqual(backoff_delays(3, 1.0, 3.0), [1.0, 3.0, 9.0])

    def test_cap(self):
        self.assertEqual(backoff_delays(5, 2.0, 2.0, 10.0), [2.0, 4.0, 8.0, 10.0, 10.0])

    def test_zero_attempts(self):
        self.assertEqual(backoff_delays(0), [])

    def test_rejects_bad_factor(self):
        with self.assertRaises(ValueError):
            backoff_delays(3, 1.0, 0.5)


class CallWithRetriesTest(unittest.TestCase):
    def test_retries_then_succeeds(self):
        calls = []
        slept = []

        def flaky():
            calls.append(1)
            if len(calls) < 3:
                raise ConnectionError("reset")
            return "ok"

        self.assertEqual(call_with_retries(flaky, attempts=4, sleep=slept.append), "ok")
        self.assertEqual(slept, [0.5, 1.0])


if __name__ == "__main__":
    unittest.main()
