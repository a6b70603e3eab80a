from feedcfg.merge import deep_merge, layered

DEFAULTS = {"refresh_minutes": 30, "http": {"timeout": 10, "agent": "feedcfg/1.0"}}


def test_nested_keys_are_merged():
    merged = deep_merge(DEFAULTS, {"http": {"timeout": 3}})
    assert merged["http"] == {"timeout": 3, "agent": "feedcfg/1.0"}


def test_inputs_are_not_mutated():
    deep_merge(DEFAULTS, {"http": {"timeout": 3}})
    assert DEFAULTS["http"]["timeout"] == 10


def test_three_layers():
    merged = layered(DEFAULTS, {"refresh_minutes": 5}, {"http": {"agent": "cli"}})
    assert merged == {"refresh_minutes": 5, "http": {"timeout": 10, "agent": "cli"}}
