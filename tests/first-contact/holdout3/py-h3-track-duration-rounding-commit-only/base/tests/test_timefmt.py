import pytest

from jukebox.timefmt import format_duration, playlist_length


class TestFormatDuration:
    def test_whole_seconds(self):
        assert format_duration(0) == "0:00"
        assert format_duration(75) == "1:15"
        assert format_duration(600) == "10:00"

    def test_fractional_seconds(self):
        assert format_duration(0.4) == "0:00"
        assert format_duration(89.6) == "1:29"
        assert format_duration(212.5) == "3:32"

    def test_hours(self):
        assert format_duration(3725) == "1:02:05"
        assert format_duration(3599.7) == "59:59"

    def test_negative(self):
        with pytest.raises(ValueError):
            format_duration(-1)


def test_playlist_length():
    assert playlist_length([180.2, 200.3, 241.4]) == "10:21"
