import pytest

from statuspage.humanize import format_duration, uptime_percent


@pytest.mark.parametrize(
    "seconds, shown",
    [
        (0, "0s"),
        (45, "45s"),
        (60, "1m 00s"),
        (125, "2m 05s"),
        (3600, "1h 00m"),
        (3900, "1h 05m"),
        (7260, "2h 01m"),
        (90000, "25h 00m"),
    ],
)
def test_format_duration(seconds, shown):
    assert format_duration(seconds) == shown


def test_uptime_three_decimals():
    assert uptime_percent(86400, 60) == "99.931%"


def test_uptime_needs_a_period():
    with pytest.raises(ValueError):
        uptime_percent(0, 0)
