import pytest

from feedkit.durations import format_duration, parse_duration


@pytest.mark.parametrize(
    "seconds, text",
    [
        (3725, "1h 02m 05s"),
        (250, "4m 10s"),
        (45, "45s"),
        (7200, "2h 00m 00s"),
        (0, "0s"),
    ],
)
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_negative_duration_is_rejected():
    with pytest.raises(ValueError):
        format_duration(-1)


@pytest.mark.parametrize(
    "text, seconds",
    [("1:02:05", 3725), ("04:10", 250), ("45", 45)],
)
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


def test_parse_rejects_garbage():
    with pytest.raises(ValueError, match="bad duration"):
        parse_duration("1h 2m")
