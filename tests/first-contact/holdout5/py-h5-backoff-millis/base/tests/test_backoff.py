import pytest

from retrykit.backoff import Backoff


class TestDefaults:
    def test_doubles_each_attempt(self):
        b = Backoff()
        assert b.schedule(5) == [0.5 * 2**n for n in range(5)]

    def test_capped_at_max_delay(self):
        b = Backoff()
        assert b.delay(6) == 30.0
        assert b.delay(20) == 30.0

    def test_total_wait(self):
        assert Backoff().total(4) == 0.5 + 1 + 2 + 4


class TestCustom:
    def test_factor_three(self):
        b = Backoff(base=0.2, factor=3, max_delay=5)
        assert b.schedule(4) == pytest.approx([0.2, 0.2 * 3, 0.2 * 9, 5])

    def test_negative_attempt(self):
        with pytest.raises(ValueError, match="attempt must be >= 0"):
            Backoff().delay(-1)
