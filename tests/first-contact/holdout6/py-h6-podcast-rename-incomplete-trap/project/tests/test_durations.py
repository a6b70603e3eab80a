import pytest

from podkit.durations import hms, parse_hms


@pytest.mark.parametrize(
    "seconds, text",
    [(0, "0:00"), (59, "0:59"), (61, "1:01"), (3600, "1:00:00"), (5025, "1:23:45")],
)
def test_format(seconds, text):
    assert hms(seconds) == text


@pytest.mark.parametrize("text, seconds", [("1:23:45", 5025), ("4:05", 245), ("90", 90)])
def test_parse(text, seconds):
    assert parse_hms(text) == seconds


def test_negative():
    with pytest.raises(ValueError):
        hms(-5)
