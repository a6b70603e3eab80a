import pytest

from sizes import parse_size

CASES = [
    ("512", 512),
    ("10 B", 10),
    ("1 KiB", 1024),
    ("2 KB", 2048),
    ("3 MiB", 3 * 1024 ** 2),
    ("0.5 GiB", 536870912),
]


def test_parse_size_table():
    for text, expected in CASES:
        assert parse_size(text) == expected, text


def test_rejects_garbage():
    with pytest.raises(ValueError):
        parse_size("lots")
