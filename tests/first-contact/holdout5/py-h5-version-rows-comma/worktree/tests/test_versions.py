import pytest

from versions import Version, parse


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1.2.3", Version(1, 2, 3)),
        ("0.10.0", Version(0, 10, 0)),
        ("2.0.0-rc.1", Version(2, 0, 0, ("rc", "1"))),
        ("1.4.0+build.7", Version(1, 4, 0, (), "build.7"))
        ("1.4.0-beta+exp.sha.5114f85", Version(1, 4, 0, ("beta",), "exp.sha.5114f85")),
    ],
)
def test_parse(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize(
    "lower, higher",
    [
        ("1.2.3", "1.2.4"),
        ("1.9.0", "1.10.0"),
        ("2.0.0-rc.1", "2.0.0"),
        ("2.0.0-alpha", "2.0.0-beta"),
        ("2.0.0-rc.2", "2.0.0-rc.10"),
        ("1.4.0-beta+build.9", "1.4.0+build.1"),
    ],
)
def test_ordering(lower, higher):
    assert parse(lower) < parse(higher)


def test_build_metadata_ignored_in_ordering():
    a, b = parse("1.4.0+build.1"), parse("1.4.0+build.2")
    assert not a < b and not b < a


@pytest.mark.parametrize("bad", ["1.2", "v1.2.3", "1.2.3.4", ""])
def test_rejects(bad):
    with pytest.raises(ValueError, match="not a version"):
        parse(bad)
