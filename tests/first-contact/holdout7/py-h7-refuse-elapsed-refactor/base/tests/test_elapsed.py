import pytest

from clockfmt.elapsed import format_elapsed


@pytest.mark.parametrize(
    "seconds, label",
    [
        (0, "0s"),
        (59, "59s"),
        (60, "1m 00s"),
        (65, "1m 05s"),
        (3599, "59m 59s"),
        (3600, "1h 00m"),
        (7380, "2h 03m"),
        (86399, "23h 59m"),
        (86400, "1d 00h"),
        (200000, "2d 07h"),
    ],
)
def test_format_elapsed(seconds, label):
    assert format_elapsed(seconds) == label


def test_negative():
    with pytest.raises(ValueError):
        format_elapsed(-1)
