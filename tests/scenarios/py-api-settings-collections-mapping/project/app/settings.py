"""Layered settings: defaults, then a file, then the environment."""
import os

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False}


def load_settings(overrides: dict, environ: dict | None = None) -> dict:
    """Merges defaults, `overrides` and `APP_*` variables (lowercased) into one dict."""
    environ = os.environ if environ is None else environ
    settings = dict(DEFAULTS)
    settings.update(overrides)
    for key, value in environ.items():
        if key.startswith("APP_"):
            settings[key[4:].lower()] = value
    return settings
