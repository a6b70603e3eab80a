"""Parses `key = value` service configuration files into typed settings."""
from typing import Dict, Union

Setting = Union[str, int, bool]
DEFAULTS: Dict[str, Setting] = {"host": "127.0.0.1", "port": 8000, "debug": False}


def parse_value(raw: str) -> Setting:
    """Integers and booleans are converted; everything else stays a string."""
    text = raw.strip()
    if text.lower() in ("true", "yes", "on"):
        return True
    if text.lower() in ("false", "no", "off"):
        return False
    if text.isdigit():
        return int(text)
    return text.strip('"')


def parse_config(text: str) -> Dict[str, Setting]:
    """Defaults overridden by the file; blank lines and `#` comments are ignored."""
    settings = dict(DEFAULTS)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            raise ValueError(f"line {number}: expected key = value")
        key, value = line.split("=", 1)
        settings[key.strip()] = parse_value(value)
    return settings
