"""Release version strings."""


def parse_version(text: str) -> tuple:
    """'v2.1' -> numeric parts."""
    parts = [int(p) for p in text.lstrip("v").split(".")]
    return tuple(parts)


def is_newer(a: str, b: str) -> bool:
    return parse_version(a) > parse_version(b)
