from datetime import timedelta

import pytest

from timespan.parse import parse_duration


@pytest.mark.parametrize(
    "text, expected",
    [
        ("45s", timedelta(seconds=45)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("2d 4h", timedelta(days=2, hours=4)),
        (" 1W ", timedelta(weeks=1)),
    ],
)
def test_parse(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "5", "1h 1h", "30m1h", "1h and 5m"])
def test_rejects(text):
    with pytest.raises(ValueError):
        parse_duration(text)
