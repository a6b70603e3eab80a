import pytest

from timespan import format_duration, parse_duration

CASES = [
    ("45s", 45),
    ("1m", 60),
    ("1h30m", 5400),
    ("1h 30m", 5400),
    ("2d4h", 2 * 86_400 + 4 * 3_600),
]


@pytest.mark.parametrize("text, seconds", CASES, ids=[c[0] for c in CASES])
def test_parse(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "h", "10", "5x", "30m1h", "1h1h"])
def test_rejects_malformed(bad):
    with pytest.raises(ValueError):
        parse_duration(bad)


@pytest.mark.parametrize("text, seconds", CASES, ids=[c[0] for c in CASES])
def test_round_trip(text, seconds):
    assert parse_duration(format_duration(seconds)) == seconds


def test_format_zero():
    assert format_duration(0) == "0s"
