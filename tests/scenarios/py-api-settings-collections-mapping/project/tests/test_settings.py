import collections

from app.settings import load_settings


def test_settings_are_a_mapping():
    settings = load_settings({}, environ={})
    assert isinstance(settings, collections.Mapping)


def test_environment_wins():
    settings = load_settings({"port": 9000}, environ={"APP_PORT": "7000"})
    assert settings["port"] == "7000"
