from bytefmt import naturalsize

DECIMAL_CASES = [
    (0, "0 Bytes"),
    (1, "1 Byte"),
    (300, "300 Bytes"),
    (1500, "1.5 KB"),
    (999_999, "1000.0 KB"),
    (3_000_000, "3.0 MB"),
    (-2_500, "-2.5 KB"),
    (10**16, "10.0 PB"),
]

BINARY_CASES = [
    (1023, "1023 Bytes"),
    (1536, "1.5 KiB"),
    (5 * 1024**3, "5.0 GiB"),
]


def test_naturalsize_decimal():
    for value, expected in DECIMAL_CASES:
        assert naturalsize(value) == expected


def test_naturalsize_binary():
    for value, expected in BINARY_CASES:
        assert naturalsize(value, binary=True) == expected


def test_precision():
    assert naturalsize(1_234_567, precision=3) == "1.235 MB"
