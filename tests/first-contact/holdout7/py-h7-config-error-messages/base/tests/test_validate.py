import pytest

from svcconf import Config, ConfigError, validate


def test_defaults():
    assert validate({}) == Config(host="127.0.0.1", port=8080, workers=2, log_level="info")


def test_full_config():
    raw = {
        "server": {"host": "0.0.0.0", "port": 443, "workers": 8},
        "logging": {"level": "WARNING"},
    }
    assert validate(raw) == Config(host="0.0.0.0", port=443, workers=8, log_level="warning")


def test_empty_host():
    with pytest.raises(ConfigError, match="host must not be empty"):
        validate({"server": {"host": "  "}})


@pytest.mark.parametrize("port", [0, 70000, "8080"])
def test_bad_port(port):
    with pytest.raises(ConfigError, match="port must be between 1 and 65535"):
        validate({"server": {"port": port}})


def test_bad_workers():
    with pytest.raises(ConfigError, match="workers must be a positive integer"):
        validate({"server": {"workers": 0}})


def test_unknown_log_level():
    with pytest.raises(ConfigError, match="unknown log level 'loud'"):
        validate({"logging": {"level": "loud"}})


def test_config_error_is_value_error():
    with pytest.raises(ValueError):
        validate({"server": {"port": -1}})
