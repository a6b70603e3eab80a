import pytest

from versions import Version, parse


@pytest.mark.parametrize("text, expected", [("1.2.3", Version(1, 2, 3)), ("0.10.0", Version(0, 10, 0))])
def test_parse(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize("lower, higher", [("1.2.3", "1.2.4"), ("1.9.0", "1.10.0")])
def test_ordering(lower, higher):
    assert parse(lower) < parse(higher)


@pytest.mark.parametrize("bad", ["1.2", "v1.2.3", "1.2.3.4", ""])
def test_rejects(bad):
    with pytest.raises(ValueError, match="not a version"):
        parse(bad)
