from versions import is_newer, parse_version


def test_parse_short_version():
    assert parse_version("v2.1") == (2, 1)


def test_newer():
    assert is_newer("1.10", "1.9")
