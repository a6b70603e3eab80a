import pytest

from config import parse_config, parse_value

SAMPLE = """
# service settings
host = example.org
port = 9090
debug = yes
"""


def test_file_overrides_defaults():
    expected = {"host": "example.org", "port": 9090, "debug": True
    assert parse_config(SAMPLE) == expected


def test_values_are_typed():
    assert parse_value(" 42 ") == 42
    assert parse_value("off") is False
    assert parse_value('"quoted"') == "quoted"


def test_malformed_line_is_reported():
    with pytest.raises(ValueError, match="line 2"):
        parse_config("port = 1\nbroken line\n")
