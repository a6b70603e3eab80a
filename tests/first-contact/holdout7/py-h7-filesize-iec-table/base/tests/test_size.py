import pytest

from sizefmt import naturalsize, parse_size


@pytest.mark.parametrize(
    "n, expected",
    [
        (0, "0 B"),
        (1, "1 B"),
        (999, "999 B"),
        (1000, "1.0 kB"),
        (1536, "1.5 kB"),
        (1_000_000, "1.0 MB"),
        (1_500_000, "1.5 MB"),
        (5_300_000_000, "5.3 GB"),
        (2 * 10**15, "2.0 PB"),
    ],
)
def test_naturalsize(n, expected):
    assert naturalsize(n) == expected


def test_naturalsize_precision():
    assert naturalsize(1_234_567, precision=3) == "1.235 MB"


def test_naturalsize_rejects_negative():
    with pytest.raises(ValueError, match="negative"):
        naturalsize(-1)


@pytest.mark.parametrize("text", ["12 B", "1.5 MB", "3 GB", "0.5 TB"])
def test_parse_round_trip(text):
    assert naturalsize(parse_size(text)) == naturalsize(parse_size(text.lower()))
