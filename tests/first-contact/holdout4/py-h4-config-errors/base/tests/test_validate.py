import copy

import pytest

from confload import ConfigError, validate

GOOD = {
    "server": {"host": "0.0.0.0", "port": 8080},
    "database": {"url": "postgres://db/app", "pool_size": 5},
}


def cfg(**overrides):
    data = copy.deepcopy(GOOD)
    for dotted, value in overrides.items():
        section, key = dotted.split("__")
        if value is None:
            del data[section][key]
        else:
            data[section][key] = value
    return data


def test_good_config_passes():
    assert validate(cfg()) == GOOD


def test_missing_section():
    data = cfg()
    del data["database"]
    with pytest.raises(ConfigError, match=r"missing required key 'database' in app\.toml"):
        validate(data, source="app.toml")


def test_section_not_a_table():
    data = cfg()
    data["server"] = "localhost"
    with pytest.raises(ConfigError, match=r"section 'server' must be a table"):
        validate(data)


def test_missing_key():
    with pytest.raises(ConfigError, match=r"missing required key 'pool_size' in section 'database'"):
        validate(cfg(database__pool_size=None))


@pytest.mark.parametrize(
    "override, pattern",
    [
        ({"server__port": "80"}, r"key 'port' in section 'server' must be int, got str"),
        ({"server__port": True}, r"key 'port' in section 'server' must be int, got bool"),
        ({"database__url": 5}, r"key 'url' in section 'database' must be str, got int"),
    ],
)
def test_wrong_type(override, pattern):
    with pytest.raises(ConfigError, match=pattern):
        validate(cfg(**override))


def test_port_range():
    with pytest.raises(ConfigError, match=r"port 70000 out of range in <config>"):
        validate(cfg(server__port=70000))
